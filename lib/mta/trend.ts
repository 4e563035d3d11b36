// Milestone trend analysis (Meilensteintrendanalyse), the pure part: which forecast was in effect
// for a milestone at each report date, and the points of the classic triangular chart. Report
// dates are the ends of the calendar quarters from the first forecast up to today, plus today
// itself as the last column, so every milestone is read at the same moments.
// The queries load rows; everything here works on plain values so it can be tested without a database.
import { cityToday, dateValue, isoDate } from "@/lib/dates";
import { isOverdue } from "@/lib/milestones/lateness";
import { periodEnd, periodOfDate, shiftPeriod } from "@/lib/reports/period";

const DAY_MS = 86_400_000;

/** One entry of a milestone's forecast history: from `reportedAt` on, `forecastDate` was the plan. */
export type ForecastEntry = { reportedAt: Date; forecastDate: string };

export type TrendMilestone = {
  id: string;
  title: string;
  baselineDate: string;
  forecastDate: string;
  completedDate: string | null;
  /** The baseline counts from here, also when the history holds no entry for it. */
  createdAt: Date;
  history: ForecastEntry[];
};

/** A report date: a quarter end, or today (the current quarter has not ended yet). */
export type ReportDate = { date: string; period: string | null };

/** What the trend table shows for a milestone at a report date. */
export type TrendCell =
  | { kind: "none" }
  | { kind: "forecast"; date: string; overdue: boolean }
  | { kind: "done"; date: string };

/** A chart point: x = report date, y = forecast date, both as day numbers (days since 1970-01-01). */
export type TrendPoint = { x: number; y: number };

export const dayNumber = (iso: string): number => Math.round(dateValue(iso).getTime() / DAY_MS);
export const dayIso = (n: number): string => isoDate(new Date(n * DAY_MS));

/** The city's calendar day of an instant (reported_at is a timestamp, report dates are days). */
const dayOf = (instant: Date): string => cityToday(instant);

/**
 * The report dates from the quarter of `from` (a YYYY-MM-DD) to `today`: every quarter end
 * before today, then today. `from` after `today` gives today alone.
 */
export function reportDates(from: string, today: string): ReportDate[] {
  const out: ReportDate[] = [];
  const last = periodOfDate(today);
  for (let p = periodOfDate(from < today ? from : today); p !== last; p = shiftPeriod(p, 1)) {
    out.push({ date: isoDate(periodEnd(p)), period: p });
  }
  out.push({ date: today, period: null });
  return out;
}

/** The earliest day any of the milestones was planned (its creation or its first forecast entry). */
export function firstPlanDay(milestones: TrendMilestone[]): string | null {
  let first: string | null = null;
  for (const m of milestones) {
    for (const at of [m.createdAt, ...m.history.map((h) => h.reportedAt)]) {
      const d = dayOf(at);
      if (first === null || d < first) first = d;
    }
  }
  return first;
}

/**
 * The forecast in effect at the end of `date`: the latest entry reported on or before that day
 * (in the city's calendar), the baseline counting from the milestone's creation. Two moves in the
 * same quarter: only the later one is seen at the quarter's end. Null before creation.
 */
export function forecastInEffect(m: Pick<TrendMilestone, "baselineDate" | "createdAt" | "history">, date: string): string | null {
  const entries = [{ reportedAt: m.createdAt, forecastDate: m.baselineDate }, ...m.history];
  let best: { at: number; forecastDate: string } | null = null;
  for (const e of entries) {
    if (dayOf(e.reportedAt) > date) continue;
    const at = e.reportedAt.getTime();
    if (best === null || at >= best.at) best = { at, forecastDate: e.forecastDate };
  }
  return best?.forecastDate ?? null;
}

/** The table cell of a milestone at one report date. */
export function trendCell(m: TrendMilestone, date: string): TrendCell {
  if (m.completedDate !== null && m.completedDate <= date) return { kind: "done", date: m.completedDate };
  const forecast = forecastInEffect(m, date);
  if (forecast === null) return { kind: "none" };
  // Still open at that date: overdue then by the one definition, read on the report date.
  return { kind: "forecast", date: forecast, overdue: isOverdue({ baselineDate: m.baselineDate, forecastDate: forecast, completedDate: null }, date) };
}

/**
 * The milestone's line in the chart: one point per report date while it is open, and, once
 * completed, a last point on the diagonal at its completion date (forecast = report date).
 */
export function trendPoints(m: TrendMilestone, dates: ReportDate[]): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const { date } of dates) {
    const cell = trendCell(m, date);
    if (cell.kind === "forecast") points.push({ x: dayNumber(date), y: dayNumber(cell.date) });
  }
  if (m.completedDate !== null) {
    const last = dates[dates.length - 1];
    if (last && m.completedDate <= last.date) points.push({ x: dayNumber(m.completedDate), y: dayNumber(m.completedDate) });
  }
  return points;
}

export type TrendRow = { id: string; title: string; cells: TrendCell[]; points: TrendPoint[] };

/** Report dates and each milestone's cells and chart points, read at the same dates. */
export function buildTrend(milestones: TrendMilestone[], today: string): { dates: ReportDate[]; rows: TrendRow[] } {
  const first = firstPlanDay(milestones) ?? today;
  const dates = reportDates(first, today);
  const rows = milestones.map((m) => ({
    id: m.id,
    title: m.title,
    cells: dates.map((d) => trendCell(m, d.date)),
    points: trendPoints(m, dates),
  }));
  return { dates, rows };
}

/** One square domain for both axes (same scale), covering every point, in day numbers. */
export function squareDomain(rows: Pick<TrendRow, "points">[], dates: ReportDate[]): [number, number] {
  const values = rows.flatMap((r) => r.points.flatMap((p) => [p.x, p.y]));
  for (const d of dates) values.push(dayNumber(d.date));
  const min = Math.min(...values);
  const max = Math.max(...values);
  return [min, max > min ? max : min + 1];
}

/**
 * Axis ticks for a day-number domain: year starts when the span is long, quarter starts
 * otherwise. Returned as ISO dates so the page can format them in the reader's language.
 */
export function axisTicks([min, max]: [number, number]): string[] {
  const from = dayIso(min);
  const to = dayIso(max);
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  const ticks: string[] = [];
  if (years >= 3) {
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) ticks.push(`${y}-01-01`);
  } else {
    for (let p = periodOfDate(from); ; p = shiftPeriod(p, 1)) {
      const start = isoDate(new Date(periodEnd(shiftPeriod(p, -1)).getTime() + DAY_MS));
      if (start > to) break;
      ticks.push(start);
    }
  }
  return ticks.filter((t) => t >= from && t <= to);
}
