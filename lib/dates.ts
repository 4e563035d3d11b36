// Calendar dates as the city sees them. Date columns hold UTC midnight of the calendar day;
// "today" is the day in the city's time zone (TZ_CITY, default Europe/Berlin), not in UTC, so a
// milestone due today is not overdue at 23:30 UTC.
//
// The app's clock: `appNow()` is the system clock, unless FIXED_NOW pins it (tests and
// demonstrations: the whole domain — today, the current quarter, staleness, overdue — then reads
// that instant; sign-in and session lifetimes keep the real clock).
export const DEFAULT_CITY_TIME_ZONE = "Europe/Berlin";

const DAY_MS = 86_400_000;

/** Is `zone` an IANA time zone this runtime knows? */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** The city's time zone: TZ_CITY when it names a valid zone (checked at start by lib/env.ts), else Europe/Berlin. */
export function cityTimeZone(source: Record<string, string | undefined> = process.env): string {
  const zone = source.TZ_CITY?.trim();
  return zone && isTimeZone(zone) ? zone : DEFAULT_CITY_TIME_ZONE;
}

/** FIXED_NOW as an instant: an ISO timestamp, or a calendar day (read as 12:00 UTC of that day); null when unset or malformed. */
export function parseFixedNow(raw: string | undefined): Date | null {
  const text = raw?.trim();
  if (!text) return null;
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T12:00:00Z`) : new Date(text);
  if (Number.isNaN(instant.getTime())) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && instant.toISOString().slice(0, 10) !== text) return null; // 2026-02-30
  return instant;
}

/** The app's "now": FIXED_NOW when set, else the system clock. Every domain default goes through here. */
export function appNow(): Date {
  return parseFixedNow(process.env.FIXED_NOW) ?? new Date();
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(zone, f);
  }
  return f;
}

/** The calendar day (YYYY-MM-DD) of an instant in the city's time zone; "today" by default. */
export function cityToday(now: Date = appNow(), zone: string = cityTimeZone()): string {
  const parts = dayFormatter(zone).formatToParts(now);
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

/** The calendar day `days` after (negative: before) the given one. */
export function addDays(day: string, days: number): string {
  return isoDate(new Date(dateValue(day).getTime() + days * DAY_MS));
}
