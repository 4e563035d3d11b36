// Calendar arithmetic for milestones, for callers whose milestones always carry a baseline and a
// forecast (the database requires both). The rules themselves live in ./lateness.ts.
import { isOverdue as overdueRule, slipDays as slipRule, delayDays as delayRule, type MilestoneDates } from "./lateness";

export { cityToday, dateValue, daysBetween, isoDate } from "@/lib/dates";

type Dates = { baselineDate: string; forecastDate: string; completedDate: string | null };

/** Slip against the baseline: completion (when done) or forecast minus baseline, in days. */
export const slipDays = (m: Dates): number => slipRule(m)!;

/** Delay against the baseline on `today` (lateness.ts): grows while an open milestone is overdue. */
export const delayDays = (m: Dates, today: string): number => delayRule(m, today)!;

/** Overdue: not done and the forecast lies before today. */
export const isOverdue = (m: MilestoneDates, today: string): boolean => overdueRule(m, today);
