"use client";
// The data table in a client component: the same columns and markup as DataTable. By default the
// sort is kept in component state and rows are sorted in the browser (header buttons cycle
// ascending → descending → none). With `onSortChange` the sort is the caller's (e.g. the server
// sorts and pages through the URL): rows are shown as they arrive. Columns with cell functions must
// then be declared in a client module.
import { useState } from "react";
import { SortIndicator } from "./data-table";
import { DataTableMarkup } from "./markup";
import { nextSort, sortRows } from "./model";
import type { DataTableColumn, DataTableProps, SortState } from "./types";

export function ClientDataTable<Row extends object>(
  props: Omit<DataTableProps<Row>, "sortHref" | "presorted"> & { onSortChange?: (next: SortState) => void },
) {
  const [own, setOwn] = useState<SortState>(props.sort ?? null);
  const controlled = props.onSortChange !== undefined;
  const sort = controlled ? (props.sort ?? null) : own;
  const setSort = controlled ? props.onSortChange! : setOwn;
  const headerCell = (c: DataTableColumn<Row>) => {
    if (!c.sortable) return c.header;
    return (
      <button
        type="button"
        onClick={() => setSort(nextSort(sort, c.id))}
        title={c.headerTitle}
        aria-describedby={c.describedBy}
        className="inline-flex items-center gap-1 text-left font-semibold hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 print:no-underline"
      >
        {c.header}
        <SortIndicator active={sort?.id === c.id} desc={!!sort?.desc} />
      </button>
    );
  };
  const order = (rows: Row[]) => (controlled ? rows : sortRows(rows, props.columns, sort, props.locale));
  return (
    <DataTableMarkup
      props={{ ...props, sort }}
      rows={order(props.rows ?? [])}
      groups={props.groups?.map((g) => ({ ...g, rows: order(g.rows) }))}
      headerCell={headerCell}
    />
  );
}
