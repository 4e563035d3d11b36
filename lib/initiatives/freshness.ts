// Is an initiative being kept current? Pure rules, shared by the internal pages and their tests:
// an initiative is "stale" when no person has changed anything about it for STALE_AFTER_DAYS days
// (default 90), and a milestone is overdue when its forecast date has passed and it is not done.

import { isOverdue } from "@/lib/milestones/lateness";

export const DEFAULT_STALE_AFTER_DAYS = 90;
const DAY = 86_400_000;

/** STALE_AFTER_DAYS from the environment: a whole number of days ≥ 1, else the default. */
export function staleAfterDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.STALE_AFTER_DAYS?.trim();
  if (!raw || !/^\d+$/.test(raw)) return DEFAULT_STALE_AFTER_DAYS;
  const days = Number(raw);
  return days >= 1 ? days : DEFAULT_STALE_AFTER_DAYS;
}

/**
 * True when the last change by a person is more than `days` days before `now`. An initiative that
 * no person has ever changed (only imported or seeded) counts as stale: nobody has confirmed it.
 */
export function isStale(lastUpdated: Date | null, now: Date, days: number): boolean {
  if (!lastUpdated) return true;
  return now.getTime() - lastUpdated.getTime() > days * DAY;
}

/** Calendar dates compare as YYYY-MM-DD; a Date is read as the UTC calendar day the DATE column stores. */
const asDay = (d: Date | string) => (typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** Overdue (lib/milestones/lateness.ts) for rows that carry Date columns. */
export function isMilestoneOverdue(m: { forecastDate: Date | string; completedDate: Date | string | null }, today: string): boolean {
  return isOverdue({ baselineDate: null, forecastDate: asDay(m.forecastDate), completedDate: m.completedDate ? asDay(m.completedDate) : null }, today);
}
