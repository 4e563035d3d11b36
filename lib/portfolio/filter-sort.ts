// Filtering, sorting, facet counts and group totals of the portfolio table as pure functions. The
// server's page model (lib/portfolio/page-model.ts) and the export apply them directly, so a
// download holds exactly the rows the table shows; lib/portfolio/table-model.ts registers the same
// functions with TanStack Table for the shared data-table component.
import { rollUpProgress } from "@/lib/initiatives/progress";
import { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { fromCents, toCents, type PortfolioRow } from "./row";
import { FACETS, type ColumnId, type Facet, type GroupBy, type PortfolioTableState, type SortState } from "./table-state";

/** The values of a row a facet filter tests; a row matches when one of them is selected. */
export const FACET_VALUES: Record<Facet, (r: PortfolioRow) => readonly string[]> = {
  field: (r) => [r.fieldCode],
  dept: (r) => [r.departmentCode, ...(r.contributingDepartmentCodes ?? [])],
  status: (r) => [r.status],
  health: (r) => [r.health],
  partner: (r) => r.partnerSlugs,
  district: (r) => r.districtSlugs,
};

export function matchesFacet(row: PortfolioRow, facet: Facet, selected: readonly string[]): boolean {
  return selected.length === 0 || FACET_VALUES[facet](row).some((v) => selected.includes(v));
}

const lower = (s: string) => s.toLocaleLowerCase("de");

/** The searchable text of a row, built once per row object (a search runs on every keystroke). */
const haystacks = new WeakMap<PortfolioRow, string>();
function haystackOf(row: PortfolioRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = lower(
      [row.code, row.title, row.fieldCode, row.fieldTitle, row.departmentCode, row.departmentName, ...row.leads, row.nextMilestoneTitle ?? "", ...row.partnerNames, ...row.districtNames].join("\n"),
    );
    haystacks.set(row, text);
  }
  return text;
}

/** Every word of `q` must occur (case-insensitively) in one of the row's texts. */
export function matchesSearch(row: PortfolioRow, q: string): boolean {
  const words = lower(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = haystackOf(row);
  return words.every((w) => haystack.includes(w));
}

export function matchesFlags(row: PortfolioRow, flags: { stale: boolean; overdue: boolean }): boolean {
  return (!flags.stale || row.stale) && (!flags.overdue || row.overdueMilestones > 0);
}

/** All filters of `state`, optionally leaving one facet out (for that facet's counts). */
export function matchesState(row: PortfolioRow, state: PortfolioTableState, exceptFacet?: Facet): boolean {
  if (!matchesSearch(row, state.q) || !matchesFlags(row, state)) return false;
  return FACETS.every((f) => f === exceptFacet || matchesFacet(row, f, state[f]));
}

export function filterRows(rows: readonly PortfolioRow[], state: PortfolioTableState): PortfolioRow[] {
  return rows.filter((r) => matchesState(r, state));
}

const STATUS_ORDER = Object.values(InitiativeStatus);
const HEALTH_ORDER = Object.values(Health);
const joined = (values: string[]) => (values.length ? values.join(", ") : undefined);

/** What each column sorts by; `undefined` (no value) always sorts last, in both directions. */
export const SORT_VALUES: Record<ColumnId, (r: PortfolioRow) => string | number | undefined> = {
  code: (r) => r.code,
  title: (r) => r.title,
  field: (r) => r.fieldCode,
  department: (r) => r.departmentCode,
  leads: (r) => joined(r.leads),
  status: (r) => STATUS_ORDER.indexOf(r.status),
  health: (r) => HEALTH_ORDER.indexOf(r.health),
  progress: (r) => r.progress ?? undefined,
  nextMilestone: (r) => r.nextMilestoneTitle ?? undefined,
  nextMilestoneDate: (r) => r.nextMilestoneDate ?? undefined,
  delay: (r) => r.delayDays ?? undefined,
  overdue: (r) => r.overdueMilestones,
  planned: (r) => toCents(r.budgetPlanned),
  actual: (r) => toCents(r.budgetActual),
  lastUpdate: (r) => r.lastUpdate ?? undefined,
  stale: (r) => (r.stale ? 1 : 0),
  partners: (r) => joined(r.partnerNames),
  districts: (r) => joined(r.districtNames),
};

const collator = new Intl.Collator("de", { numeric: true, sensitivity: "base" });

/** Ascending comparison of two defined sort values (numbers numerically, texts the German way). */
export function compareSortValues(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  return collator.compare(String(a), String(b));
}

/**
 * Stable sort with the rules of TanStack's sorted row model: missing values last, the comparison
 * negated for descending order, ties in the input order.
 */
export function sortRows(rows: readonly PortfolioRow[], sort: SortState | null): PortfolioRow[] {
  if (!sort) return [...rows];
  const value = SORT_VALUES[sort.id];
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined) {
        if (a.v === undefined && b.v === undefined) return a.index - b.index;
        return a.v === undefined ? 1 : -1;
      }
      const c = compareSortValues(a.v, b.v) * (sort.desc ? -1 : 1);
      return c !== 0 ? c : a.index - b.index;
    })
    .map((x) => x.row);
}

/** The rows the table shows, across all pages, in its order (grouping aside). */
export function applyPortfolioState(rows: readonly PortfolioRow[], state: PortfolioTableState): PortfolioRow[] {
  return sortRows(filterRows(rows, state), state.sort);
}

/** For each facet: how many rows each value would give, under all the other active filters. */
export function facetCounts(rows: readonly PortfolioRow[], state: PortfolioTableState): Record<Facet, Map<string, number>> {
  const out = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const row of rows) {
    if (!matchesSearch(row, state.q) || !matchesFlags(row, state)) continue;
    const failing = FACETS.filter((f) => !matchesFacet(row, f, state[f]));
    if (failing.length > 1) continue;
    for (const f of FACETS) {
      if (failing.length === 1 && failing[0] !== f) continue;
      const counts = out[f];
      for (const v of new Set(FACET_VALUES[f](row))) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  return out;
}

/** The group(s) a row belongs to. An initiative with several partners is in each partner's group; "" is "no partner". */
export function groupKeys(row: PortfolioRow, group: GroupBy): string[] {
  switch (group) {
    case "field":
      return [row.fieldCode];
    case "department":
      return [row.departmentCode];
    case "status":
      return [row.status];
    case "partner":
      return row.partnerSlugs.length ? [...row.partnerSlugs] : [""];
  }
}

export type GroupTotals = { count: number; planned: string; actual: string; meanProgress: number | null };

/** Count, budget sums (exact, in cents) and mean progress (the roll-up rule of progress.ts). */
export function groupTotals(rows: readonly PortfolioRow[]): GroupTotals {
  let planned = 0;
  let actual = 0;
  for (const r of rows) {
    planned += toCents(r.budgetPlanned);
    actual += toCents(r.budgetActual);
  }
  return { count: rows.length, planned: fromCents(planned), actual: fromCents(actual), meanProgress: rollUpProgress(rows.map((r) => r.progress)) };
}
