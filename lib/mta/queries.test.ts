// The trend analysis loaders on the demo data: slips per milestone and per partner against values
// worked out by hand from the seeded rows (INF-02, "today" 2026-11-25), the field's SQL aggregates
// against the same rule applied to every milestone in JavaScript, and constant query counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countingClient, countQueries } from "@/lib/db/query-counter";
import type { TestDatabase } from "@/lib/db/testing";
import { actorFor, useTestDatabase } from "@/tests/db";
import { getFieldMta, getInitiativeMta } from "./queries";
import { dayIso } from "./trend";

const TODAY = "2026-11-25";
const DAY = 86_400_000;
let t: TestDatabase;
let counting: PrismaClient;
let viewer: Awaited<ReturnType<typeof actorFor>>;

beforeAll(async () => {
  t = await useTestDatabase("demo");
  counting = countingClient(t.database.factory);
  viewer = await actorFor(t, "betrachter@demo.masterplan.example");
});
afterAll(async () => {
  await counting?.$disconnect();
});

describe("milestone trend of one initiative", () => {
  it("rejects a reader without a session", async () => {
    await expect(getInitiativeMta(t.prisma, null, "INF-02", TODAY)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("returns null for an unknown initiative", async () => {
    expect(await getInitiativeMta(t.prisma, viewer, "XXX-99", TODAY)).toBeNull();
  });

  it("computes each milestone's slip: completion or forecast minus baseline, by hand for INF-02", async () => {
    const mta = (await getInitiativeMta(t.prisma, viewer, "INF-02", TODAY))!;
    // 2022-01-29 − 2021-11-01, 2023-05-16 − 2022-11-01, 2024-01-25 − 2023-11-01, 2025-02-16 − 2024-10-31,
    // 2026-05-19 − 2025-10-31; the last two are open and still planned for their baseline.
    expect(mta.milestones.map((m) => [m.label, m.slipDays])).toEqual([
      ["M1", 89],
      ["M2", 196],
      ["M3", 85],
      ["M4", 108],
      ["M5", 200],
      ["M6", 0],
      ["M7", 0],
    ]);
    // M6's forecast (2026-10-31) has passed without completion: no slip recorded, yet not on time.
    expect(mta.milestones.map((m) => m.onTime)).toEqual([false, false, false, false, false, false, true]);
    expect(mta.milestones[5]!.overdue).toBe(true);
  });

  it("summarises slips per responsible partner, by hand for INF-02", async () => {
    const mta = (await getInitiativeMta(t.prisma, viewer, "INF-02", TODAY))!;
    const bySlug = Object.fromEntries(mta.partners.map((p) => [p.partner?.slug ?? "none", p.summary]));
    expect(bySlug.dvv).toEqual({ count: 1, meanSlipDays: 89, maxSlipDays: 89, slippedCount: 1, onTimeShare: 0 });
    expect(bySlug["huawei-technologies-deutschland"]).toEqual({ count: 2, meanSlipDays: 100, maxSlipDays: 200, slippedCount: 1, onTimeShare: 0.5 });
    expect(bySlug.none).toEqual({ count: 4, meanSlipDays: 97.25, maxSlipDays: 196, slippedCount: 3, onTimeShare: 0 });
    // Milestones without a responsible partner come last.
    expect(mta.partners[mta.partners.length - 1]!.partner).toBeNull();
  });

  it("reads the forecast in effect at each quarter end from the history, later move of a quarter winning", async () => {
    const mta = (await getInitiativeMta(t.prisma, viewer, "INF-02", TODAY))!;
    const column = (date: string) => mta.chart.dates.findIndex((d) => d.date === date);
    const m2 = mta.chart.rows[1]!;
    // M2 "Förderbescheid erhalten": moved on 2022-10-27 (to 2023-01-08) and on 2022-11-29 (to 2023-03-16).
    expect(m2.cells[column("2022-09-30")]).toEqual({ kind: "forecast", date: "2022-11-01", overdue: false });
    expect(m2.cells[column("2022-12-31")]).toEqual({ kind: "forecast", date: "2023-03-16", overdue: false });
    expect(m2.cells[column("2023-03-31")]).toEqual({ kind: "forecast", date: "2023-05-23", overdue: false });
    expect(m2.cells[column("2023-06-30")]).toEqual({ kind: "done", date: "2023-05-16" });
    // Its line ends on the diagonal at the completion.
    const last = m2.points[m2.points.length - 1]!;
    expect([dayIso(last.x), dayIso(last.y)]).toEqual(["2023-05-16", "2023-05-16"]);
    // Report dates run from the quarter of the creation (2020-08-15) to today.
    expect(mta.chart.dates[0]).toEqual({ date: "2020-09-30", period: "2020-Q3" });
    expect(mta.chart.dates[mta.chart.dates.length - 1]).toEqual({ date: TODAY, period: null });
  });

  it("sends the same number of queries however many milestones and forecasts an initiative has", async () => {
    const small = await countQueries(counting, () => getInitiativeMta(counting, viewer, "INF-02", TODAY));
    const initiative = await t.prisma.initiative.findUniqueOrThrow({ where: { code: "INF-02" }, select: { id: true } });
    for (let i = 0; i < 25; i++) {
      await t.prisma.milestone.create({
        data: {
          initiativeId: initiative.id,
          title: `Zusatz ${i}`,
          sortOrder: 100 + i,
          baselineDate: new Date("2027-01-01"),
          forecastDate: new Date("2027-03-01"),
          forecasts: { create: [{ forecastDate: new Date("2027-01-01"), reason: "Ausgangsplanung" }, { forecastDate: new Date("2027-03-01"), reason: "Verzug" }] },
        },
      });
    }
    const large = await countQueries(counting, () => getInitiativeMta(counting, viewer, "INF-02", TODAY));
    expect(large.result!.milestones.length).toBe(small.result!.milestones.length + 25);
    expect(large.count).toBe(small.count);
  });
});

describe("milestone trend of a field of action", () => {
  it("aggregates slips per initiative and per partner in SQL exactly as the rule does per milestone", async () => {
    const fresh = await useTestDatabase("demo");
    const mta = (await getFieldMta(fresh.prisma, viewer, "INF", TODAY))!;
    const rows = await fresh.prisma.milestone.findMany({
      where: { initiative: { fieldOfAction: { code: "INF" }, archivedAt: null } },
      select: { baselineDate: true, forecastDate: true, completedDate: true, initiative: { select: { code: true } }, responsiblePartner: { select: { slug: true } } },
    });
    // Independent of lib/mta: day arithmetic on the raw dates.
    const facts = rows.map((m) => {
      const end = m.completedDate ?? m.forecastDate;
      const slip = Math.round((end.getTime() - m.baselineDate.getTime()) / DAY);
      const overdue = !m.completedDate && m.forecastDate.toISOString().slice(0, 10) < TODAY;
      return { code: m.initiative.code, partner: m.responsiblePartner?.slug ?? null, slip, onTime: slip <= 0 && !overdue };
    });
    const expectFor = (list: typeof facts) => ({
      count: list.length,
      meanSlipDays: list.reduce((a, f) => a + f.slip, 0) / list.length,
      maxSlipDays: Math.max(...list.map((f) => f.slip)),
      slippedCount: list.filter((f) => f.slip > 0).length,
      onTimeShare: list.filter((f) => f.onTime).length / list.length,
    });
    const codes = [...new Set(facts.map((f) => f.code))];
    expect(mta.initiatives.map((i) => i.code).sort()).toEqual(codes.sort());
    for (const i of mta.initiatives) {
      const exp = expectFor(facts.filter((f) => f.code === i.code));
      expect(i.summary.meanSlipDays).toBeCloseTo(exp.meanSlipDays, 9);
      expect({ ...i.summary, meanSlipDays: 0 }).toEqual({ ...exp, meanSlipDays: 0 });
    }
    for (const p of mta.partners) {
      const exp = expectFor(facts.filter((f) => f.partner === (p.partner?.slug ?? null)));
      expect(p.summary.meanSlipDays).toBeCloseTo(exp.meanSlipDays, 9);
      expect({ ...p.summary, meanSlipDays: 0 }).toEqual({ ...exp, meanSlipDays: 0 });
    }
    expect(mta.partners.reduce((a, p) => a + p.summary.count, 0)).toBe(rows.length);
    // By hand for INF-02: 7 milestones, largest slip 200 days, mean 678/7.
    const inf02 = mta.initiatives.find((i) => i.code === "INF-02")!.summary;
    expect([inf02.count, inf02.maxSlipDays, inf02.meanSlipDays]).toEqual([7, 200, 678 / 7]);
  });

  it("charts the most slipped milestones of the field, largest slip first, at most the limit", async () => {
    const mta = (await getFieldMta(t.prisma, viewer, "INF", TODAY, 5))!;
    const slips = mta.topMilestones.map((m) => m.slipDays);
    expect(slips).toHaveLength(5);
    expect([...slips].sort((a, b) => b - a)).toEqual(slips);
    expect(slips.every((s) => s > 0)).toBe(true);
    expect(mta.chart!.rows.map((r) => r.label)).toEqual(["M1", "M2", "M3", "M4", "M5"]);
    const largest = await t.prisma.$queryRaw<{ slip: number }[]>`
      SELECT max(coalesce(m.completed_date, m.forecast_date) - m.baseline_date)::int AS slip
      FROM milestones m JOIN initiatives i ON i.id = m.initiative_id JOIN fields_of_action f ON f.id = i.field_of_action_id
      WHERE f.code = 'INF' AND i.archived_at IS NULL`;
    expect(slips[0]).toBe(largest[0]!.slip);
  });

  it("returns null for an unknown field and rejects a reader without a session", async () => {
    expect(await getFieldMta(t.prisma, viewer, "XYZ", TODAY)).toBeNull();
    await expect(getFieldMta(t.prisma, undefined, "INF", TODAY)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("sends the same number of queries for a small and a large field", async () => {
    const small = await countQueries(counting, () => getFieldMta(counting, viewer, "GES", TODAY));
    const large = await countQueries(counting, () => getFieldMta(counting, viewer, "INF", TODAY));
    expect(large.result!.topMilestones.length).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(6);
  });
});
