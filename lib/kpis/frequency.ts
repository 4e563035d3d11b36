// When a KPI's next value is due: one period ("Erhebung": monthly, quarterly, yearly) after the
// latest value's day, or after the baseline while there is none. Calendar months, clamped at month
// ends (31 January + 1 month = 28 or 29 February; 29 February + 1 year = 28 February), in whole
// days without time zones. The one definition for the plan's KPI page and the reminders to come.
import type { KpiFrequency } from "@/lib/generated/prisma/enums";

const MONTHS: Record<KpiFrequency, number> = { MONTHLY: 1, QUARTERLY: 3, YEARLY: 12 };

/** YYYY-MM-DD plus whole calendar months, the day clamped to the target month's length. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export function nextDue(frequency: KpiFrequency, lastPeriodDate: string | null, baselineDate: string): string {
  return addMonths(lastPeriodDate ?? baselineDate, MONTHS[frequency]);
}

/** Whether a value is due by `today` (the city's day): the next due day has come. */
export function isDue(frequency: KpiFrequency, lastPeriodDate: string | null, baselineDate: string, today: string): boolean {
  return nextDue(frequency, lastPeriodDate, baselineDate) <= today;
}
