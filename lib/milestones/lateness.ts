// Lateness, defined once. Every page, export, API and report asks this module whether a milestone
// is overdue and how late it is; the SQL fragments below say the same thing for queries that count
// or sort in the database, and lateness.test.ts checks that both versions agree day by day.
//
// - Due date: the current forecast; a milestone never re-forecast has its baseline as forecast.
// - Overdue: not completed and the due date lies before today (the city's calendar day, lib/dates.ts).
//   A milestone with neither forecast nor baseline ("no baseline") is never overdue by accident.
// - Delay in days: completed → completed − baseline (negative when done early);
//   open → max(forecast, today) − baseline, never below 0. So a milestone three months overdue but
//   never re-forecast is 90 days late, not 0.
// - Forecast slip: forecast − baseline (completion − baseline once done), the pure re-planning,
//   kept under its own name for the milestone trend analysis and the change history.
// - Overdue by: today − due date, for overdue milestones ("überfällig seit N Tagen").
import { Prisma } from "@/lib/generated/prisma/client";
import { daysBetween } from "@/lib/dates";

/** Calendar days as YYYY-MM-DD; null where the milestone has no such date. */
export type MilestoneDates = { baselineDate: string | null; forecastDate: string | null; completedDate: string | null };

/**
 * A milestone's name and its three dates: what every schedule (the roadmap, the MTA, the open data)
 * reads to place it and to judge its lateness. All public fields: add nothing internal here.
 */
export const milestoneScheduleSelect = { id: true, title: true, baselineDate: true, forecastDate: true, completedDate: true } as const;

export type Lateness = {
  /** Not completed and due before today. */
  overdue: boolean;
  /** Days since the due date for an overdue milestone, else 0. */
  overdueDays: number;
  /** How late against the baseline, by the rule above; null without a baseline. */
  delayDays: number | null;
  /** Forecast (or completion) minus baseline; null without a baseline. */
  slipDays: number | null;
  /** No baseline to measure against: shown as "no baseline", never counted as late. */
  noBaseline: boolean;
};

const dueDate = (m: MilestoneDates): string | null => m.forecastDate ?? m.baselineDate;

/** Overdue: not completed and its due date (forecast, else baseline) lies before today. */
export function isOverdue(m: MilestoneDates, today: string): boolean {
  const due = dueDate(m);
  return m.completedDate === null && due !== null && due < today;
}

/** Days since the due date of an overdue milestone; 0 when it is not overdue. */
export function overdueDays(m: MilestoneDates, today: string): number {
  return isOverdue(m, today) ? daysBetween(dueDate(m)!, today) : 0;
}

/**
 * The day a milestone is (or was) expected to be reached on `today`: its completion once done;
 * open, its forecast (else baseline), but never before today, since an open milestone cannot be
 * reached in the past. The delay below and the dependencies' slip (lib/dependencies/slip.ts) read it.
 */
export function expectedDate(m: MilestoneDates, today: string): string | null {
  if (m.completedDate !== null) return m.completedDate;
  const forecast = m.forecastDate ?? m.baselineDate;
  return forecast === null ? null : forecast > today ? forecast : today;
}

/** Delay against the baseline in days (see the module comment); null without a baseline. */
export function delayDays(m: MilestoneDates, today: string): number | null {
  if (m.baselineDate === null) return null;
  if (m.completedDate !== null) return daysBetween(m.baselineDate, m.completedDate);
  return Math.max(0, daysBetween(m.baselineDate, expectedDate(m, today)!));
}

/** The pure re-planning: completion (when done) or forecast minus baseline; null without a baseline. */
export function slipDays(m: MilestoneDates): number | null {
  if (m.baselineDate === null) return null;
  const to = m.completedDate ?? m.forecastDate;
  return to === null ? null : daysBetween(m.baselineDate, to);
}

/** Everything the pages show about a milestone's lateness, in one call. */
export function milestoneLateness(m: MilestoneDates, today: string): Lateness {
  return { overdue: isOverdue(m, today), overdueDays: overdueDays(m, today), delayDays: delayDays(m, today), slipDays: slipDays(m), noBaseline: m.baselineDate === null };
}

/**
 * An initiative's delay: the largest delay among its open milestones (how far behind it is now);
 * null when no open milestone has a baseline.
 */
export function initiativeDelayDays(milestones: MilestoneDates[], today: string): number | null {
  let worst: number | null = null;
  for (const m of milestones) {
    if (m.completedDate !== null) continue;
    const d = delayDays(m, today);
    if (d !== null && (worst === null || d > worst)) worst = d;
  }
  return worst;
}

// ---------------------------------------------------------------------------------------------
// The same rules in SQL, for counting and sorting in the database. `alias` is the table alias of
// the milestones table in the calling query (e.g. Prisma.sql`m`); column names are fixed here.

type Column = "baseline_date" | "forecast_date" | "completed_date";
const col = (alias: Prisma.Sql | undefined, name: Column): Prisma.Sql => (alias ? Prisma.sql`${alias}.${Prisma.raw(name)}` : Prisma.raw(name));

/** SQL boolean: the milestone is overdue on `today` (YYYY-MM-DD). */
export function overdueSql(today: string, alias?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${col(alias, "completed_date")} IS NULL AND COALESCE(COALESCE(${col(alias, "forecast_date")}, ${col(alias, "baseline_date")}) < ${today}::date, false))`;
}

/** SQL integer: the milestone's delay in days on `today` (NULL without a baseline). */
export function delayDaysSql(today: string, alias?: Prisma.Sql): Prisma.Sql {
  const baseline = col(alias, "baseline_date");
  const forecast = Prisma.sql`COALESCE(${col(alias, "forecast_date")}, ${baseline})`;
  return Prisma.sql`(CASE WHEN ${baseline} IS NULL THEN NULL WHEN ${col(alias, "completed_date")} IS NOT NULL THEN (${col(alias, "completed_date")} - ${baseline})
    ELSE GREATEST(0, GREATEST(${forecast}, ${today}::date) - ${baseline}) END)`;
}

/** SQL integer: days since the due date for an overdue milestone, else 0. */
export function overdueDaysSql(today: string, alias?: Prisma.Sql): Prisma.Sql {
  const due = Prisma.sql`COALESCE(${col(alias, "forecast_date")}, ${col(alias, "baseline_date")})`;
  return Prisma.sql`(CASE WHEN ${overdueSql(today, alias)} THEN (${today}::date - ${due}) ELSE 0 END)`;
}

/** SQL integer aggregate: an initiative's delay (largest delay among its open milestones). */
export function initiativeDelayDaysSql(today: string, alias?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`MAX(${delayDaysSql(today, alias)}) FILTER (WHERE ${col(alias, "completed_date")} IS NULL)`;
}

/** SQL integer: the pure forecast slip (completion, else forecast, minus baseline); NULL without a baseline. */
export function slipDaysSql(alias?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(COALESCE(${col(alias, "completed_date")}, ${col(alias, "forecast_date")}) - ${col(alias, "baseline_date")})`;
}
