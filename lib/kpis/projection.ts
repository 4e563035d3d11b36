// Where a KPI is heading: the straight planned path from baseline to target, and a projection of
// the recent trend (a least-squares line) with the verdict whether it reaches the target by the
// target date. Pure maths on plain numbers and YYYY-MM-DD dates, so the page explains exactly what
// this file computes and the tests pin it down.
import { dateValue, daysBetween, isoDate } from "@/lib/dates";
import type { KpiDirection } from "@/lib/generated/prisma/enums";
import { expectedValue } from "./attainment";

/** The trend uses the measurements of this many days before the latest one (about a year) ... */
export const TREND_WINDOW_DAYS = 365;
/** ... but never fewer than this many measurements; with fewer in total there is no projection. */
export const MIN_TREND_POINTS = 3;

/** Beyond this many days after the latest measurement a crossing is not named. */
const MAX_PROJECTION_DAYS = 36_500;

export type Point = { date: string; value: number };

export type KpiPlan = {
  direction: KpiDirection;
  baseline: Point;
  target: Point;
};

export type Trend = {
  /** Change per day of the fitted line. */
  slopePerDay: number;
  /** Value of the fitted line on any date. */
  at: (date: string) => number;
  /** The measurements the line was fitted to (oldest first). */
  used: Point[];
};

export type Projection =
  | { kind: "insufficient"; count: number }
  /** The latest measurement already meets the target. */
  | { kind: "reached"; on: string; latest: Point }
  /** The trend line meets the target on `on`, at or before the target date. */
  | { kind: "onTrack"; on: string; trend: Trend; valueAtTarget: number }
  /**
   * The trend line misses the target date by `gap` (in the KPI's unit, always ≥ 0); `lateOn` is the
   * later date the line would meet the target, null when the trend points away or is flat.
   */
  | { kind: "miss"; gap: number; valueAtTarget: number; lateOn: string | null; trend: Trend }
  /** The target date has passed and the latest measurement falls short by `gap`. */
  | { kind: "overdue"; gap: number; latest: Point; trend: Trend };

/** True when `value` meets `target` in the KPI's direction. */
export function meetsTarget(direction: KpiDirection, value: number, target: number): boolean {
  return direction === "HIGHER_IS_BETTER" ? value >= target : value <= target;
}

/** How far `value` falls short of `target` (0 when met), in the KPI's unit. */
export function shortfall(direction: KpiDirection, value: number, target: number): number {
  const gap = direction === "HIGHER_IS_BETTER" ? target - value : value - target;
  return Math.max(0, gap);
}

const addDays = (date: string, days: number) => isoDate(new Date(dateValue(date).getTime() + Math.round(days) * 86_400_000));

/** Value of the straight planned path from baseline to target on `date` (the dashboard's path, lib/kpis/attainment.ts). */
export function plannedValue(plan: KpiPlan, date: string): number {
  const { baseline, target } = plan;
  return expectedValue({ baselineValue: baseline.value, baselineDate: baseline.date, targetValue: target.value, targetDate: target.date }, date);
}

/** The measurements the trend is fitted to: the last TREND_WINDOW_DAYS before the latest, at least MIN_TREND_POINTS. */
export function trendWindow(measurements: Point[]): Point[] {
  const sorted = [...measurements].sort((a, b) => a.date.localeCompare(b.date));
  const latest = sorted[sorted.length - 1];
  if (!latest) return [];
  const inWindow = sorted.filter((m) => daysBetween(m.date, latest.date) <= TREND_WINDOW_DAYS);
  return inWindow.length >= MIN_TREND_POINTS ? inWindow : sorted.slice(-MIN_TREND_POINTS);
}

/** Ordinary least squares through the points, with days as x. Null for fewer than two distinct dates. */
export function fitTrend(points: Point[]): Trend | null {
  if (points.length < 2) return null;
  const origin = points[0]!.date;
  const xs = points.map((p) => daysBetween(origin, p.date));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = points.reduce((a, p) => a + p.value, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => {
    const dx = xs[i]! - meanX;
    sxx += dx * dx;
    sxy += dx * (p.value - meanY);
  });
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slopePerDay: slope, at: (date) => meanY + slope * (daysBetween(origin, date) - meanX), used: points };
}

/** The projection for a KPI from all its measurements (any order). */
export function projectKpi(plan: KpiPlan, measurements: Point[]): Projection {
  if (measurements.length < MIN_TREND_POINTS) return { kind: "insufficient", count: measurements.length };
  const used = trendWindow(measurements);
  const latest = used[used.length - 1]!;
  const { direction, target } = plan;
  if (meetsTarget(direction, latest.value, target.value)) return { kind: "reached", on: latest.date, latest };
  const trend = fitTrend(used);
  if (!trend) return { kind: "insufficient", count: measurements.length };
  if (latest.date >= target.date) return { kind: "overdue", gap: shortfall(direction, latest.value, target.value), latest, trend };

  const valueAtTarget = trend.at(target.date);
  const improving = direction === "HIGHER_IS_BETTER" ? trend.slopePerDay > 0 : trend.slopePerDay < 0;
  // Where the line meets the target value; never before the latest measurement, which does not meet it yet.
  let crossing: string | null = null;
  if (improving) {
    const days = (target.value - trend.at(latest.date)) / trend.slopePerDay;
    // A crawl that needs more than a century is no date worth naming (and would overflow Date).
    if (days <= MAX_PROJECTION_DAYS) crossing = addDays(latest.date, Math.max(0, Math.ceil(days - 1e-9)));
  }
  if (crossing && crossing <= target.date) return { kind: "onTrack", on: crossing, trend, valueAtTarget };
  return { kind: "miss", gap: shortfall(direction, valueAtTarget, target.value), valueAtTarget, lateOn: crossing, trend };
}
