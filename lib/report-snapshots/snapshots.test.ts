// Frozen quarterly figures: approving a status report freezes what it was approved against; the
// database refuses to change them; the council report of a past quarter reads the same after the
// live data moved; the comparison with the previous quarter; quarter ends (29 February, 31 December).
import { PDFParse } from "pdf-parse";
import { createElement } from "react";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { FieldReports } from "@/components/council-report/field-reports";
import { FrozenQuarter } from "@/components/council-report/frozen-quarter";
import { KeyFigures } from "@/components/council-report/key-figures";
import { KpiAttainment } from "@/components/council-report/kpi-attainment";
import { OverdueMilestones } from "@/components/council-report/overdue-milestones";
import { buildCouncilReport, type CouncilReport } from "@/lib/council-report/build";
import { renderCouncilReportPdf } from "@/lib/council-report/pdf";
import de from "@/lib/i18n/messages/de.json";
import { approveReportAction } from "@/lib/reports/mutations";
import { departmentId, scratchInitiative, scratchReport } from "@/lib/reports/testing";
import { demoFixture, executeOk } from "@/tests/db";
import { frozenQuarter } from "./quarter";

vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  return { getTranslations: async (namespace?: string) => createTranslator({ locale: "de", messages: de, namespace: namespace as never }) };
});

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

type Section = (props: { report: CouncilReport }) => unknown;

/** One section of the report's page as HTML (the server translations from the German catalogue). */
async function render(section: Section, report: CouncilReport): Promise<string> {
  const { prelude } = await prerender(createElement(section as never, { report }));
  return new Response(prelude).text();
}

/** The report's PDF as text, lines joined. */
async function pdfText(report: CouncilReport): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(await renderCouncilReportPdf(report, report.locale)) });
  try {
    return (await parser.getText()).text.replace(/-\n/g, "-").replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
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

  // Quarters long before the demo's reports (the demo freezes all of its approved reports).
  it("compares with the previous quarter: worse, better, milestones done", async () => {
    const worse = await plannedInitiative(["2012-05-10", "2012-05-11"]);
    const better = await plannedInitiative([null]);
    await approve(worse.id, "2012-Q1", "ON_TRACK");
    await approve(better.id, "2012-Q1", "OFF_TRACK");
    await approve(worse.id, "2012-Q2", "OFF_TRACK");
    await approve(better.id, "2012-Q2", "AT_RISK");
    const q2 = await frozenQuarter(demo.prisma, "2012-Q2", { fieldCode: null, departmentCode: "DIGI" });
    expect(q2.sincePrevious).toEqual({ period: "2012-Q1", worse: 1, better: 1, milestonesDone: 2 });
    const q1 = await frozenQuarter(demo.prisma, "2012-Q1", { fieldCode: null, departmentCode: "DIGI" });
    expect(q1.sincePrevious).toBeNull();
  });

  it("compares a first quarter with the previous year's fourth, in the report, its page and its PDF", async () => {
    // Done on 31 December (Q4), 1 January and 31 March (Q1), 1 April (Q2: not counted in Q1).
    const a = await plannedInitiative(["2010-12-31", "2011-01-01", "2011-03-31", "2011-04-01"]);
    const b = await plannedInitiative([null]);
    const c = await plannedInitiative([null]);
    await approve(a.id, "2010-Q4", "AT_RISK");
    await approve(b.id, "2010-Q4", "ON_TRACK");
    await approve(c.id, "2010-Q4", "OFF_TRACK");
    await approve(a.id, "2011-Q1", "ON_TRACK");
    await approve(b.id, "2011-Q1", "OFF_TRACK");
    await approve(c.id, "2011-Q1", "OFF_TRACK");
    const report = await buildCouncilReport(demo.prisma, demo.council, { quarter: "2011-Q1", scope: "department:DIGI" }, "de", NOW);
    expect(report.frozen.sincePrevious).toEqual({ period: "2010-Q4", worse: 1, better: 1, milestonesDone: 2 });
    expect(await render(FrozenQuarter, report)).toContain("Seit dem Vorquartal (4. Quartal 2010): 1 Vorhaben schlechter, 1 besser, 2 Meilensteine erledigt.");
    const en = await buildCouncilReport(demo.prisma, demo.council, { quarter: "2011-Q1", scope: "department:DIGI" }, "en", NOW);
    expect(await pdfText(en)).toContain("Since last quarter (Q4 2010): 1 initiative worse, 1 better, 2 milestones done.");
  });
});

describe("the council report of a past quarter from its frozen figures", () => {
  /**
   * What the report shows from the frozen rows: its structure, the sections' HTML and the whole PDF
   * with the sections that stay live (greener health, dependencies, revisions) taken from `live`.
   */
  async function frozenParts(report: CouncilReport, live: CouncilReport) {
    return {
      figures: report.figures,
      fields: report.fields,
      late: report.late,
      kpis: report.kpis,
      frozen: report.frozen,
      html: await Promise.all([KeyFigures, FieldReports, OverdueMilestones, KpiAttainment, FrozenQuarter].map((s) => render(s, report))),
      pdf: await pdfText({ ...report, healthFlags: live.healthFlags, dependencyRisks: live.dependencyRisks, revisions: live.revisions }),
    };
  }

  it("reads the same for 2026-Q2 after health, progress, milestones, KPI values and budget changed live", async () => {
    // An initiative that owed a report for Q2 and has none: named, not shown with live figures.
    const silent = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id], actualStart: day("2026-01-15"), title: "Ohne Bericht im Quartal" });
    const build = () => buildCouncilReport(demo.prisma, demo.council, { quarter: "2026-Q2", scope: "department:DIGI" }, "de", NOW);
    const report = await build();
    expect(report.asOf).toBe("approval");
    expect(report.frozen.entries.length).toBeGreaterThan(0);
    expect(report.frozen.missing).toContainEqual(expect.objectContaining({ initiativeCode: silent.code, approved: false }));
    expect(report.figures.withoutFrozenFigures).toBeGreaterThan(0);
    expect(await render(FrozenQuarter, report)).toMatch(new RegExp(`${silent.code}</span> (<!-- -->)?Ohne Bericht im Quartal</span></th><td><em data-testid="no-approved-report">kein freigegebener Bericht</em>`));
    const before = await frozenParts(report, report);
    expect(before.pdf).toContain("kein freigegebener Bericht");
    expect(before.pdf).toContain("Meilensteine des Quartals bei Freigabe");

    // Every frozen initiative's live data move on, inside the quarter too.
    const ids = report.frozen.entries.map((e) => e.initiativeId);
    await demo.prisma.initiative.updateMany({ where: { id: { in: ids } }, data: { health: "OFF_TRACK", status: "ON_HOLD" } });
    await demo.prisma.milestone.updateMany({ where: { initiativeId: { in: ids }, completedDate: null }, data: { completedDate: day("2026-05-15") } });
    await demo.prisma.milestone.updateMany({ where: { initiativeId: { in: ids } }, data: { forecastDate: day("2026-04-02"), baselineDate: day("2026-04-01") } });
    await demo.prisma.kpiMeasurement.updateMany({ where: { kpi: { initiativeId: { in: ids } } }, data: { value: 4242 } });
    const kpis = await demo.prisma.kpi.findMany({ where: { initiativeId: { in: ids } }, select: { id: true } });
    await demo.prisma.kpiMeasurement.createMany({ data: kpis.map((k) => ({ kpiId: k.id, periodDate: day("2026-06-29"), value: 9999 })), skipDuplicates: true });
    await demo.prisma.budgetLine.updateMany({ where: { initiativeId: { in: ids } }, data: { planned: 1, actual: 2 } });

    const after = await build();
    expect(after.asOf).toBe("approval");
    const moved = await frozenParts(after, report);
    expect(moved.figures).toEqual(before.figures);
    expect(moved.fields).toEqual(before.fields);
    expect(moved.late).toEqual(before.late);
    expect(moved.kpis).toEqual(before.kpis);
    expect(moved.frozen).toEqual(before.frozen);
    expect(moved.html).toEqual(before.html);
    expect(moved.pdf).toEqual(before.pdf);
    // The running quarter stays live: it sees the change.
    const running = await buildCouncilReport(demo.prisma, demo.council, { quarter: "2026-Q4", scope: "department:DIGI" }, "de", NOW);
    expect(running.asOf).toBe("today");
    expect(running.figures.byStatus.find((s) => s.key === "ON_HOLD")!.count).toBeGreaterThanOrEqual(ids.length);
  });

  it.each([
    ["2026-06-30T21:59:59Z", "2026-Q2", "today"], // 30 June, 23:59:59 in Duisburg: Q2 runs
    ["2026-06-30T22:00:00Z", "2026-Q2", "approval"], // 1 July in Duisburg: Q2 has ended
    ["2026-12-31T22:59:59Z", "2026-Q4", "today"], // 31 December, 23:59:59 (CET)
    ["2026-12-31T23:00:00Z", "2026-Q4", "approval"], // New Year in Duisburg
    ["2028-02-29T12:00:00Z", "2027-Q4", "approval"], // leap day: last year's Q4 has ended
    ["2028-02-29T12:00:00Z", "2028-Q1", "today"], // and Q1 is running
  ] as const)("on %s the council report of %s is as of %s", async (now, quarter, asOf) => {
    const report = await buildCouncilReport(demo.prisma, demo.council, { quarter, scope: "department:DIGI" }, "de", new Date(now));
    expect(report.asOf).toBe(asOf);
    if (asOf === "today") expect(report.frozen.missing).toEqual([]);
  });
});
