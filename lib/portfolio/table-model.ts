// The portfolio table's TanStack Table v9 model without any markup: the registered features, the
// column definitions (what each column sorts, filters and groups by) and the mapping from the URL
// state to TanStack's state slices. The filter and sort functions are the pure ones of
// filter-sort.ts, so the table and the export agree; the React component only adds cell renderers.
import {
  columnFilteringFeature,
  columnGroupingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  createExpandedRowModel,
  createFilteredRowModel,
  createGroupedRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowExpandingFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type ColumnFiltersState,
  type FilterFn,
  type SortFn,
} from "@tanstack/table-core";
import { compareSortValues, groupKeys, matchesFacet, matchesSearch, SORT_VALUES } from "./filter-sort";
import type { PortfolioRow } from "./row";
import { COLUMN_IDS, FACETS, type ColumnId, type Facet, type GroupBy, type PortfolioTableState } from "./table-state";

export const portfolioFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnGroupingFeature,
  groupedRowModel: createGroupedRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
  columnVisibilityFeature,
  columnOrderingFeature,
});
export type PortfolioFeatures = typeof portfolioFeatures;

/** A table row: an initiative, once per group it belongs to (partners: once per partner). */
export type PortfolioTableRow = PortfolioRow & { rowKey: string; groupKey: string };

/** The hidden column rows are grouped by. */
export const GROUP_COLUMN = "groupKey";

/** Which column carries which facet's filter. */
export const FACET_COLUMN: Record<Facet, ColumnId> = {
  field: "field",
  dept: "department",
  status: "status",
  health: "health",
  partner: "partners",
  district: "districts",
};

type Def = ColumnDef<PortfolioFeatures, PortfolioTableRow, unknown>;

const sortFn: SortFn<PortfolioFeatures, PortfolioTableRow> = (a, b, id) =>
  compareSortValues(a.getValue(id) as string | number, b.getValue(id) as string | number);

const facetFilter = (facet: Facet): FilterFn<PortfolioFeatures, PortfolioTableRow> => (row, _id, value: string[]) =>
  matchesFacet(row.original, facet, value);

const FILTERS: Partial<Record<ColumnId, FilterFn<PortfolioFeatures, PortfolioTableRow>>> = {
  ...Object.fromEntries(FACETS.map((f) => [FACET_COLUMN[f], facetFilter(f)])),
  stale: (row) => row.original.stale,
  overdue: (row) => row.original.overdueMilestones > 0,
};

export const searchFilter: FilterFn<PortfolioFeatures, PortfolioTableRow> = (row, _id, q: string) => matchesSearch(row.original, q ?? "");

/** Column definitions; `render` adds the cell (and header) renderers of the UI. */
export function portfolioColumnDefs(render: (id: ColumnId) => Partial<Def> = () => ({})): Def[] {
  const columns: Def[] = COLUMN_IDS.map(
    (id): Def => ({
      id,
      accessorFn: (r) => SORT_VALUES[id](r),
      sortFn,
      sortUndefined: "last",
      filterFn: FILTERS[id] ?? (() => true),
      enableColumnFilter: id in FILTERS,
      enableGrouping: false,
      ...render(id),
    }),
  );
  columns.push({ id: GROUP_COLUMN, accessorFn: (r) => r.groupKey, enableSorting: false, enableColumnFilter: false, enableGlobalFilter: false });
  return columns;
}

/** Table rows for a grouping: an initiative with several partners appears in each partner's group. */
export function toTableRows(rows: readonly PortfolioRow[], group: GroupBy | null): PortfolioTableRow[] {
  if (!group) return rows.map((r) => ({ ...r, rowKey: r.id, groupKey: "" }));
  return rows.flatMap((r) => groupKeys(r, group).map((key) => ({ ...r, rowKey: `${r.id}:${key}`, groupKey: key })));
}

/** TanStack's state slices for a URL state. */
export function tanstackState(state: PortfolioTableState) {
  const columnFilters: ColumnFiltersState = FACETS.filter((f) => state[f].length > 0).map((f) => ({ id: FACET_COLUMN[f], value: state[f] }));
  if (state.stale) columnFilters.push({ id: "stale", value: true });
  if (state.overdue) columnFilters.push({ id: "overdue", value: true });
  const hidden = COLUMN_IDS.filter((id) => !state.cols.includes(id));
  return {
    globalFilter: state.q,
    columnFilters,
    sorting: state.sort ? [{ id: state.sort.id, desc: state.sort.desc }] : [],
    grouping: state.group ? [GROUP_COLUMN] : [],
    expanded: true as const,
    columnVisibility: Object.fromEntries([...hidden.map((id) => [id, false]), [GROUP_COLUMN, false]]) as Record<string, boolean>,
    columnOrder: [...state.cols, ...hidden],
    pagination: { pageIndex: state.page - 1, pageSize: state.size },
  };
}

/** Options shared by the React table and the headless one in tests. */
export const portfolioTableOptions = {
  features: portfolioFeatures,
  getRowId: (r: PortfolioTableRow) => r.rowKey,
  globalFilterFn: searchFilter,
  getColumnCanGlobalFilter: (column: { id: string }) => column.id === "code",
  groupedColumnMode: false as const,
  autoResetPageIndex: false,
  autoResetExpanded: false,
  enableMultiSort: false,
};
