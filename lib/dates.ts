// Calendar dates as the city sees them. Date columns hold UTC midnight of the calendar day;
// "today" is the day in Europe/Berlin, not in UTC.
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
