// The trend analysis loaders on the demo data: slips per milestone and per partner against values
// worked out by hand from the seeded rows (INF-02, "today" 2026-11-25; read from the database, so
// the expectations hold whatever the demo's dates), the field's SQL aggregates
// against the same rule applied to every milestone in JavaScript, and constant query counts.
import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import { demoFixture, useTestDatabase } from "@/tests/db";
import { getFieldMta, getInitiativeMta } from "./queries";
import { cityToday } from "@/lib/dates";
import { periodEnd, periodOfDate } from "@/lib/reports/period";
import { dayIso } from "./trend";

const TODAY = "2026-11-25";
const DAY = 86_400_000;
const demo = demoFixture();

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** An initiative's seeded milestones with slip and overdue by day arithmetic on the raw dates (independent of lib/mta). */
async function seededFacts(code: string) {
  const rows = await demo.prisma.milestone.findMany({
    where: { initiative: { code } },
    orderBy: { sortOrder: "asc" },
    select: {
      baselineDate: true,
      forecastDate: true,
      completedDate: true,
      createdAt: true,
      responsiblePartner: { select: { slug: true } },
      forecasts: { select: { reportedAt: true, forecastDate: true } },
    },
  });
  return rows.map((m) => {
    const slip = Math.round(((m.completedDate ?? m.forecastDate).getTime() - m.baselineDate.getTime()) / DAY);
    const overdue = !m.completedDate && iso(m.forecastDate) < TODAY;
    return { ...m, partner: m.responsiblePartner?.slug ?? "none", slip, overdue, onTime: slip <= 0 && !overdue };
  });
}

/** The summary rule, by hand: count, mean and largest slip, how many slipped, share on time. */
function summaryOf(list: { slip: number; onTime: boolean }[]) {
  return {
    count: list.length,
    meanSlipDays: list.reduce((a, f) => a + f.slip, 0) / list.length,
    maxSlipDays: Math.max(...list.map((f) => f.slip)),
    slippedCount: list.filter((f) => f.slip > 0).length,
    onTimeShare: list.filter((f) => f.onTime).length / list.length,
  };
}

describe("milestone trend of one initiative", () => {
  it("rejects a reader without a session", async () => {
    await expect(getInitiativeMta(demo.prisma, null, "INF-02", TODAY)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("returns null for an unknown initiative", async () => {
    expect(await getInitiativeMta(demo.prisma, demo.viewer, "XXX-99", TODAY)).toBeNull();
  });

  it("computes each milestone's slip: completion or forecast minus baseline, by hand for INF-02", async () => {
    const mta = (await getInitiativeMta(demo.prisma, demo.viewer, "INF-02", TODAY))!;
    const facts = await seededFacts("INF-02");
    expect(mta.milestones.map((m) => [m.label, m.slipDays])).toEqual(facts.map((f, i) => [`M${i + 1}`, f.slip]));
    expect(mta.milestones.map((m) => m.overdue)).toEqual(facts.map((f) => f.overdue));
    expect(mta.milestones.map((m) => m.onTime)).toEqual(facts.map((f) => f.onTime));
    // INF-02 is at risk: the demo keeps one of its milestones overdue (so not on time), and others slipped, on any seeding day.
    expect(facts.some((f) => f.overdue)).toBe(true);
    expect(facts.filter((f) => f.slip > 0).length).toBeGreaterThan(1);
  });

  it("shows how late each milestone is with delayDays and overdue by lib/milestones/lateness.ts, while the slip stays the pure re-planning", async () => {
    const ref = await demo.prisma.initiative.findFirstOrThrow({ where: { code: "GES-01" }, select: { fieldOfActionId: true, departmentId: true } });
    const ms = (title: string, sortOrder: number, baseline: string, forecast: string, completed?: string) => ({
      title, sortOrder, weight: 1, baselineDate: new Date(baseline), forecastDate: new Date(forecast), completedDate: completed ? new Date(completed) : null,
    });
    const created = await demo.prisma.initiative.create({
      data: {
        code: "GES-93", slug: "ges-93-mta", title: "Trendanalyse an der Grenze", fieldOfActionId: ref.fieldOfActionId, departmentId: ref.departmentId,
        milestones: {
          create: [
            ms("Nie neu prognostiziert, 90 Tage überfällig", 1, "2026-08-27", "2026-08-27"),
            ms("Spät erledigt", 2, "2026-06-01", "2026-07-01", "2026-07-11"),
            ms("In die Zukunft verschoben", 3, "2026-11-01", "2027-02-01"),
            ms("Vorgezogen und verpasst", 4, "2027-03-01", "2026-11-20"),
          ],
        },
      },
    });
    try {
      const mta = (await getInitiativeMta(demo.prisma, demo.viewer, "GES-93", TODAY))!;
      expect(mta.milestones.map((m) => [m.slipDays, m.delayDays, m.overdue, m.overdueDays, m.onTime])).toEqual([
        [0, 90, true, 90, false],
        [40, 40, false, 0, false],
        [92, 92, false, 0, false],
        [-101, 0, true, 5, false],
      ]);
      // The day passed down is "today": one day later the never re-forecast milestone is 91 days late.
      const later = (await getInitiativeMta(demo.prisma, demo.viewer, "GES-93", "2026-11-26"))!;
      expect(later.milestones[0]).toMatchObject({ slipDays: 0, delayDays: 91, overdueDays: 91 });
      // The field's SQL aggregates agree with the same rules (on time: no delay and not overdue).
      const field = (await getFieldMta(demo.prisma, demo.viewer, "GES", TODAY))!;
      expect(field.initiatives.find((i) => i.code === "GES-93")!.summary).toEqual({ count: 4, meanSlipDays: 31 / 4, maxSlipDays: 92, slippedCount: 2, onTimeShare: 0 });
    } finally {
      await demo.prisma.milestone.deleteMany({ where: { initiativeId: created.id } });
      await demo.prisma.initiative.delete({ where: { id: created.id } });
    }
  });

  it("summarises slips per responsible partner, by hand for INF-02", async () => {
    const mta = (await getInitiativeMta(demo.prisma, demo.viewer, "INF-02", TODAY))!;
    const bySlug = Object.fromEntries(mta.partners.map((p) => [p.partner?.slug ?? "none", p.summary]));
    const facts = await seededFacts("INF-02");
    const groups = [...new Set(facts.map((f) => f.partner))];
    expect(Object.keys(bySlug).sort()).toEqual(groups.sort());
    for (const slug of groups) {
      const exp = summaryOf(facts.filter((f) => f.partner === slug));
      expect(bySlug[slug]!.meanSlipDays, slug).toBeCloseTo(exp.meanSlipDays, 9);
      expect({ ...bySlug[slug]!, meanSlipDays: 0 }, slug).toEqual({ ...exp, meanSlipDays: 0 });
    }
    // Milestones without a responsible partner come last.
    if (bySlug.none) expect(mta.partners[mta.partners.length - 1]!.partner).toBeNull();
  });

  it("reads the forecast in effect at each quarter end from the history, later move of a quarter winning", async () => {
    const mta = (await getInitiativeMta(demo.prisma, demo.viewer, "INF-02", TODAY))!;
    const facts = await seededFacts("INF-02");
    // By hand from the seeded history: at each report date, "done" once completed; else the forecast of the
    // latest entry reported on or before that day in Berlin (the baseline from the creation on), overdue
    // when it lies before the report date.
    facts.forEach((f, i) => {
      const entries = [{ reportedAt: f.createdAt, forecastDate: f.baselineDate }, ...f.forecasts].sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());
      mta.chart.dates.forEach(({ date }, c) => {
        const known = entries.filter((e) => cityToday(e.reportedAt) <= date);
        const forecast = known.length > 0 ? iso(known[known.length - 1]!.forecastDate) : null;
        const expected =
          f.completedDate && iso(f.completedDate) <= date
            ? { kind: "done", date: iso(f.completedDate) }
            : forecast === null
              ? { kind: "none" }
              : { kind: "forecast", date: forecast, overdue: forecast < date };
        expect(mta.chart.rows[i]!.cells[c], `M${i + 1} ${date}`).toEqual(expected);
      });
    });
    // A completed milestone's line ends on the diagonal at the completion.
    const done = facts.findIndex((f) => f.completedDate !== null);
    expect(done).toBeGreaterThanOrEqual(0);
    const points = mta.chart.rows[done]!.points;
    const last = points[points.length - 1]!;
    expect([dayIso(last.x), dayIso(last.y)]).toEqual([iso(facts[done]!.completedDate!), iso(facts[done]!.completedDate!)]);
    // Report dates run from the quarter of the first plan to today.
    const first = facts.flatMap((f) => [f.createdAt, ...f.forecasts.map((x) => x.reportedAt)]).map((d) => cityToday(d)).sort()[0]!;
    expect(mta.chart.dates[0]).toEqual({ date: iso(periodEnd(periodOfDate(first))), period: periodOfDate(first) });
    expect(mta.chart.dates[mta.chart.dates.length - 1]).toEqual({ date: TODAY, period: null });
  });

  it("sends the same number of queries however many milestones and forecasts an initiative has", async () => {
    const small = await countQueries(demo.counting, () => getInitiativeMta(demo.counting, demo.viewer, "INF-02", TODAY));
    const initiative = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "INF-02" }, select: { id: true } });
    for (let i = 0; i < 25; i++) {
      await demo.prisma.milestone.create({
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
    const large = await countQueries(demo.counting, () => getInitiativeMta(demo.counting, demo.viewer, "INF-02", TODAY));
    expect(large.result!.milestones.length).toBe(small.result!.milestones.length + 25);
    expect(large.count).toBe(small.count);
  });
});

describe("milestone trend of a field of action", () => {
  it("aggregates slips per initiative and per partner in SQL exactly as the rule does per milestone", async () => {
    const fresh = await useTestDatabase("demo");
    const mta = (await getFieldMta(fresh.prisma, demo.viewer, "INF", TODAY))!;
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
    // INF-02 slipped (it is at risk in the demo on any seeding day).
    const inf02 = mta.initiatives.find((i) => i.code === "INF-02")!.summary;
    expect(inf02.maxSlipDays).toBeGreaterThan(0);
    expect(inf02.slippedCount).toBeGreaterThan(1);
  });

  it("charts the most slipped milestones of the field, largest slip first, at most the limit", async () => {
    const mta = (await getFieldMta(demo.prisma, demo.viewer, "INF", TODAY, 5))!;
    const slips = mta.topMilestones.map((m) => m.slipDays);
    expect(slips).toHaveLength(5);
    expect([...slips].sort((a, b) => b - a)).toEqual(slips);
    expect(slips.every((s) => s > 0)).toBe(true);
    expect(mta.chart!.rows.map((r) => r.label)).toEqual(["M1", "M2", "M3", "M4", "M5"]);
    const largest = await demo.prisma.$queryRaw<{ slip: number }[]>`
      SELECT max(coalesce(m.completed_date, m.forecast_date) - m.baseline_date)::int AS slip
      FROM milestones m JOIN initiatives i ON i.id = m.initiative_id JOIN fields_of_action f ON f.id = i.field_of_action_id
      WHERE f.code = 'INF' AND i.archived_at IS NULL`;
    expect(slips[0]).toBe(largest[0]!.slip);
  });

  it("returns null for an unknown field and rejects a reader without a session", async () => {
    expect(await getFieldMta(demo.prisma, demo.viewer, "XYZ", TODAY)).toBeNull();
    await expect(getFieldMta(demo.prisma, undefined, "INF", TODAY)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("sends the same number of queries for a small and a large field", async () => {
    const small = await countQueries(demo.counting, () => getFieldMta(demo.counting, demo.viewer, "GES", TODAY));
    const large = await countQueries(demo.counting, () => getFieldMta(demo.counting, demo.viewer, "INF", TODAY));
    expect(large.result!.topMilestones.length).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(6);
  });
});
