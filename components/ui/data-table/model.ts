// The table model behind every data table: TanStack Table's core with the sorting feature, built
// without React hooks so that server components, client components and tests share it. Sorting
// compares plain values (numbers as numbers, dates as instants, text by the locale's collation)
// and keeps empty values last in either direction, as readers expect.
import { constructTable, createSortedRowModel, rowSortingFeature, tableFeatures, type ColumnDef, type SortFn } from "@tanstack/table-core";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import type { CellValue, DataTableColumn, SortState } from "./types";

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  coreReactivityFeature: storeReactivityBindings(),
});
type Features = typeof features;

function comparable(value: CellValue): number | string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (value instanceof Date) return value.getTime();
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "bigint") return Number(value);
  return value;
}

/** Compares two plain values: numbers numerically, text by `collator`; mixed kinds by kind. */
export function compareValues(a: CellValue, b: CellValue, collator: Intl.Collator): number {
  const x = comparable(a);
  const y = comparable(b);
  if (typeof x === "number" && typeof y === "number") return x - y;
  return collator.compare(String(x), String(y));
}

/** The rows in the order of `sort` (a column with a `value`); unchanged when there is none. */
export function sortRows<Row extends object>(rows: Row[], columns: DataTableColumn<Row>[], sort: SortState, locale: string): Row[] {
  const column = sort && columns.find((c) => c.id === sort.id && c.value);
  if (!sort || !column) return rows;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
  const sortFn: SortFn<Features, Row> = (a, b, id) => compareValues(a.getValue(id) as CellValue, b.getValue(id) as CellValue, collator);
  const defs: ColumnDef<Features, Row, unknown>[] = [
    // Empty values are `undefined` to TanStack, which then keeps them last in both directions.
    { id: column.id, accessorFn: (row) => comparable(column.value!(row)), sortFn, sortUndefined: "last" },
  ];
  const table = constructTable<Features, Row>({
    features,
    columns: defs,
    data: rows,
    state: { sorting: [{ id: column.id, desc: sort.desc }] },
    enableMultiSort: false,
  } as Parameters<typeof constructTable<Features, Row>>[0]);
  return table.getRowModel().rows.map((r) => r.original);
}

/** The sort a click on a column's header sets: ascending, then descending, then none. */
export function nextSort(current: SortState, id: string): SortState {
  if (current?.id !== id) return { id, desc: false };
  return current.desc ? null : { id, desc: true };
}

/** Reads `sort`/`dir` search parameters into a sort state, for the columns that may sort. */
export function parseSortParams(params: { sort?: string | string[]; dir?: string | string[] }, sortable: readonly string[]): SortState {
  const id = typeof params.sort === "string" ? params.sort : undefined;
  if (!id || !sortable.includes(id)) return null;
  return { id, desc: params.dir === "desc" };
}
