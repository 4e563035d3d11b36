// The reporting obligation (Berichtspflicht), defined once for the inbox, the initiative page, the
// draft action, the reminders and the seed (docs/figures.md, "Status reports"):
// - an initiative owes a report for every quarter it runs: from its actual start; without one,
//   while it is in implementation (IN_PROGRESS, ON_HOLD), from its planned start (not later than
//   today), else from the quarter it was created in the app; never before the masterplan's period;
// - until its actual end; a completed or cancelled initiative without an end date owes nothing;
// - a quarter's report is due at the quarter's end plus a grace period (REPORT_GRACE_DAYS,
//   default 30 days); one submitted after that day, or still not submitted, is late.
import { cityToday, isoDate, addDays } from "@/lib/dates";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { currentPeriod, periodEnd, periodOfDate, previousPeriod, shiftPeriod } from "./period";

export const DEFAULT_REPORT_GRACE_DAYS = 30;

/** REPORT_GRACE_DAYS from the environment (validated in lib/env.ts): whole days ≥ 0, else the default. */
export function reportGraceDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.REPORT_GRACE_DAYS?.trim();
  if (!raw || !/^\d+$/.test(raw)) return DEFAULT_REPORT_GRACE_DAYS;
  return Math.min(Number(raw), 365);
}

/** Statuses in which an initiative is in implementation (Umsetzung); on hold still reports why. */
export const IN_IMPLEMENTATION: readonly InitiativeStatus[] = ["IN_PROGRESS", "ON_HOLD"];

export type ReportingFacts = {
  status: InitiativeStatus;
  actualStart: Date | null;
  actualEnd: Date | null;
  plannedStart?: Date | null;
  /** When the initiative was created in the app: the start when no date says more. */
  createdAt?: Date | null;
  /** First day of its masterplan's period: nothing is owed before it. */
  planStart?: Date | null;
};

/** The quarter of a date column (stored as UTC midnight). */
const quarterOf = (d: Date) => periodOfDate(isoDate(d));
/** The quarter of an instant (a timestamp such as createdAt) in the city's calendar. */
const quarterAtInstant = (d: Date) => periodOfDate(cityToday(d));
const laterOf = (a: string, b: string) => (a > b ? a : b);

/** The first quarter the initiative owes a report for, or null when it owes none (not started). */
export function firstReportingPeriod(f: ReportingFacts, now: Date): string | null {
  let first: string;
  if (f.actualStart) first = quarterOf(f.actualStart);
  else if (IN_IMPLEMENTATION.includes(f.status)) {
    const current = currentPeriod(now);
    if (f.plannedStart) first = quarterOf(f.plannedStart) < current ? quarterOf(f.plannedStart) : current;
    else first = f.createdAt && quarterAtInstant(f.createdAt) < current ? quarterAtInstant(f.createdAt) : current;
  } else return null;
  return f.planStart ? laterOf(first, quarterOf(f.planStart)) : first;
}

/** The last quarter owed: the quarter of the actual end; null = open-ended (still running). "none" = owes nothing. */
function lastReportingPeriod(f: ReportingFacts): string | null | "none" {
  if (f.actualEnd) return quarterOf(f.actualEnd);
  return f.status === "COMPLETED" || f.status === "CANCELLED" ? "none" : null;
}

/** Whether the initiative owes a report for `period` (a past, the current or a future quarter). */
export function reportingRequired(f: ReportingFacts, period: string, now: Date): boolean {
  const first = firstReportingPeriod(f, now);
  const last = lastReportingPeriod(f);
  if (!first || last === "none" || period < first) return false;
  return last === null || period <= last;
}

/** Every quarter owed up to and including the current one, oldest first. */
export function owedPeriods(f: ReportingFacts, now: Date): string[] {
  const first = firstReportingPeriod(f, now);
  const last = lastReportingPeriod(f);
  if (!first || last === "none") return [];
  const current = currentPeriod(now);
  const until = last !== null && last < current ? last : current;
  const periods: string[] = [];
  for (let p = first; p <= until; p = shiftPeriod(p, 1)) periods.push(p);
  return periods;
}

/** The day a quarter's report is due (YYYY-MM-DD): the quarter's last day plus the grace days. */
export function reportDueDate(period: string, graceDays: number): string {
  return addDays(isoDate(periodEnd(period)), graceDays);
}

/**
 * The quarter a report is written for by default: the last completed quarter up to its due day
 * (the grace period), afterwards the current one.
 */
export function defaultReportPeriod(now: Date, graceDays: number): string {
  const current = currentPeriod(now);
  const previous = previousPeriod(current);
  return cityToday(now) <= reportDueDate(previous, graceDays) ? previous : current;
}

/**
 * Late (verspätet): submitted after the due day — or, not submitted yet, the due day has passed.
 * Derived, never stored. A returned report counts by its latest submission.
 */
export function isLate(period: string, submittedAt: Date | null, now: Date, graceDays: number): boolean {
  return cityToday(submittedAt ?? now) > reportDueDate(period, graceDays);
}

/**
 * The quarters a report may be started for, newest first: every quarter owed without a report,
 * and the current one (a report may always be written for it), each with whether it is late.
 * `preferred` is the default choice: defaultReportPeriod when open, else the newest.
 */
export function draftablePeriods(f: ReportingFacts, taken: Iterable<string>, now: Date, graceDays: number) {
  const used = new Set(taken);
  const current = currentPeriod(now);
  const periods = [...new Set([...owedPeriods(f, now), current])].filter((p) => !used.has(p)).sort().reverse();
  const options = periods.map((period) => ({ period, late: isLate(period, null, now, graceDays) }));
  const wanted = defaultReportPeriod(now, graceDays);
  const preferred = options.some((o) => o.period === wanted) ? wanted : (options[0]?.period ?? null);
  return { options, preferred };
}

/** The facts above from an initiative row that selects them (status, dates, createdAt, its masterplan's start). */
export function reportingFacts(i: {
  status: InitiativeStatus;
  actualStart: Date | null;
  actualEnd: Date | null;
  plannedStart: Date | null;
  createdAt: Date;
  fieldOfAction: { masterplan: { periodStart: Date } };
}): ReportingFacts {
  return { status: i.status, actualStart: i.actualStart, actualEnd: i.actualEnd, plannedStart: i.plannedStart, createdAt: i.createdAt, planStart: i.fieldOfAction.masterplan.periodStart };
}

/** Prisma select for reportingFacts. */
export const reportingFactsSelect = {
  status: true,
  actualStart: true,
  actualEnd: true,
  plannedStart: true,
  createdAt: true,
  fieldOfAction: { select: { masterplan: { select: { periodStart: true } } } },
} as const;
