// Frozen quarterly figures: approving a status report freezes what it was approved against; the
// database refuses to change them; the council report of a past quarter reads the same after the
// live data moved; the comparison with the previous quarter; quarter ends (29 February, 31 December).
import { beforeAll, describe, expect, it } from "vitest";
import { buildCouncilReport } from "@/lib/council-report/build";
import { approveReportAction } from "@/lib/reports/mutations";
import { departmentId, scratchInitiative, scratchReport } from "@/lib/reports/testing";
import { demoFixture, executeOk } from "@/tests/db";
import { frozenQuarter } from "./quarter";

const demo = demoFixture();
const opts = () => ({ db: demo.prisma, locale: "de" as const });
/** The reference day of these tests: the report is built "on" it, whatever the calendar says. */
const NOW = new Date("2026-12-06T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let digi: string;

beforeAll(async () => {
  digi = await departmentId(demo.prisma, "DIGI");
});

/** A scratch initiative with milestones (completed on the given days, or open) and a KPI, budget of 2024. */
async function plannedInitiative(completed: (string | null)[]) {
  const i = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
  await demo.prisma.milestone.createMany({
    data: completed.map((c, n) => ({ initiativeId: i.id, title: `M${n}`, sortOrder: n, baselineDate: day("2024-06-30"), forecastDate: day("2024-06-30"), completedDate: c ? day(c) : null })),
  });
  const kpi = await demo.prisma.kpi.create({
    data: { scope: "INITIATIVE", initiativeId: i.id, name: "Anschlüsse", unit: "Stk.", baselineValue: 0, baselineDate: day("2024-01-01"), targetValue: 100, targetDate: day("2026-12-31") },
  });
  await demo.prisma.kpiMeasurement.create({ data: { kpiId: kpi.id, periodDate: day("2024-03-31"), value: 12 } });
  await demo.prisma.budgetLine.create({ data: { initiativeId: i.id, year: 2024, fundingSource: "CITY", planned: 50000, actual: 10000 } });
  return { ...i, kpiId: kpi.id };
}

async function approve(initiativeId: string, period: string, health: "ON_TRACK" | "AT_RISK" | "OFF_TRACK") {
  const r = await scratchReport(demo.prisma, initiativeId, { state: "SUBMITTED", period, health });
  return executeOk(approveReportAction, demo.head, { id: r.id, version: r.version }, opts());
}

describe("freezing on approval", () => {
  it("freezes health, progress, milestones, KPI values and budget as at the quarter's end (29 February counts in Q1)", async () => {
    const i = await plannedInitiative(["2024-02-29", "2024-03-31", "2024-04-01", null]);
    const report = await approve(i.id, "2024-Q1", "AT_RISK");
    const frozen = await demo.prisma.reportSnapshot.findUniqueOrThrow({ where: { statusReportId: report.id } });
    expect(frozen).toMatchObject({ period: "2024-Q1", code: i.code, health: "AT_RISK", milestonesTotal: 4, milestonesDone: 2, milestonesDoneInPeriod: 2, budgetYear: 2024, progress: 0.5 });
    expect(frozen.budgetPlanned.toFixed(2)).toBe("50000.00");
    expect(frozen.kpis).toEqual([expect.objectContaining({ name: "Anschlüsse", value: "12", valueDate: "2024-03-31" })]);
  });

  it("counts 31 December in Q4 and 1 January in the next year's Q1", async () => {
    const i = await plannedInitiative(["2024-12-31", "2025-01-01"]);
    const q4 = await approve(i.id, "2024-Q4", "ON_TRACK");
    expect(await demo.prisma.reportSnapshot.findUniqueOrThrow({ where: { statusReportId: q4.id } })).toMatchObject({ milestonesDone: 1, milestonesDoneInPeriod: 1 });
    const q1 = await approve(i.id, "2025-Q1", "ON_TRACK");
    expect(await demo.prisma.reportSnapshot.findUniqueOrThrow({ where: { statusReportId: q1.id } })).toMatchObject({ milestonesDone: 2, milestonesDoneInPeriod: 1, budgetYear: 2025 });
  });

  it("cannot be changed or removed: the database refuses", async () => {
    const i = await plannedInitiative([null]);
    const report = await approve(i.id, "2024-Q2", "OFF_TRACK");
    await expect(demo.prisma.$executeRaw`UPDATE report_snapshots SET health = 'ON_TRACK' WHERE status_report_id = ${report.id}::uuid`).rejects.toThrow(/immutable/);
    await expect(demo.prisma.reportSnapshot.delete({ where: { statusReportId: report.id } })).rejects.toThrow(/immutable/);
    await expect(demo.prisma.$executeRaw`TRUNCATE report_snapshots`).rejects.toThrow(/immutable/);
    expect((await demo.prisma.reportSnapshot.findUniqueOrThrow({ where: { statusReportId: report.id } })).health).toBe("OFF_TRACK");
  });
});

describe("the council report of a past quarter", () => {
  it("shows the figures as approved, however the live data changed since", async () => {
    const i = await plannedInitiative(["2023-08-15", null]);
    await approve(i.id, "2023-Q3", "AT_RISK");
    const build = () => buildCouncilReport(demo.prisma, demo.council, { quarter: "2023-Q3", scope: "department:DIGI" }, "de", NOW);
    const before = (await build()).frozen;
    expect(before.entries.map((e) => [e.initiativeCode, e.health, e.milestonesDone])).toContainEqual([i.code, "AT_RISK", 1]);

    // The live data move on: milestone done, health, budget, KPI value, title.
    const open = await demo.prisma.milestone.findFirstOrThrow({ where: { initiativeId: i.id, completedDate: null } });
    await demo.prisma.milestone.update({ where: { id: open.id }, data: { completedDate: day("2023-09-01") } });
    await demo.prisma.initiative.update({ where: { id: i.id }, data: { health: "ON_TRACK", title: "Umbenannt" } });
    await demo.prisma.budgetLine.updateMany({ where: { initiativeId: i.id }, data: { actual: 49000 } });
    await demo.prisma.kpiMeasurement.create({ data: { kpiId: i.kpiId, periodDate: day("2023-09-30"), value: 99 } });

    expect((await build()).frozen).toEqual(before);
  });

  it("compares with the previous quarter: worse, better, milestones done", async () => {
    const worse = await plannedInitiative(["2022-05-10", "2022-05-11"]);
    const better = await plannedInitiative([null]);
    await approve(worse.id, "2022-Q1", "ON_TRACK");
    await approve(better.id, "2022-Q1", "OFF_TRACK");
    await approve(worse.id, "2022-Q2", "OFF_TRACK");
    await approve(better.id, "2022-Q2", "AT_RISK");
    const q2 = await frozenQuarter(demo.prisma, "2022-Q2", { fieldCode: null, departmentCode: "DIGI" });
    expect(q2.sincePrevious).toEqual({ period: "2022-Q1", worse: 1, better: 1, milestonesDone: 2 });
    const q1 = await frozenQuarter(demo.prisma, "2022-Q1", { fieldCode: null, departmentCode: "DIGI" });
    expect(q1.sincePrevious).toBeNull();
  });
});
