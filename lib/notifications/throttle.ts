// The reminder rhythm (issue 13): the same item is mailed on its first day, on day 7, then every
// 30 days (day 37, 67, …) — not daily. Days are city calendar days (YYYY-MM-DD), counted from the
// day the item first appeared, so a DST change, New Year's Eve or 29 February shift nothing. A
// mail day that passes without a mail (the run did not happen, a weekly preference waited for
// Monday) is caught up on the next run; the rhythm stays anchored to the first day.
import { addDays, daysBetween } from "@/lib/dates";

/** Offsets from the first day (day 1 = offset 0) on which an item is mailed: 0, 6, 36, 66, … */
function nextOffsetAfter(offset: number): number {
  if (offset < 0) return 0;
  if (offset < 6) return 6;
  return 6 + 30 * (Math.floor((offset - 6) / 30) + 1);
}

/** The next city day the item is due for a mail: its first day, then day 7, then every 30 days after the last mail day. */
export function nextMailDay(firstDay: string, lastSentDay: string | null): string {
  if (lastSentDay === null) return firstDay;
  return addDays(firstDay, nextOffsetAfter(daysBetween(firstDay, lastSentDay)));
}

/** Is the item due for a mail on `today`? */
export function isMailDue(firstDay: string, lastSentDay: string | null, today: string): boolean {
  if (lastSentDay !== null && lastSentDay >= today) return false;
  return nextMailDay(firstDay, lastSentDay) <= today;
}

/** Monday in the city's calendar: the day weekly digests go out. */
export function isMonday(day: string): boolean {
  return new Date(`${day}T00:00:00Z`).getUTCDay() === 1;
}

/** The next Monday on or after `day`. */
export function nextMonday(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, (8 - weekday) % 7);
}
