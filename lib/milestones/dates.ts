// Calendar arithmetic for milestones: "today" in the city's time zone, slip in days and the
// overdue rule. Dates travel as YYYY-MM-DD strings and are stored as UTC midnight.

/** The city's calendar decides what "today" is (mark done, overdue). */
export const CITY_TIME_ZONE = "Europe/Berlin";

const DAY_MS = 86_400_000;

/** Today's date (YYYY-MM-DD) in the city's time zone. */
export function cityToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en", { timeZone: CITY_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** A stored date column as YYYY-MM-DD. */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** YYYY-MM-DD as the value of a date column. */
export const dateValue = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateValue(to).getTime() - dateValue(from).getTime()) / DAY_MS);
}

type Dates = { baselineDate: string; forecastDate: string; completedDate: string | null };

/** Slip against the baseline: completion (when done) or forecast minus baseline, in days. */
export function slipDays(m: Dates): number {
  return daysBetween(m.baselineDate, m.completedDate ?? m.forecastDate);
}

/** Overdue: not done and the forecast lies before today. */
export function isOverdue(m: Dates, today: string): boolean {
  return m.completedDate === null && m.forecastDate < today;
}
