// One page of the portfolio table, computed on the server: filtering, sorting, facet counts,
// grouping with totals and paging over all rows the viewer may see, so only the visible rows travel
// to the browser. Built on the pure functions of filter-sort.ts that the export uses too, so the
// page and the download agree. Plain JSON only (the result is a client component's props) and no
// markup, so any table component can render it.
import { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { applyPortfolioState, facetCounts, groupKeys, groupTotals, type GroupTotals } from "./filter-sort";
import type { PortfolioFacetOptions, PortfolioRow } from "./row";
import { FACETS, type ColumnId, type Facet, type GroupBy, type PortfolioTableState } from "./table-state";

/**
 * The fields each column shows (components/portfolio/portfolio-cells.tsx reads no other): the page
 * sends a row with the fields of the visible columns only, keyed by its code. Slugs and hidden
 * columns stay on the server (a row of every field is about twice the size).
 * page-model.test.ts renders every column from the trimmed row and from the full one and compares.
 */
export const COLUMN_FIELDS: Readonly<Record<ColumnId, readonly (keyof PortfolioRow)[]>> = {
  code: ["code"],
  title: ["code", "title", "slipRisks"],
  field: ["fieldCode", "fieldTitle"],
  department: ["departmentCode", "departmentName"],
  leads: ["leads"],
  status: ["status"],
  health: ["health"],
  progress: ["progress"],
  nextMilestone: ["nextMilestoneTitle"],
  nextMilestoneDate: ["nextMilestoneDate"],
  delay: ["delayDays"],
  overdue: ["overdueMilestones"],
  planned: ["budgetPlanned"],
  actual: ["budgetActual"],
  lastUpdate: ["lastUpdate"],
  stale: ["stale"],
  partners: ["partnerNames"],
  districts: ["districtNames"],
};

/** A row as the browser gets it: the code (the row's key) and the fields of the visible columns. */
export type PortfolioPageRow = Pick<PortfolioRow, "code"> & Partial<PortfolioRow>;

/** The fields the page sends for `cols`, once each, the code first. */
export function pageFields(cols: readonly ColumnId[]): (keyof PortfolioRow)[] {
  return [...new Set<keyof PortfolioRow>(["code", ...cols.flatMap((c) => COLUMN_FIELDS[c])])];
}

/** A page row from the values sent in the order of `fields`. */
export function rowFrom(fields: readonly (keyof PortfolioRow)[], values: readonly unknown[]): PortfolioPageRow {
  return Object.fromEntries(fields.map((f, i) => [f, values[i]])) as PortfolioPageRow;
}

/** The values of `row` in the order of `fields`, as the page sends them. */
function rowValues(row: PortfolioRow, fields: readonly (keyof PortfolioRow)[]): unknown[] {
  return fields.map((f) => row[f]);
}

/** `row` with only the fields `cols` show (as the browser rebuilds it). */
export function pageRow(row: PortfolioRow, cols: readonly ColumnId[]): PortfolioPageRow {
  const fields = pageFields(cols);
  return rowFrom(fields, rowValues(row, fields));
}

/** A group's heading: its key ("" = no partner), totals over the WHOLE filtered group (all pages). */
export type PortfolioGroupHead = { key: string; totals: GroupTotals; /** The group began on an earlier page. */ continued: boolean };

/**
 * A run of rows on the page, under its group's heading when the table is grouped. Each row is the
 * list of its values in the order of the model's `fields` (the keys are sent once, not per row).
 */
export type PortfolioSegment = { group: PortfolioGroupHead | null; rows: unknown[][] };

export type PortfolioPageModel = {
  /** Initiatives the viewer may see at all. */
  total: number;
  /** Initiatives matching the filters (an initiative in several partner groups counts once). */
  matched: number;
  /** Table rows across all pages (grouped by partner: one per initiative and partner). */
  rowCount: number;
  /** The page shown: the requested one, or the last one when the request lies beyond the end. */
  page: number;
  pageCount: number;
  /** The row fields sent (pageFields of the visible columns); segmentRows rebuilds the rows. */
  fields: (keyof PortfolioRow)[];
  segments: PortfolioSegment[];
  /** Per facet and value: how many initiatives the value would give under the other filters. */
  facetCounts: Record<Facet, Record<string, number>>;
};

const STATUS_ORDER: readonly string[] = Object.values(InitiativeStatus);

/** The order groups appear in: the order of the filter choices (fields as the masterplan lists them), unknown keys after, "no partner" last. */
function groupOrder(group: GroupBy, options: PortfolioFacetOptions | undefined): (key: string) => number {
  const listed =
    group === "status"
      ? STATUS_ORDER
      : (options?.[group === "field" ? "fields" : group === "department" ? "departments" : "partners"] ?? []).map((o) => o.value);
  const rank = new Map(listed.map((value, i) => [value, i]));
  return (key) => (key === "" ? Number.MAX_SAFE_INTEGER : (rank.get(key) ?? listed.length));
}

type Group = { key: string; rows: PortfolioRow[] };

/** The filtered, sorted rows in groups (in group order; rows keep the sort order within a group). */
export function groupRows(sorted: readonly PortfolioRow[], group: GroupBy, options?: PortfolioFacetOptions): Group[] {
  const byKey = new Map<string, PortfolioRow[]>();
  for (const row of sorted) {
    for (const key of groupKeys(row, group)) {
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
  }
  const rank = groupOrder(group, options);
  return [...byKey.entries()]
    .map(([key, rows]) => ({ key, rows }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/**
 * The page of `state` over `rows` (all rows the viewer may see). Pages count table rows, not group
 * headings; a group that runs over a page boundary gets its heading again (marked `continued`) with
 * the totals of the whole group. A page beyond the end shows the last page.
 */
export function portfolioPage(rows: readonly PortfolioRow[], state: PortfolioTableState, options?: PortfolioFacetOptions): PortfolioPageModel {
  const sorted = applyPortfolioState(rows, state);
  const groups: Group[] = state.group ? groupRows(sorted, state.group, options) : [{ key: "", rows: sorted }];
  const rowCount = groups.reduce((n, g) => n + g.rows.length, 0);
  const pageCount = Math.max(1, Math.ceil(rowCount / state.size));
  const page = Math.min(Math.max(1, state.page), pageCount);
  const from = (page - 1) * state.size;
  const to = from + state.size;

  const fields = pageFields(state.cols);
  const segments: PortfolioSegment[] = [];
  let offset = 0;
  for (const g of groups) {
    const start = offset;
    offset += g.rows.length;
    if (offset <= from || start >= to) continue;
    const slice = g.rows.slice(Math.max(0, from - start), to - start).map((row) => rowValues(row, fields));
    const head = state.group ? { key: g.key, totals: groupTotals(g.rows), continued: start < from } : null;
    segments.push({ group: head, rows: slice });
  }

  const counts = facetCounts(rows, state);
  return {
    total: rows.length,
    matched: sorted.length,
    rowCount,
    page,
    pageCount,
    fields,
    segments,
    facetCounts: Object.fromEntries(FACETS.map((f) => [f, Object.fromEntries(counts[f])])) as Record<Facet, Record<string, number>>,
  };
}

/** The rows of one segment as objects again (in the browser). */
export function segmentRows(view: Pick<PortfolioPageModel, "fields">, segment: PortfolioSegment): PortfolioPageRow[] {
  return segment.rows.map((values) => rowFrom(view.fields, values));
}
