import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import { initiativeProgress } from "@/lib/initiatives/progress";
import { initiativeDelayDays, isOverdue } from "@/lib/milestones/lateness";
import { seedLarge } from "@/prisma/seed/large";
import { actorFor, demoFixture } from "@/tests/db";
import { listPortfolioFacetOptions, listPortfolioRows } from "./queries";
import { fromCents, toCents } from "./row";

const NOW = new Date("2026-11-25T10:00:00Z");
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const datesOf = (m: { baselineDate: Date; forecastDate: Date; completedDate: Date | null }) => ({
  baselineDate: day(m.baselineDate),
  forecastDate: day(m.forecastDate),
  completedDate: day(m.completedDate),
});

const demo = demoFixture();

describe("listPortfolioRows", () => {
  it("lists every non-archived initiative once, ordered by code", async () => {
    const first = await demo.prisma.initiative.findFirstOrThrow({ orderBy: { code: "asc" }, select: { id: true } });
    await demo.prisma.initiative.update({ where: { id: first.id }, data: { archivedAt: NOW } });
    try {
      const rows = await listPortfolioRows(demo.prisma, demo.council, { now: NOW });
      const expected = await demo.prisma.initiative.findMany({ where: { archivedAt: null }, orderBy: { code: "asc" }, select: { code: true } });
      expect(rows.map((r) => r.code)).toEqual(expected.map((e) => e.code));
      expect(rows.some((r) => r.id === first.id)).toBe(false);
    } finally {
      await demo.prisma.initiative.update({ where: { id: first.id }, data: { archivedAt: null } });
    }
  });

  it("aggregates milestones, budget, leads, partners and districts as the rows in the database say", async () => {
    const rows = await listPortfolioRows(demo.prisma, demo.council, { now: NOW });
    const withPartners = rows.find((r) => r.partnerSlugs.length > 1) ?? rows.find((r) => r.partnerSlugs.length > 0)!;
    for (const row of [rows[0]!, withPartners, rows[rows.length - 1]!]) {
      const i = await demo.prisma.initiative.findUniqueOrThrow({
        where: { id: row.id },
        select: {
          status: true,
          milestones: { select: { title: true, weight: true, baselineDate: true, forecastDate: true, completedDate: true, sortOrder: true } },
          budgetLines: { select: { planned: true, actual: true } },
          leads: { select: { user: { select: { name: true } } } },
          partners: { select: { partner: { select: { slug: true } } } },
          districts: { select: { district: { select: { slug: true } } } },
        },
      });
      const total = i.milestones.reduce((s, m) => s + m.weight, 0);
      const done = i.milestones.filter((m) => m.completedDate).reduce((s, m) => s + m.weight, 0);
      expect(row.progress).toBe(initiativeProgress(i.status, { totalWeight: total, doneWeight: done }));
      const open = i.milestones.filter((m) => !m.completedDate).sort((a, b) => a.forecastDate.getTime() - b.forecastDate.getTime() || a.sortOrder - b.sortOrder);
      expect(row.nextMilestoneTitle).toBe(open[0]?.title ?? null);
      expect(row.delayDays).toBe(initiativeDelayDays(i.milestones.map(datesOf), "2026-11-25"));
      expect(row.overdueMilestones).toBe(i.milestones.filter((m) => isOverdue(datesOf(m), "2026-11-25")).length);
      expect(row.budgetPlanned).toBe(fromCents(i.budgetLines.reduce((s, b) => s + toCents(b.planned.toFixed(2)), 0)));
      expect(row.budgetActual).toBe(fromCents(i.budgetLines.reduce((s, b) => s + toCents(b.actual.toFixed(2)), 0)));
      expect(row.leads).toEqual(i.leads.map((l) => l.user.name).sort((a, b) => (a < b ? -1 : 1)));
      expect([...row.partnerSlugs].sort()).toEqual([...new Set(i.partners.map((p) => p.partner.slug))].sort());
      expect([...row.districtSlugs].sort()).toEqual(i.districts.map((d) => d.district.slug).sort());
    }
  });

  it("takes the last change by a person from the audit log and flags the initiative stale after the configured days", async () => {
    const admin = await actorFor(demo.t, "admin@demo.masterplan.example");
    const at = new Date("2026-11-20T08:00:00Z");
    // An initiative whose last change by a person (as the demo left it) lies before `at`.
    const target = (await listPortfolioRows(demo.prisma, demo.council, { now: NOW })).find((r) => r.lastUpdate !== null && r.lastUpdate < at.toISOString())!;
    await demo.prisma.auditEvent.create({ data: { at, actorId: admin.id, action: "initiative.update", entityType: "Initiative", entityId: target.id, initiativeId: target.id } });
    await demo.prisma.auditEvent.create({ data: { at: NOW, actorLabel: "seed", action: "initiative.update", entityType: "Initiative", initiativeId: target.id } });
    const row = (await listPortfolioRows(demo.prisma, demo.council, { now: NOW, staleAfterDays: 30 })).find((r) => r.id === target.id)!;
    expect(row.lastUpdate).toBe(at.toISOString());
    expect(row.stale).toBe(false);
    const later = (await listPortfolioRows(demo.prisma, demo.council, { now: new Date("2027-01-01T00:00:00Z"), staleAfterDays: 30 })).find((r) => r.id === target.id)!;
    expect(later.stale).toBe(true);
  });

  it("gives every initiative the delay and overdue count of lib/milestones/lateness.ts, also on another day", async () => {
    for (const now of [NOW, new Date("2027-03-31T21:30:00Z")]) {
      const today = now === NOW ? "2026-11-25" : "2027-03-31"; // 23:30 in Berlin is still the 31st
      const rows = await listPortfolioRows(demo.prisma, demo.council, { now });
      const initiatives = await demo.prisma.initiative.findMany({
        where: { archivedAt: null },
        select: { id: true, milestones: { select: { baselineDate: true, forecastDate: true, completedDate: true } } },
      });
      const byId = new Map(initiatives.map((i) => [i.id, i.milestones.map(datesOf)]));
      for (const row of rows) {
        const ms = byId.get(row.id)!;
        expect(row.delayDays, row.code).toBe(initiativeDelayDays(ms, today));
        expect(row.overdueMilestones, row.code).toBe(ms.filter((m) => isOverdue(m, today)).length);
      }
      expect(rows.some((r) => (r.delayDays ?? 0) > 0)).toBe(true);
    }
  });

  it("counts a milestone 90 days overdue that was never re-forecast as 90 days of delay, not 0", async () => {
    const ref = await demo.prisma.initiative.findFirstOrThrow({ where: { code: "GES-01" }, select: { fieldOfActionId: true, departmentId: true } });
    const created = await demo.prisma.initiative.create({
      data: {
        code: "GES-90", slug: "neunzig-tage", title: "Neunzig Tage überfällig", fieldOfActionId: ref.fieldOfActionId, departmentId: ref.departmentId,
        milestones: {
          create: [
            { title: "Nie neu prognostiziert", weight: 1, baselineDate: new Date("2026-08-27"), forecastDate: new Date("2026-08-27") },
            { title: "Früh erledigt", weight: 1, baselineDate: new Date("2026-06-01"), forecastDate: new Date("2026-06-01"), completedDate: new Date("2026-05-20") },
          ],
        },
      },
    });
    try {
      const row = (await listPortfolioRows(demo.prisma, demo.council, { now: NOW })).find((r) => r.code === "GES-90")!;
      expect(row).toMatchObject({ delayDays: 90, overdueMilestones: 1, nextMilestoneDate: "2026-08-27" });
      // Due today is not overdue and not late; the day after it is one day late.
      const onTheDay = (await listPortfolioRows(demo.prisma, demo.council, { now: new Date("2026-08-27T21:30:00Z") })).find((r) => r.code === "GES-90")!;
      expect(onTheDay).toMatchObject({ delayDays: 0, overdueMilestones: 0 });
      const dayAfter = (await listPortfolioRows(demo.prisma, demo.council, { now: new Date("2026-08-27T22:30:00Z") })).find((r) => r.code === "GES-90")!;
      expect(dayAfter).toMatchObject({ delayDays: 1, overdueMilestones: 1 });
    } finally {
      await demo.prisma.milestone.deleteMany({ where: { initiativeId: created.id } });
      await demo.prisma.initiative.delete({ where: { id: created.id } });
    }
  });

  it("refuses anonymous viewers", async () => {
    await expect(listPortfolioRows(demo.prisma, null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("offers the filter choices with labels, fields in the masterplan's order", async () => {
    const options = await listPortfolioFacetOptions(demo.prisma, demo.council);
    expect(options.fields.map((f) => f.value)).toEqual(["VER", "MOB", "BIL", "INF", "WIR", "UMW", "GES"]);
    expect(options.departments.map((d) => d.value)).toContain("DIGI");
    expect(options.partners.length).toBeGreaterThan(0);
    expect(options.districts.length).toBeGreaterThan(0);
  });
});

describe("the portfolio's query count", () => {
  it("stays the same when the portfolio grows", async () => {
    const viewer = await actorFor(demo.t, "rat@demo.masterplan.example");
    const load = () => Promise.all([listPortfolioRows(demo.counting, viewer, { now: NOW }), listPortfolioFacetOptions(demo.counting, viewer)]);
    await load();
    const small = await countQueries(demo.counting, load);
    await seedLarge(demo.prisma, { initiatives: 150, milestones: 1_200, kpis: 40, measurementsPerKpi: 20, auditEvents: 1_000 }, { today: NOW, chunkSize: 500 });
    const big = await countQueries(demo.counting, load);
    expect(big.result[0].length).toBe(await demo.prisma.initiative.count({ where: { archivedAt: null } }));
    expect(big.result[0].length).toBeGreaterThan(small.result[0].length * 2);
    expect(big.count).toBe(small.count);
    // Two for the rows and the choices, three for the dependency flags (dependencies, their initiatives, their milestones).
    expect(big.count).toBe(5);
  });
});
