// When a KPI's next value is due ("Erhebung": monthly, quarterly, yearly), the one definition for
// the KPI cards, the plan's KPI page and the reminders. Periods are calendar months, quarters and
// years, and a period's value is due on its last day (its Stichtag), so due days never drift
// (31 March → 30 June → 30 September → 31 December; February ends on the 28th or the 29th):
// - a measured value stands for the whole period it falls in: the next value is due on the last
//   day of the following period (a value of 20 November, monthly, makes December's the next one);
// - while there is none, the baseline is the state on its day: the first value is due on the
//   first period end after it (baseline 1 January, quarterly: 31 March; baseline 31 December: 31 March).
// A value is due once that day has come (`today`, the city's day, from cityToday()); the day stays
// the earliest period without a value, so a KPI behind by several periods reads "due since" its first gap.
// Dates are YYYY-MM-DD strings, whole days without time zones.
import type { KpiFrequency } from "@/lib/generated/prisma/enums";

const MONTHS: Record<KpiFrequency, number> = { MONTHLY: 1, QUARTERLY: 3, YEARLY: 12 };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The last day of month `month` (1–12, may run past 12 into the next years) of `year`. */
function monthEnd(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/** The last day of the period (`periodsAhead` periods after the one that contains `iso`). */
export function periodEnd(frequency: KpiFrequency, iso: string, periodsAhead = 0): string {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  const length = MONTHS[frequency];
  return monthEnd(y, Math.ceil(m / length) * length + periodsAhead * length);
}

export type NextDue = {
  /** The day the next value is (or was) due. */
  date: string;
  /** Whether that day has come by `today`: the value is due, or overdue since `date`. */
  due: boolean;
};

export function nextDue(frequency: KpiFrequency, lastPeriodDate: string | null, baselineDate: string, today: string): NextDue {
  let date: string;
  if (lastPeriodDate !== null) date = periodEnd(frequency, lastPeriodDate, 1);
  else {
    const end = periodEnd(frequency, baselineDate);
    date = end > baselineDate ? end : periodEnd(frequency, baselineDate, 1);
  }
  return { date, due: date <= today };
}
