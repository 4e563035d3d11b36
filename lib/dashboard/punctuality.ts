// Milestone punctuality of the filtered initiatives:
// - on time: a completed milestone whose completion date is on or before its baseline date;
// - slip: completion minus baseline in days for done milestones, forecast minus baseline for open
//   ones (negative: early);
// - trend: per quarter of completion, how many were completed, how many on time, mean slip.
// With a period filter only milestones due in it (baseline date within the period) count.
// One statement groups by quarter of completion (open milestones form the group without one);
// the overall figures are sums of the groups, so they agree with the trend exactly.
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { DashboardFilters } from "./filters";
import { initiativeScope } from "./scope";

export type QuarterPunctuality = {
  /** "2026-Q3": the quarter the milestones were completed in. */
  quarter: string;
  completed: number;
  onTime: number;
  /** Share on time in [0, 1]. */
  onTimeShare: number;
  /** Mean slip in days (completion minus baseline). */
  averageSlipDays: number;
};

export type PunctualityFigures = {
  completed: number;
  onTime: number;
  /** Share of completed milestones done on time, null when none is completed. */
  onTimeShare: number | null;
  /** Mean slip of completed milestones in days, null when none. */
  averageSlipDaysDone: number | null;
  open: number;
  /** Mean slip of open milestones (forecast minus baseline) in days, null when none. */
  averageSlipDaysOpen: number | null;
  trend: QuarterPunctuality[];
};

type Row = { quarter: string | null; count: number; on_time: number; slip_days: number };

export async function getMilestonePunctuality(db: Db, viewer: Actor | null | undefined, filters: DashboardFilters): Promise<PunctualityFigures> {
  assertCan(viewer, "portfolio.read");
  const start = filters.period?.start ?? "0001-01-01";
  const end = filters.period?.end ?? "9999-12-31";
  const rows = await db.$queryRaw<Row[]>`
    SELECT to_char(date_trunc('quarter', m.completed_date), 'YYYY"-Q"Q') AS quarter,
           COUNT(*)::int AS count,
           COUNT(*) FILTER (WHERE m.completed_date <= m.baseline_date)::int AS on_time,
           COALESCE(SUM(COALESCE(m.completed_date, m.forecast_date) - m.baseline_date), 0)::int AS slip_days
    FROM milestones m
    JOIN initiatives i ON i.id = m.initiative_id
    WHERE ${initiativeScope(filters)} AND m.baseline_date BETWEEN ${start}::date AND ${end}::date
    GROUP BY 1
    ORDER BY 1 NULLS LAST`;
  const done = rows.filter((r) => r.quarter !== null);
  const open = rows.find((r) => r.quarter === null);
  const completed = done.reduce((s, r) => s + r.count, 0);
  const onTime = done.reduce((s, r) => s + r.on_time, 0);
  const slipDone = done.reduce((s, r) => s + r.slip_days, 0);
  return {
    completed,
    onTime,
    onTimeShare: completed ? onTime / completed : null,
    averageSlipDaysDone: completed ? slipDone / completed : null,
    open: open?.count ?? 0,
    averageSlipDaysOpen: open?.count ? open.slip_days / open.count : null,
    trend: done.map((r) => ({
      quarter: r.quarter!,
      completed: r.count,
      onTime: r.on_time,
      onTimeShare: r.on_time / r.count,
      averageSlipDays: r.slip_days / r.count,
    })),
  };
}
