import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import { Prisma } from "@/lib/generated/prisma/client";
import { isStale } from "@/lib/initiatives/freshness";
import { initiativeProgress, rollUpProgress } from "@/lib/initiatives/progress";
import { classifyAttainment } from "@/lib/kpis/attainment";
import { delayDays, isOverdue } from "@/lib/milestones/lateness";
import { demoFixture } from "@/tests/db";
import { getDashboard, getPortfolioFigures, NO_FILTERS, parseDashboardFilters } from "./queries";

const TODAY = "2026-11-25";
const NOW = new Date("2026-11-25T10:00:00Z");
const OPTS = { today: TODAY, now: NOW, staleAfterDays: 90 };
const day = (d: Date) => d.toISOString().slice(0, 10);
const datesOf = (m: { baselineDate: Date; forecastDate: Date; completedDate: Date | null }) => ({
  baselineDate: day(m.baselineDate),
  forecastDate: day(m.forecastDate),
  completedDate: m.completedDate ? day(m.completedDate) : null,
});

const demo = demoFixture();

describe("getDashboard access", () => {
  it("rejects a viewer without a session before reading anything", async () => {
    await expect(getDashboard(demo.prisma, null, NO_FILTERS, OPTS)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getPortfolioFigures(demo.prisma, undefined, NO_FILTERS, OPTS)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("portfolio figures on the demo data", () => {
  it("counts initiatives by health and by status per field exactly as Prisma counts them", async () => {
    const d = await getDashboard(demo.prisma, demo.council, NO_FILTERS, OPTS);
    expect(d.portfolio.fields.map((f) => f.code)).toEqual(["VER", "MOB", "BIL", "INF", "WIR", "UMW", "GES"]);
    const byHealth = await demo.prisma.initiative.groupBy({ by: ["fieldOfActionId", "health"], where: { archivedAt: null }, _count: true });
    const byStatus = await demo.prisma.initiative.groupBy({ by: ["fieldOfActionId", "status"], where: { archivedAt: null }, _count: true });
    const fields = await demo.prisma.fieldOfAction.findMany({ select: { id: true, code: true } });
    for (const f of d.portfolio.fields) {
      const id = fields.find((x) => x.code === f.code)!.id;
      for (const [health, n] of Object.entries(f.byHealth)) {
        expect(n, `${f.code} ${health}`).toBe(byHealth.find((g) => g.fieldOfActionId === id && g.health === health)?._count ?? 0);
      }
      for (const [status, n] of Object.entries(f.byStatus)) {
        expect(n, `${f.code} ${status}`).toBe(byStatus.find((g) => g.fieldOfActionId === id && g.status === status)?._count ?? 0);
      }
    }
    expect(d.portfolio.total).toBe(await demo.prisma.initiative.count({ where: { archivedAt: null } }));
    // Hand-checked against the demo seed: 3 initiatives are off track (one each in VER, WIR, GES).
    expect(d.portfolio.byHealth.OFF_TRACK).toBe(3);
    expect(d.portfolio.fields.find((f) => f.code === "VER")!.byHealth.OFF_TRACK).toBe(1);
  });

  it("rolls progress up with the formula of progress.ts, cancelled initiatives left out", async () => {
    const d = await getDashboard(demo.prisma, demo.council, NO_FILTERS, OPTS);
    const initiatives = await demo.prisma.initiative.findMany({
      where: { archivedAt: null },
      select: { status: true, fieldOfAction: { select: { code: true } }, milestones: { select: { weight: true, completedDate: true } } },
    });
    const progressOf = (i: (typeof initiatives)[number]) =>
      initiativeProgress(i.status, {
        totalWeight: i.milestones.reduce((s, m) => s + m.weight, 0),
        doneWeight: i.milestones.filter((m) => m.completedDate).reduce((s, m) => s + m.weight, 0),
      });
    expect(d.portfolio.progress).toBeCloseTo(rollUpProgress(initiatives.map(progressOf))!, 12);
    const wir = initiatives.filter((i) => i.fieldOfAction.code === "WIR");
    const wirFigures = d.portfolio.fields.find((f) => f.code === "WIR")!;
    expect(wirFigures.progress).toBeCloseTo(rollUpProgress(wir.map(progressOf))!, 12);
    expect(wirFigures.counted).toBe(wir.filter((i) => i.status !== "CANCELLED").length);
    expect(wirFigures.counted).toBeLessThan(wirFigures.total);
  });

  it("counts stale initiatives, overdue milestones and reports awaiting approval like the rules in JavaScript", async () => {
    const d = await getDashboard(demo.prisma, demo.council, NO_FILTERS, OPTS);
    const initiatives = await demo.prisma.initiative.findMany({
      where: { archivedAt: null },
      select: { id: true, milestones: { select: { baselineDate: true, forecastDate: true, completedDate: true } } },
    });
    const last = await demo.prisma.auditEvent.groupBy({ by: ["initiativeId"], where: { actorId: { not: null } }, _max: { at: true } });
    const lastOf = new Map(last.map((l) => [l.initiativeId, l._max.at]));
    const stale = initiatives.filter((i) => isStale(lastOf.get(i.id) ?? null, NOW, 90)).length;
    expect(d.portfolio.stale).toBe(stale);
    expect(stale).toBeGreaterThan(0);
    const overdue = initiatives.filter((i) => i.milestones.some((m) => isOverdue(datesOf(m), TODAY))).length;
    expect(d.portfolio.withOverdueMilestones).toBe(overdue);
    expect(d.portfolio.awaitingApproval).toBe(await demo.prisma.statusReport.count({ where: { state: "SUBMITTED", initiative: { archivedAt: null } } }));
  });
});

describe("budget, punctuality and KPI figures on the demo data", () => {
  it("sums budget exactly per year and per funding source", async () => {
    const d = await getDashboard(demo.prisma, demo.council, NO_FILTERS, OPTS);
    const all = await demo.prisma.budgetLine.aggregate({ _sum: { planned: true, actual: true } });
    expect(d.budget.total.planned).toBe(all._sum.planned!.toFixed(2));
    expect(d.budget.total.actual).toBe(all._sum.actual!.toFixed(2));
    const y2026 = await demo.prisma.budgetLine.aggregate({ where: { year: 2026 }, _sum: { planned: true } });
    expect(d.budget.byYear.find((y) => y.year === 2026)!.planned).toBe(y2026._sum.planned!.toFixed(2));
    const eu = await demo.prisma.budgetLine.aggregate({ where: { fundingSource: "EU" }, _sum: { actual: true } });
    expect(d.budget.bySource.find((s) => s.source === "EU")?.actual ?? "0.00").toBe((eu._sum.actual ?? new Prisma.Decimal(0)).toFixed(2));
    const cellSum = d.budget.cells.reduce((s, c) => s.plus(c.planned), new Prisma.Decimal(0));
    expect(cellSum.toFixed(2)).toBe(d.budget.total.planned);
  });

  it("measures punctuality with lib/milestones/lateness.ts: on time, overdue, mean delay of done and open milestones, trend by quarter", async () => {
    const d = await getDashboard(demo.prisma, demo.council, NO_FILTERS, OPTS);
    const ms = await demo.prisma.milestone.findMany({ where: { initiative: { archivedAt: null } }, select: { baselineDate: true, forecastDate: true, completedDate: true } });
    const days = (a: Date, b: Date) => Math.round((a.getTime() - b.getTime()) / 86_400_000);
    const done = ms.filter((m) => m.completedDate);
    const open = ms.filter((m) => !m.completedDate);
    const onTime = done.filter((m) => m.completedDate! <= m.baselineDate).length;
    expect(d.punctuality.completed).toBe(done.length);
    expect(d.punctuality.onTime).toBe(onTime);
    expect(d.punctuality.onTimeShare).toBeCloseTo(onTime / done.length, 12);
    expect(d.punctuality.averageDelayDaysDone).toBeCloseTo(done.reduce((s, m) => s + days(m.completedDate!, m.baselineDate), 0) / done.length, 9);
    // Open milestones: the later of forecast and today minus baseline, never below 0 (not forecast − baseline).
    expect(d.punctuality.averageDelayDaysOpen).toBeCloseTo(open.reduce((s, m) => s + delayDays(datesOf(m), TODAY)!, 0) / open.length, 9);
    const overdue = open.filter((m) => isOverdue(datesOf(m), TODAY)).length;
    expect(overdue).toBeGreaterThan(0);
    expect(d.punctuality.overdue).toBe(overdue);
    const q3 = done.filter((m) => day(m.completedDate!) >= "2026-07-01" && day(m.completedDate!) <= "2026-09-30");
    expect(d.punctuality.trend.find((q) => q.quarter === "2026-Q3")?.completed ?? 0).toBe(q3.length);
    expect(d.punctuality.trend.reduce((s, q) => s + q.completed, 0)).toBe(done.length);
  });

  it("classifies every KPI by its latest measurement with the attainment rule", async () => {
    const d = await getDashboard(demo.prisma, demo.council, NO_FILTERS, OPTS);
    const kpis = await demo.prisma.kpi.findMany({
      select: {
        direction: true, baselineValue: true, baselineDate: true, targetValue: true, targetDate: true,
        measurements: { orderBy: { periodDate: "desc" }, take: 1, select: { value: true, periodDate: true } },
      },
    });
    const expected = { TARGET_REACHED: 0, ON_COURSE: 0, BEHIND: 0, NO_MEASUREMENT: 0 };
    for (const k of kpis) {
      const m = k.measurements[0];
      expected[classifyAttainment({
        direction: k.direction,
        baselineValue: k.baselineValue.toNumber(),
        baselineDate: day(k.baselineDate),
        targetValue: k.targetValue.toNumber(),
        targetDate: day(k.targetDate),
        latest: m ? { value: m.value.toNumber(), date: day(m.periodDate) } : null,
      })] += 1;
    }
    expect(d.kpis.total).toBe(kpis.length);
    expect(d.kpis.counts).toEqual(expected);
    expect(d.kpis.byField.reduce((s, g) => s + g.total, 0)).toBe(kpis.length);
  });
});

describe("punctuality at the boundaries of the definition", () => {
  it("counts a milestone 90 days overdue and never re-forecast with 90 days of delay, one due today with none, and reads today from `now`", async () => {
    const ref = await demo.prisma.initiative.findFirstOrThrow({ where: { code: "GES-01" }, select: { fieldOfActionId: true, departmentId: true } });
    const district = await demo.prisma.district.create({ data: { code: "GRZ", slug: "grenzfall", name: "Grenzfall", sortOrder: 99 } });
    const created = await demo.prisma.initiative.create({
      data: {
        code: "GES-91", slug: "ges-91-puenktlichkeit", title: "Pünktlichkeit an der Grenze", fieldOfActionId: ref.fieldOfActionId, departmentId: ref.departmentId,
        districts: { create: [{ districtId: district.id }] },
        milestones: {
          create: [
            { title: "Seit 90 Tagen überfällig", weight: 1, baselineDate: new Date("2026-08-27"), forecastDate: new Date("2026-08-27") },
            { title: "Heute fällig", weight: 1, baselineDate: new Date("2026-11-25"), forecastDate: new Date("2026-11-25") },
            { title: "Früh erledigt", weight: 1, baselineDate: new Date("2026-08-20"), forecastDate: new Date("2026-08-20"), completedDate: new Date("2026-08-10") },
            { title: "Spät erledigt", weight: 1, baselineDate: new Date("2026-08-01"), forecastDate: new Date("2026-09-01"), completedDate: new Date("2026-09-11") },
          ],
        },
      },
    });
    try {
      const only = { ...NO_FILTERS, districts: ["grenzfall"] };
      const d = await getDashboard(demo.prisma, demo.council, only, { now: NOW, staleAfterDays: 90 });
      expect(d.portfolio.total).toBe(1);
      expect(d.portfolio.withOverdueMilestones).toBe(1);
      expect(d.punctuality).toMatchObject({ completed: 2, onTime: 1, averageDelayDaysDone: (-10 + 41) / 2, open: 2, overdue: 1, averageDelayDaysOpen: (90 + 0) / 2 });
      // One day later (23:30 UTC on the 25th is already the 26th in Berlin) both open milestones are late.
      const next = await getDashboard(demo.prisma, demo.council, only, { now: new Date("2026-11-25T23:30:00Z"), staleAfterDays: 90 });
      expect(next.punctuality).toMatchObject({ open: 2, overdue: 2, averageDelayDaysOpen: (91 + 1) / 2 });
    } finally {
      await demo.prisma.initiativeDistrict.deleteMany({ where: { initiativeId: created.id } });
      await demo.prisma.milestone.deleteMany({ where: { initiativeId: created.id } });
      await demo.prisma.initiative.delete({ where: { id: created.id } });
      await demo.prisma.district.delete({ where: { id: district.id } });
    }
  });
});

describe("filters", () => {
  it("narrows every figure to the chosen department", async () => {
    const all = await getDashboard(demo.prisma, demo.council, NO_FILTERS, OPTS);
    const d = await getDashboard(demo.prisma, demo.council, parseDashboardFilters({ dept: "digi" }), OPTS);
    expect(d.filters.depts).toEqual(["DIGI"]);
    const where = { archivedAt: null, department: { code: "DIGI" } };
    expect(d.portfolio.total).toBe(await demo.prisma.initiative.count({ where }));
    expect(d.portfolio.total).toBeLessThan(all.portfolio.total);
    expect(d.portfolio.byHealth.ON_TRACK).toBe(await demo.prisma.initiative.count({ where: { ...where, health: "ON_TRACK" } }));
    const budget = await demo.prisma.budgetLine.aggregate({ where: { initiative: where }, _sum: { planned: true } });
    expect(d.budget.total.planned).toBe(budget._sum.planned!.toFixed(2));
    expect(d.punctuality.completed).toBe(await demo.prisma.milestone.count({ where: { initiative: where, completedDate: { not: null } } }));
    // Department filters describe initiatives: only initiative KPIs of DIGI's initiatives remain.
    expect(d.kpis.total).toBe(await demo.prisma.kpi.count({ where: { scope: "INITIATIVE", initiative: where } }));
  });

  it("narrows to a field, a partner and a district, and keeps field KPIs only for the field filter", async () => {
    const field = await getDashboard(demo.prisma, demo.council, parseDashboardFilters({ field: "MOB" }), OPTS);
    expect(field.portfolio.fields.map((f) => f.code)).toEqual(["MOB"]);
    expect(field.portfolio.total).toBe(await demo.prisma.initiative.count({ where: { archivedAt: null, fieldOfAction: { code: "MOB" } } }));
    expect(field.kpis.total).toBe(
      await demo.prisma.kpi.count({ where: { OR: [{ fieldOfAction: { code: "MOB" } }, { initiative: { archivedAt: null, fieldOfAction: { code: "MOB" } } }] } }),
    );
    const partner = await getDashboard(demo.prisma, demo.council, parseDashboardFilters({ partner: "duisport" }), OPTS);
    expect(partner.portfolio.total).toBe(await demo.prisma.initiative.count({ where: { archivedAt: null, partners: { some: { partner: { slug: "duisport" } } } } }));
    expect(partner.portfolio.total).toBeGreaterThan(0);
    const district = await getDashboard(demo.prisma, demo.council, { ...NO_FILTERS, districts: ["mitte"] }, OPTS);
    expect(district.portfolio.total).toBe(await demo.prisma.initiative.count({ where: { archivedAt: null, districts: { some: { district: { slug: "mitte" } } } } }));
  });

  it("ignores unknown filter values instead of showing nothing", async () => {
    const all = await getDashboard(demo.prisma, demo.council, NO_FILTERS, OPTS);
    const d = await getDashboard(demo.prisma, demo.council, parseDashboardFilters({ field: "NOPE,VER", dept: "XX", partner: "no-such", period: "2026-Q9" }), OPTS);
    expect(d.filters).toEqual({ ...NO_FILTERS, fields: ["VER"] });
    const junk = await getDashboard(demo.prisma, demo.council, parseDashboardFilters({ dept: "XX", district: "';drop" }), OPTS);
    expect(junk.portfolio.total).toBe(all.portfolio.total);
  });

  it("limits budget to the period's year and punctuality to milestones due in the period", async () => {
    const d = await getDashboard(demo.prisma, demo.council, parseDashboardFilters({ period: "2026-Q3" }), OPTS);
    expect(d.budget.year).toBe(2026);
    expect(d.budget.byYear.map((y) => y.year)).toEqual([2026]);
    const due = await demo.prisma.milestone.findMany({
      where: { initiative: { archivedAt: null }, baselineDate: { gte: new Date("2026-07-01"), lte: new Date("2026-09-30") } },
      select: { completedDate: true, baselineDate: true },
    });
    expect(d.punctuality.completed + d.punctuality.open).toBe(due.length);
    expect(d.punctuality.onTime).toBe(due.filter((m) => m.completedDate && m.completedDate <= m.baselineDate).length);
    const year = await getDashboard(demo.prisma, demo.council, parseDashboardFilters({ period: "2025" }), OPTS);
    expect(year.budget.byYear.map((y) => y.year)).toEqual([2025]);
  });
});

describe("query count", () => {
  it("sends the same few statements however many initiatives, milestones and KPIs there are", async () => {
    const before = await countQueries(demo.counting, () => getDashboard(demo.counting, demo.council, NO_FILTERS, OPTS));
    const filtered = await countQueries(demo.counting, () => getDashboard(demo.counting, demo.council, parseDashboardFilters({ field: "VER", period: "2026" }), OPTS));
    const template = await demo.counting.initiative.findFirstOrThrow({ where: { code: "VER-01" }, select: { fieldOfActionId: true, departmentId: true } });
    for (let n = 0; n < 5; n++) {
      await demo.counting.initiative.create({
        data: {
          code: `DASH-${n}`, slug: `dash-${n}`, title: `Dashboard ${n}`, fieldOfActionId: template.fieldOfActionId, departmentId: template.departmentId,
          milestones: { create: [1, 2, 3].map((w) => ({ title: `M${w}`, weight: w, baselineDate: new Date("2026-08-01"), forecastDate: new Date("2026-09-01") })) },
          budgetLines: { create: [{ year: 2026, fundingSource: "CITY", planned: "1000.00" }] },
          kpis: { create: [{ scope: "INITIATIVE", name: `K${n}`, unit: "%", baselineValue: 0, baselineDate: new Date("2025-01-01"), targetValue: 10, targetDate: new Date("2027-01-01") }] },
        },
      });
    }
    const after = await countQueries(demo.counting, () => getDashboard(demo.counting, demo.council, NO_FILTERS, OPTS));
    expect(after.result.portfolio.total).toBe(before.result.portfolio.total + 5);
    expect(after.count).toBe(before.count);
    expect(filtered.count).toBe(before.count);
    expect(before.count).toBeLessThanOrEqual(6);
  });
});
