// Milestone punctuality of the filtered initiatives, by the one definition of lateness
// (lib/milestones/lateness.ts, its SQL fragments):
// - delay: delayDays: completion minus baseline for done milestones (negative: early), for open
//   ones the later of forecast and today minus baseline, never negative (so an overdue milestone
//   that was never re-forecast still counts its days);
// - on time: a completed milestone with a delay of 0 or less (done on or before its baseline);
// - overdue: an open milestone whose due date lies before today (isOverdue);
// - trend: per quarter of completion, how many were completed, how many on time, mean delay.
// With a period filter only milestones due in it (baseline date within the period) count.
// One statement groups by quarter of completion (open milestones form the group without one);
// the overall figures are sums of the groups, so they agree with the trend exactly.
import { assertCan, type Actor } from "@/lib/authz/policy";
import { appNow, cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { delayDaysSql, overdueSql } from "@/lib/milestones/lateness";
import type { DashboardFilters } from "./filters";
import { initiativeScope } from "./scope";

export type QuarterPunctuality = {
  /** "2026-Q3": the quarter the milestones were completed in. */
  quarter: string;
  completed: number;
  onTime: number;
  /** Share on time in [0, 1]. */
  onTimeShare: number;
  /** Mean delay in days (completion minus baseline). */
  averageDelayDays: number;
};

export type PunctualityFigures = {
  completed: number;
  onTime: number;
  /** Share of completed milestones done on time, null when none is completed. */
  onTimeShare: number | null;
  /** Mean delay of completed milestones in days (completion minus baseline), null when none is completed. */
  averageDelayDaysDone: number | null;
  open: number;
  /** Open milestones overdue today. */
  overdue: number;
  /** Mean delay of open milestones today (later of forecast and today, minus baseline, at least 0), null when none. */
  averageDelayDaysOpen: number | null;
  trend: QuarterPunctuality[];
};

export type PunctualityOptions = {
  /** The moment "today" is read from (the city's calendar day); appNow() when omitted. */
  now?: Date;
  /** The city's day (YYYY-MM-DD) directly; cityToday(now) when omitted. */
  today?: string;
};

type Row = { quarter: string | null; count: number; on_time: number; overdue: number; delay_days: number };

export async function getMilestonePunctuality(db: Db, viewer: Actor | null | undefined, filters: DashboardFilters, opts: PunctualityOptions = {}): Promise<PunctualityFigures> {
  assertCan(viewer, "portfolio.read");
  const today = opts.today ?? cityToday(opts.now ?? appNow());
  const m = Prisma.sql`m`;
  const start = filters.period?.start ?? "0001-01-01";
  const end = filters.period?.end ?? "9999-12-31";
  const rows = await db.$queryRaw<Row[]>`
    SELECT to_char(date_trunc('quarter', m.completed_date), 'YYYY"-Q"Q') AS quarter,
           COUNT(*)::int AS count,
           COUNT(*) FILTER (WHERE m.completed_date IS NOT NULL AND ${delayDaysSql(today, m)} <= 0)::int AS on_time,
           COUNT(*) FILTER (WHERE ${overdueSql(today, m)})::int AS overdue,
           COALESCE(SUM(${delayDaysSql(today, m)}), 0)::int AS delay_days
    FROM milestones m
    JOIN initiatives i ON i.id = m.initiative_id
    WHERE ${initiativeScope(filters)} AND m.baseline_date BETWEEN ${start}::date AND ${end}::date
    GROUP BY 1
    ORDER BY 1 NULLS LAST`;
  const done = rows.filter((r) => r.quarter !== null);
  const open = rows.find((r) => r.quarter === null);
  const completed = done.reduce((s, r) => s + r.count, 0);
  const onTime = done.reduce((s, r) => s + r.on_time, 0);
  const delayDone = done.reduce((s, r) => s + r.delay_days, 0);
  return {
    completed,
    onTime,
    onTimeShare: completed ? onTime / completed : null,
    averageDelayDaysDone: completed ? delayDone / completed : null,
    open: open?.count ?? 0,
    overdue: open?.overdue ?? 0,
    averageDelayDaysOpen: open?.count ? open.delay_days / open.count : null,
    trend: done.map((r) => ({
      quarter: r.quarter!,
      completed: r.count,
      onTime: r.on_time,
      onTimeShare: r.on_time / r.count,
      averageDelayDays: r.delay_days / r.count,
    })),
  };
}
