import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import type { TestDatabase } from "@/lib/db/testing";
import { demoActors, useTestDatabase } from "@/tests/db";
import { createReportDraftAction } from "./mutations";
import { currentPeriod, periodInstants, periodStart, previousPeriod, shiftPeriod } from "./period";
import { buildPrefill, loadPeriodChanges } from "./prefill";
import { departmentId, scratchInitiative, scratchReport } from "./testing";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("buildPrefill", () => {
  const changes = {
    completed: [{ title: "Pilot gestartet", completedDate: d("2026-10-12") }],
    moved: [{ title: "Rollout", from: d("2026-12-01"), to: d("2027-02-15"), reason: "Lieferverzug", reportedAt: new Date("2026-11-02T09:00:00Z") }],
    measurements: [{ kpiName: "Nutzende", unit: "Personen", value: 1234.5, periodDate: d("2026-10-31") }],
  };
  const previous = { period: "2026-Q3", summary: "Alt", nextSteps: "- Pilot starten", risks: "Personal", publicSummary: "Öffentlich alt" };

  it("lists the period's changes as bullets and turns last report's next steps into a hint", () => {
    const fields = buildPrefill({ period: "2026-Q4", locale: "de", health: "AT_RISK", previous, changes });
    expect(fields).toMatchObject({ health: "AT_RISK", summary: "Alt", nextSteps: "", risks: "Personal", publicSummary: "Öffentlich alt" });
    expect(fields.achievements).toBe(
      [
        "Veränderungen im 4. Quartal 2026 (aus den Daten ermittelt – bitte prüfen):",
        "- Meilenstein „Pilot gestartet“ am 12.10.2026 abgeschlossen.",
        "- Meilenstein „Rollout“: Prognose von 01.12.2026 auf 15.02.2027 verschoben. Grund: Lieferverzug",
        "- Kennzahl „Nutzende“: 1.234,5 Personen (Stand 31.10.2026).",
        "",
        "Geplant laut Bericht 3. Quartal 2026 – was davon ist erreicht?",
        "- Pilot starten",
      ].join("\n"),
    );
  });

  it("says so when nothing changed, and starts empty without an earlier report", () => {
    const fields = buildPrefill({ period: "2027-Q1", locale: "en", health: "ON_TRACK", previous: null, changes: { completed: [], moved: [], measurements: [] } });
    expect(fields).toEqual({
      health: "ON_TRACK",
      summary: "",
      achievements: "Changes in Q1 2027 (from the data – please check):\n- No milestones completed or moved and no new KPI values.",
      nextSteps: "",
      risks: "",
      publicSummary: "",
    });
  });
});

describe("a new draft, prefilled from the database", () => {
  let t: TestDatabase;
  let lead: Actor;
  let initiativeId: string;
  const period = currentPeriod();
  const start = periodStart(period);
  const inPeriod = (days: number) => new Date(start.getTime() + days * DAY);
  const before = (days: number) => new Date(start.getTime() - days * DAY);

  beforeAll(async () => {
    t = await useTestDatabase("demo");
    ({ lead } = await demoActors(t));
    const initiative = await scratchInitiative(t.prisma, { departmentId: await departmentId(t.prisma, "DIGI"), leadIds: [lead.id], health: "OFF_TRACK" });
    initiativeId = initiative.id;
    const milestone = (title: string, extra: Record<string, unknown> = {}) =>
      t.prisma.milestone.create({ data: { initiativeId, title, baselineDate: inPeriod(30), forecastDate: inPeriod(30), ...extra }, select: { id: true } });

    await milestone("Im Zeitraum abgeschlossen", { completedDate: inPeriod(3) });
    await milestone("Im Vorquartal abgeschlossen", { completedDate: before(5) });
    const moved = await milestone("Verschobener Meilenstein", { forecastDate: inPeriod(80) });
    const created = await milestone("Neu geplanter Meilenstein");
    const periodBegins = periodInstants(period).start.getTime();
    await t.prisma.milestoneForecast.createMany({
      data: [
        { milestoneId: moved.id, reportedAt: new Date(periodBegins - 200 * DAY), forecastDate: inPeriod(10), reason: "Ausgangsplanung" },
        { milestoneId: moved.id, reportedAt: new Date(periodBegins - 20 * DAY), forecastDate: inPeriod(30), reason: "Verschiebung im Vorquartal" },
        { milestoneId: moved.id, reportedAt: new Date(periodBegins + 2 * HOUR), forecastDate: inPeriod(80), reason: "Lieferverzug beim Partner" },
        // The original plan of a milestone created in the period is no move.
        { milestoneId: created.id, reportedAt: new Date(periodBegins + 3 * HOUR), forecastDate: inPeriod(30), reason: "Ausgangsplanung" },
      ],
    });

    const kpi = await t.prisma.kpi.create({
      data: { scope: "INITIATIVE", initiativeId, name: "Angeschlossene Schulen", unit: "Schulen", valueType: "INTEGER", baselineValue: 0, baselineDate: before(400), targetValue: 50, targetDate: inPeriod(400) },
      select: { id: true },
    });
    await t.prisma.kpiMeasurement.createMany({
      data: [
        { kpiId: kpi.id, periodDate: inPeriod(1), value: 17 },
        { kpiId: kpi.id, periodDate: before(60), value: 9, createdAt: before(50) },
        // Entered in the period, but for a date long before it: no change of this period.
        { kpiId: kpi.id, periodDate: before(330), value: 4, createdAt: new Date(periodInstants(period).start.getTime() + 5 * DAY) },
      ],
    });

    await scratchReport(t.prisma, initiativeId, { state: "APPROVED", period: shiftPeriod(period, -2), summary: "Ganz alt" });
    const prev = await scratchReport(t.prisma, initiativeId, { state: "APPROVED", period: previousPeriod(period), summary: "Stand des Vorquartals", publicSummary: "Für alle" });
    await t.prisma.statusReport.update({ where: { id: prev.id }, data: { nextSteps: "- Schulen anschließen", risks: "Fachkräftemangel" } });
  });

  it("reads the period's completed and moved milestones and new KPI values, nothing from before", async () => {
    const changes = await loadPeriodChanges(t.prisma, initiativeId, period);
    expect(changes.completed.map((m) => m.title)).toEqual(["Im Zeitraum abgeschlossen"]);
    expect(changes.moved).toEqual([
      { title: "Verschobener Meilenstein", from: inPeriod(30), to: inPeriod(80), reason: "Lieferverzug beim Partner", reportedAt: expect.any(Date) },
    ]);
    expect(changes.measurements).toEqual([{ kpiName: "Angeschlossene Schulen", unit: "Schulen", value: 17, periodDate: inPeriod(1) }]);
  });

  it("prefills the draft from the previous period's report and the period's changes", async () => {
    const r = await createReportDraftAction.execute(lead, { initiativeId, locale: "de" }, { db: t.prisma });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data).toMatchObject({ period, state: "DRAFT", health: "OFF_TRACK", summary: "Stand des Vorquartals", risks: "Fachkräftemangel", publicSummary: "Für alle", nextSteps: "" });
    const text = r.data.achievements;
    expect(text).toContain("„Im Zeitraum abgeschlossen“");
    expect(text).toContain("„Verschobener Meilenstein“");
    expect(text).toContain("Grund: Lieferverzug beim Partner");
    expect(text).toContain("„Angeschlossene Schulen“: 17 Schulen");
    expect(text).toContain("- Schulen anschließen");
    for (const absent of ["Im Vorquartal abgeschlossen", "Neu geplanter Meilenstein", "Verschiebung im Vorquartal", ": 9 Schulen", ": 4 Schulen"]) expect(text).not.toContain(absent);
  });
});
