// The roadmap's time axis as pure functions: a domain of whole calendar years around the shown
// dates and today, positions in percent of the axis (so the HTML/CSS timeline needs no script and
// prints at any width), year and quarter marks, and the bars of one initiative.
import { dateValue, isoDate } from "@/lib/dates";

const DAY_MS = 86_400_000;

export type TimelineScale = {
  /** First day of the axis (1 January). */
  start: string;
  /** Day after the axis ends (1 January of the year after the last date). */
  end: string;
  years: { year: number; left: number; width: number }[];
  /** Starts of the 2nd to 4th quarter of each year (year starts are drawn as year marks). */
  quarters: { label: string; left: number }[];
  today: number;
};

/** Days since 1970 of a YYYY-MM-DD date, without a Date object (a page positions thousands of dates). */
const days = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** The axis for the given dates (nulls ignored) and today, in whole years. */
export function timelineScale(dates: (string | null | undefined)[], today: string): TimelineScale {
  const known = [today, ...dates.filter((d): d is string => !!d)];
  const firstYear = Number(known.reduce((a, b) => (a < b ? a : b)).slice(0, 4));
  const lastYear = Number(known.reduce((a, b) => (a > b ? a : b)).slice(0, 4));
  const start = `${firstYear}-01-01`;
  const end = `${lastYear + 1}-01-01`;
  const at = (iso: string) => position({ start, end }, iso);
  const years: TimelineScale["years"] = [];
  const quarters: TimelineScale["quarters"] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    years.push({ year: y, left: at(`${y}-01-01`), width: at(`${y + 1}-01-01`) - at(`${y}-01-01`) });
    for (const [q, month] of [[2, "04"], [3, "07"], [4, "10"]] as const) quarters.push({ label: `Q${q}`, left: at(`${y}-${month}-01`) });
  }
  return { start, end, years, quarters, today: at(today) };
}

/** Where a day lies on the axis, in percent (0 = start, 100 = end), clamped to the axis. */
export function position(scale: Pick<TimelineScale, "start" | "end">, iso: string): number {
  const from = days(scale.start);
  const pct = ((days(iso) - from) / (days(scale.end) - from)) * 100;
  return Math.min(100, Math.max(0, pct));
}

/** A bar from `from` to the end of day `to`, in percent; at least a sliver so a one-day span stays visible. */
export function bar(scale: Pick<TimelineScale, "start" | "end">, from: string, to: string): { left: number; width: number } {
  const left = position(scale, from);
  const right = position(scale, isoDate(new Date(dateValue(to).getTime() + DAY_MS)));
  return { left, width: Math.max(0.2, right - left) };
}
