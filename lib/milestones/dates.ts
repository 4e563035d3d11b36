// Calendar arithmetic for milestones: "today" in the city's time zone, slip in days and the
// overdue rule. Dates travel as YYYY-MM-DD strings and are stored as UTC midnight.

/** The city's calendar decides what "today" is (mark done, overdue). */
import { daysBetween } from "@/lib/dates";

export { CITY_TIME_ZONE, cityToday, dateValue, daysBetween, isoDate } from "@/lib/dates";

type Dates = { baselineDate: string; forecastDate: string; completedDate: string | null };

/** Slip against the baseline: completion (when done) or forecast minus baseline, in days. */
export function slipDays(m: Dates): number {
  return daysBetween(m.baselineDate, m.completedDate ?? m.forecastDate);
}

/** Overdue: not done and the forecast lies before today. */
export function isOverdue(m: Dates, today: string): boolean {
  return m.completedDate === null && m.forecastDate < today;
}
