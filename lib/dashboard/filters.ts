// The dashboard's filters: parsed from the URL (a GET form, so every view is shareable), checked
// against the values that exist (unknown ones are ignored, never turned into "no rows"), and
// carried over into the links to the portfolio table, whose parameters are `field`, `dept`,
// `status`, `health`, `partner`, `district`, `stale=1` and `overdue=1` (codes and slugs, lists
// comma-separated).
import { z } from "zod";
import { periodEnd, periodStart } from "@/lib/reports/period";
import { isoDate } from "@/lib/dates";

/** A year ("2026") or a quarter ("2026-Q3"), with its first and last day (YYYY-MM-DD, inclusive). */
export type DashboardPeriod = { text: string; year: number; start: string; end: string };

export type DashboardFilters = {
  /** Field-of-action codes (VER, MOB ...). Empty: all. */
  fields: string[];
  /** Department codes. */
  depts: string[];
  /** Partner slugs. */
  partners: string[];
  /** District slugs. */
  districts: string[];
  /** Limits budget to the period's year and punctuality to milestones due in it. */
  period: DashboardPeriod | null;
};

export const NO_FILTERS: DashboardFilters = { fields: [], depts: [], partners: [], districts: [], period: null };

/** The values that exist, as the filter form offers them. */
export type DashboardOptions = {
  fields: { code: string; title: string }[];
  depts: { code: string; name: string }[];
  partners: { slug: string; name: string }[];
  districts: { slug: string; name: string }[];
};

const token = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/);
const MAX_VALUES = 50;

/** "a,b" or ["a", "b,c"] → the well-formed tokens, normalised by `norm` and distinct; anything else is dropped. */
function list(value: unknown, norm: (v: string) => string): string[] {
  const raw = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const parts = raw.flatMap((v) => (typeof v === "string" ? v.split(",") : [])).map((v) => v.trim());
  return [...new Set(parts.filter((v) => token.safeParse(v).success).map(norm))].slice(0, MAX_VALUES);
}

const upper = (v: string) => v.toUpperCase();
const lower = (v: string) => v.toLowerCase();

const yearPattern = /^(\d{4})$/;
const quarterPattern = /^(\d{4})-Q([1-4])$/;

/** A year or quarter within a sane range, or null. */
export function parseDashboardPeriod(value: unknown): DashboardPeriod | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== "string") return null;
  const trimmed = text.trim();
  const y = yearPattern.exec(trimmed);
  const q = quarterPattern.exec(trimmed);
  const year = Number((y ?? q)?.[1]);
  if (!(y || q) || year < 2000 || year > 2100) return null;
  if (y) return { text: trimmed, year, start: `${year}-01-01`, end: `${year}-12-31` };
  return { text: trimmed, year, start: isoDate(periodStart(trimmed)), end: isoDate(periodEnd(trimmed)) };
}

/** Raw search params (as Next passes them) → well-formed filters. Not yet checked against what exists. */
export function parseDashboardFilters(params: Record<string, string | string[] | undefined>): DashboardFilters {
  return {
    fields: list(params.field, upper),
    depts: list(params.dept, upper),
    partners: list(params.partner, lower),
    districts: list(params.district, lower),
    period: parseDashboardPeriod(params.period),
  };
}

/** Drops the values that name nothing, so a stale bookmark shows the rest of its filters. */
export function resolveDashboardFilters(f: DashboardFilters, o: DashboardOptions): DashboardFilters {
  const known = (values: string[], existing: string[]) => values.filter((v) => existing.includes(v));
  return {
    fields: known(f.fields, o.fields.map((x) => x.code)),
    depts: known(f.depts, o.depts.map((x) => x.code)),
    partners: known(f.partners, o.partners.map((x) => x.slug)),
    districts: known(f.districts, o.districts.map((x) => x.slug)),
    period: f.period,
  };
}

export function hasInitiativeFilters(f: DashboardFilters): boolean {
  return f.fields.length + f.depts.length + f.partners.length + f.districts.length > 0;
}

/** What a link to the portfolio adds to the dashboard's filters: one field, a status, a health, a flag. */
export type PortfolioLinkExtra = { field?: string; status?: string; health?: string; stale?: boolean; overdue?: boolean };

/**
 * The portfolio rows behind a number: the dashboard's initiative filters plus `extra`. A figure
 * of one field replaces the field filter by that field (it is one of the filtered ones anyway).
 * The period has no counterpart in the portfolio and is left out.
 */
export function portfolioHref(f: DashboardFilters, extra: PortfolioLinkExtra = {}): string {
  const params = new URLSearchParams();
  const fields = extra.field ? [extra.field] : f.fields;
  if (fields.length) params.set("field", fields.join(","));
  if (f.depts.length) params.set("dept", f.depts.join(","));
  if (extra.status) params.set("status", extra.status);
  if (extra.health) params.set("health", extra.health);
  if (f.partners.length) params.set("partner", f.partners.join(","));
  if (f.districts.length) params.set("district", f.districts.join(","));
  if (extra.stale) params.set("stale", "1");
  if (extra.overdue) params.set("overdue", "1");
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `/app/portfolio?${query}` : "/app/portfolio";
}
