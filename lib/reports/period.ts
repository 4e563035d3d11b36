// Reporting periods (Berichtszeiträume) of status reports: which period a moment belongs to in the
// city's calendar (TZ_CITY, lib/dates.ts), its neighbours, its first and last day, and the instants it
// spans. Periods are quarters ("2026-Q4"). Everything goes through the KINDS table, so monthly
// periods ("2026-11") are one more row there, not a rewrite.
import { appNow, cityTimeZone, cityToday } from "@/lib/dates";

export const PERIOD_KIND = "quarter" as const;
export type PeriodKind = typeof PERIOD_KIND;

/** A parsed period: `index` counts from 1 within the year (quarter 1–4). */
export type Period = { kind: PeriodKind; year: number; index: number };

type KindSpec = { perYear: number; pattern: RegExp; format: (year: number, index: number) => string };

const KINDS: Record<PeriodKind, KindSpec> = {
  quarter: { perYear: 4, pattern: /^(\d{4})-Q([1-4])$/, format: (y, i) => `${y}-Q${i}` },
  // month: { perYear: 12, pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, format: (y, i) => `${y}-${String(i).padStart(2, "0")}` },
};

const MONTHS_PER_YEAR = 12;

export function parsePeriod(text: string): Period | null {
  for (const [kind, spec] of Object.entries(KINDS) as [PeriodKind, KindSpec][]) {
    const m = spec.pattern.exec(text);
    if (m) return { kind, year: Number(m[1]), index: Number(m[2]) };
  }
  return null;
}

export function formatPeriod(p: Period): string {
  return KINDS[p.kind].format(p.year, p.index);
}

function parseOrThrow(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new Error(`not a reporting period: ${text}`);
  return p;
}

/** The calendar date (YYYY-MM-DD) of an instant in the city's time zone (lib/dates.ts cityToday). */
export const cityDate = (now: Date = appNow()): string => cityToday(now);

/** The period of a calendar date (YYYY-MM-DD). */
export function periodOfDate(date: string, kind: PeriodKind = PERIOD_KIND): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  const monthsPerPeriod = MONTHS_PER_YEAR / KINDS[kind].perYear;
  return formatPeriod({ kind, year, index: Math.floor((month - 1) / monthsPerPeriod) + 1 });
}

/** The period the city is in at `now`. */
export function currentPeriod(now: Date = appNow(), kind: PeriodKind = PERIOD_KIND): string {
  return periodOfDate(cityDate(now), kind);
}

/** The period `offset` periods after (negative: before) the given one. */
export function shiftPeriod(period: string, offset: number): string {
  const p = parseOrThrow(period);
  const perYear = KINDS[p.kind].perYear;
  const n = p.year * perYear + (p.index - 1) + offset;
  const year = Math.floor(n / perYear);
  return formatPeriod({ kind: p.kind, year, index: n - year * perYear + 1 });
}

export const previousPeriod = (period: string) => shiftPeriod(period, -1);

/** First month (1–12) of a period. */
function firstMonth(p: Period): number {
  return (p.index - 1) * (MONTHS_PER_YEAR / KINDS[p.kind].perYear) + 1;
}

/** First day of the period as a calendar date (UTC midnight, as date columns are stored). */
export function periodStart(period: string): Date {
  const p = parseOrThrow(period);
  return new Date(Date.UTC(p.year, firstMonth(p) - 1, 1));
}

/** Last day of the period (inclusive) as a calendar date (UTC midnight). */
export function periodEnd(period: string): Date {
  return new Date(periodStart(shiftPeriod(period, 1)).getTime() - 86_400_000);
}

/** Minutes the city's clock is ahead of UTC at an instant (60 in winter, 120 in summer). */
function cityOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en", {
    timeZone: cityTimeZone(),
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"));
  return Math.round((local - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant at which a calendar date (UTC-midnight Date) begins in the city. */
function cityMidnight(date: Date): Date {
  const guess = date.getTime();
  const first = guess - cityOffsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess - cityOffsetMinutes(new Date(first)) * 60_000);
}

/**
 * The instants a period spans in the city: [start, end). For timestamp columns (when something
 * was reported or recorded); date columns compare with periodStart/periodEnd instead.
 */
export function periodInstants(period: string): { start: Date; end: Date } {
  return { start: cityMidnight(periodStart(period)), end: cityMidnight(periodStart(shiftPeriod(period, 1))) };
}
