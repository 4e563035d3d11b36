"use client";
// The data table with sorting in the browser: the same columns and markup as DataTable, the sort
// kept in component state (header buttons cycle ascending → descending → none). Columns with
// cell functions must then be declared in a client module.
import { useState } from "react";
import { SortIndicator } from "./data-table";
import { DataTableMarkup } from "./markup";
import { nextSort, sortRows } from "./model";
import type { DataTableColumn, DataTableProps, SortState } from "./types";

export function ClientDataTable<Row extends object>(props: Omit<DataTableProps<Row>, "sortHref" | "presorted">) {
  const [sort, setSort] = useState<SortState>(props.sort ?? null);
  const headerCell = (c: DataTableColumn<Row>) => {
    if (!c.sortable) return c.header;
    return (
      <button
        type="button"
        onClick={() => setSort(nextSort(sort, c.id))}
        className="inline-flex items-center gap-1 font-semibold hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
      >
        {c.header}
        <SortIndicator active={sort?.id === c.id} desc={!!sort?.desc} />
      </button>
    );
  };
  const order = (rows: Row[]) => sortRows(rows, props.columns, sort, props.locale);
  return (
    <DataTableMarkup
      props={{ ...props, sort }}
      rows={order(props.rows ?? [])}
      groups={props.groups?.map((g) => ({ ...g, rows: order(g.rows) }))}
      headerCell={headerCell}
    />
  );
}
