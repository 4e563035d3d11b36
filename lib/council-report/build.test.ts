// The council report's assembly on the demo database: which status reports it takes (only approved
// ones of the quarter and scope), scope filtering, quarter and scope validation, slipped milestones,
// who may build it, and a query count that does not depend on the scope's size.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { countQueries } from "@/lib/db/query-counter";
import { AppError } from "@/lib/errors/app-error";
import { demoFixture } from "@/tests/db";
import { buildCouncilReport } from "./build";

const NOW = new Date("2026-11-25T10:00:00Z");
const demo = demoFixture();

const build = (request: { quarter?: string; scope?: string }, viewer: Actor | null = demo.council) => buildCouncilReport(demo.prisma, viewer, request, "de", NOW);
const entryIds = (report: Awaited<ReturnType<typeof build>>) => report.fields.flatMap((f) => f.reports.map((r) => r.id));

async function expectAppError(promise: Promise<unknown>, code: string, field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (field) expect((error as AppError).details?.fieldErrors?.[field]).toBeDefined();
}

describe("status reports in the council report", () => {
  it("defaults to the latest quarter with approved reports and the whole masterplan", async () => {
    // The demo has approved reports of the running quarter 2026-Q4: the report just approved is in it.
    expect(await demo.prisma.statusReport.count({ where: { period: "2026-Q4", state: "APPROVED" } })).toBeGreaterThan(0);
    const report = await build({});
    expect(report.quarter).toBe("2026-Q4");
    expect(report.scope.kind).toBe("masterplan");
    expect(report.fields.map((f) => f.code)).toEqual(["VER", "MOB", "BIL", "INF", "WIR", "UMW", "GES"]);
    expect(report.options.quarters[0]).toBe("2026-Q4");
    expect(report.options.quarters).toContain("2026-Q3");
  });

  it("contains exactly the approved reports of the quarter", async () => {
    const report = await build({ quarter: "2026-Q3" });
    const approved = await demo.prisma.statusReport.findMany({ where: { period: "2026-Q3", state: "APPROVED", initiative: { archivedAt: null } }, select: { id: true } });
    expect(approved.length).toBeGreaterThan(0);
    expect(entryIds(report).sort()).toEqual(approved.map((r) => r.id).sort());
  });

  it("never shows drafts, submitted or returned reports of the quarter", async () => {
    const report = await build({ quarter: "2026-Q4" });
    const unfinished = await demo.prisma.statusReport.findMany({ where: { period: "2026-Q4", state: { in: ["DRAFT", "SUBMITTED", "RETURNED"] } }, select: { id: true, summary: true } });
    expect(unfinished.map((r) => r.id)).not.toHaveLength(0);
    const ids = new Set(entryIds(report));
    expect(unfinished.filter((r) => ids.has(r.id))).toEqual([]);
    const approved = await demo.prisma.statusReport.count({ where: { period: "2026-Q4", state: "APPROVED" } });
    expect(ids.size).toBe(approved);
  });

  it("drops a report once it is no longer approved", async () => {
    const before = await build({ quarter: "2026-Q3" });
    const target = before.fields.flatMap((f) => f.reports)[0]!;
    await demo.prisma.statusReport.update({ where: { id: target.id }, data: { state: "RETURNED" } });
    try {
      const after = await build({ quarter: "2026-Q3" });
      expect(entryIds(after)).not.toContain(target.id);
      expect(entryIds(after)).toHaveLength(entryIds(before).length - 1);
    } finally {
      await demo.prisma.statusReport.update({ where: { id: target.id }, data: { state: "APPROVED" } });
    }
  });

  it("carries the internal texts and the public summary of each report", async () => {
    const report = await build({ quarter: "2026-Q3" });
    const entry = report.fields.flatMap((f) => f.reports)[0]!;
    const stored = await demo.prisma.statusReport.findUniqueOrThrow({ where: { id: entry.id } });
    expect(entry).toMatchObject({ summary: stored.summary, achievements: stored.achievements, nextSteps: stored.nextSteps, risks: stored.risks, publicSummary: stored.publicSummary, health: stored.health });
  });
});

describe("scope", () => {
  it("limits a field report to the field's initiatives, reports and KPIs", async () => {
    const report = await build({ quarter: "2026-Q3", scope: "field:VER" });
    expect(report.scope).toMatchObject({ kind: "field", code: "VER", param: "field:VER" });
    expect(report.fields.map((f) => f.code)).toEqual(["VER"]);
    // 2026-Q3 has ended: its key figures count the initiatives frozen with an approved report.
    const frozen = await demo.prisma.reportSnapshot.count({ where: { period: "2026-Q3", fieldCode: "VER" } });
    expect(report.figures.initiativeCount).toBe(frozen);
    // The running quarter counts today's initiatives, as the dashboard does.
    const count = await demo.prisma.initiative.count({ where: { archivedAt: null, fieldOfAction: { code: "VER" } } });
    expect((await build({ quarter: "2026-Q4", scope: "field:VER" })).figures.initiativeCount).toBe(count);
    const approved = await demo.prisma.statusReport.count({ where: { period: "2026-Q3", state: "APPROVED", initiative: { archivedAt: null, fieldOfAction: { code: "VER" } } } });
    expect(entryIds(report)).toHaveLength(approved);
    expect(report.slips.every((s) => s.fieldCode === "VER")).toBe(true);
    expect(report.kpis.rows.every((k) => k.scope !== "MASTERPLAN")).toBe(true);
    expect(report.kpis.rows.every((k) => k.ownerCode === "VER" || k.ownerCode?.startsWith("VER-"))).toBe(true);
  });

  it("limits a department report to the department's initiatives across fields", async () => {
    const report = await build({ quarter: "2026-Q3", scope: "department:DIGI" });
    expect(report.scope).toMatchObject({ kind: "department", code: "DIGI" });
    const entries = report.fields.flatMap((f) => f.reports);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.departmentCode === "DIGI")).toBe(true);
    expect(report.fields.length).toBeGreaterThan(1);
    const frozen = await demo.prisma.reportSnapshot.count({ where: { period: "2026-Q3", departmentCode: "DIGI" } });
    expect(report.figures.initiativeCount).toBe(frozen);
    const count = await demo.prisma.initiative.count({ where: { archivedAt: null, department: { code: "DIGI" } } });
    expect((await build({ quarter: "2026-Q4", scope: "department:DIGI" })).figures.initiativeCount).toBe(count);
    expect(report.kpis.rows.every((k) => k.scope === "INITIATIVE")).toBe(true);
  });

  it("counts the whole masterplan's figures consistently", async () => {
    const { figures } = await build({ quarter: "2026-Q3" });
    expect(figures.byStatus.reduce((a, s) => a + s.count, 0)).toBe(figures.initiativeCount);
    expect(figures.milestones.onTime + figures.milestones.late).toBe(figures.milestones.completed);
    expect(figures.progress.overall).toBeGreaterThan(0);
    expect(Number(figures.budget.planned)).toBeGreaterThan(0);
  });

  it("needs the same number of queries for one field as for the whole masterplan, in a past and in the running quarter", async () => {
    const small = await countQueries(demo.counting, () => buildCouncilReport(demo.counting, demo.council, { quarter: "2026-Q3", scope: "field:GES" }, "de", NOW));
    const large = await countQueries(demo.counting, () => buildCouncilReport(demo.counting, demo.council, { quarter: "2026-Q3" }, "de", NOW));
    expect(large.result.figures.initiativeCount).toBeGreaterThan(small.result.figures.initiativeCount);
    expect(large.count).toBe(small.count);
    // 29: the fifteen of the report, the city's settings (its name on the title page and as the PDF's
    // author), three for the dependencies at risk, the frozen quarter and the revisions since adoption,
    // and (a past quarter) the initiatives without frozen figures.
    expect(large.count).toBeLessThanOrEqual(29);
    const running = await countQueries(demo.counting, () => buildCouncilReport(demo.counting, demo.council, { quarter: "2026-Q4", scope: "field:GES" }, "de", NOW));
    const runningLarge = await countQueries(demo.counting, () => buildCouncilReport(demo.counting, demo.council, { quarter: "2026-Q4" }, "de", NOW));
    expect(runningLarge.count).toBe(running.count);
    expect(running.count).toBe(large.count - 1);
  });
});

describe("validation", () => {
  it.each(["2026-Q5", "Q3-2026", "2026-3", "2026-09"])("rejects the malformed quarter %s", async (quarter) => {
    await expectAppError(build({ quarter }), "VALIDATION", "quarter");
  });

  it("rejects a quarter that has not begun", async () => {
    await expectAppError(build({ quarter: "2027-Q1" }), "VALIDATION", "quarter");
  });

  it.each(["everything", "field:", "district:MIT", "field:VER;DROP"])("rejects the malformed scope %s", async (scope) => {
    await expectAppError(build({ scope }), "VALIDATION", "scope");
  });

  it("rejects an unknown field of action or department", async () => {
    await expectAppError(build({ scope: "field:XYZ" }), "VALIDATION", "scope");
    await expectAppError(build({ scope: "department:NOPE" }), "VALIDATION", "scope");
  });
});

describe("slipped milestones", () => {
  it("lists forecast moves to a later date reported in the quarter (city time), with old and new date and reason", async () => {
    const initiative = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" }, select: { id: true } });
    const milestone = await demo.prisma.milestone.create({
      data: { initiativeId: initiative.id, title: "Testmeilenstein Schnittstelle", baselineDate: new Date("2026-12-01"), forecastDate: new Date("2027-03-01") },
    });
    const move = (reportedAt: string, forecastDate: string, reason: string) => ({ milestoneId: milestone.id, reportedAt: new Date(reportedAt), forecastDate: new Date(forecastDate), reason });
    await demo.prisma.milestoneForecast.createMany({
      data: [
        move("2026-05-04T08:00:00Z", "2026-12-01", "Ausgangsplanung"),
        move("2026-06-30T22:30:00Z", "2027-02-01", "Lieferverzug beim Hersteller"), // 1 July in Duisburg: Q3
        move("2026-09-01T08:00:00Z", "2027-01-15", "Zeitplan gestrafft"), // earlier: no slip
        move("2026-09-30T22:30:00Z", "2027-03-01", "Personalengpass"), // 1 October in Duisburg: Q4
      ],
    });
    const mine = (r: Awaited<ReturnType<typeof build>>) => r.slips.filter((s) => s.milestoneTitle === "Testmeilenstein Schnittstelle");
    expect(mine(await build({ quarter: "2026-Q3", scope: "field:VER" }))).toEqual([
      expect.objectContaining({ initiativeCode: "VER-01", reportedOn: "2026-07-01", oldDate: "2026-12-01", newDate: "2027-02-01", reason: "Lieferverzug beim Hersteller" }),
    ]);
    expect(mine(await build({ quarter: "2026-Q4", scope: "field:VER" }))).toEqual([
      expect.objectContaining({ reportedOn: "2026-10-01", oldDate: "2027-01-15", newDate: "2027-03-01", reason: "Personalengpass" }),
    ]);
    expect(mine(await build({ quarter: "2026-Q3", scope: "field:MOB" }))).toEqual([]);
  });
});

describe("who may build the report", () => {
  it.each(["council", "head", "admin"] as const)("allows %s", async (user) => {
    const report = await build({ quarter: "2026-Q3" }, demo[user]);
    expect(entryIds(report).length).toBeGreaterThan(0);
  });

  it.each(["viewer", "lead"] as const)("forbids %s", async (user) => {
    await expectAppError(build({ quarter: "2026-Q3" }, demo[user]), "FORBIDDEN");
  });

  it("requires a signed-in viewer", async () => {
    await expectAppError(build({ quarter: "2026-Q3" }, null), "UNAUTHENTICATED");
  });
});
