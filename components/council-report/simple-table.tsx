// The council report's tables: cells arrive display-ready (formatted in the report's language), the
// first cell of each row is its row header, numeric columns align at the end. Rendered by the one
// data table; rows never split across printed pages (see the print stylesheet).
import type { ReactNode } from "react";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";

export type Column = { label: string; numeric?: boolean };
export type Row = { key: string; cells: ReactNode[] };

export function SimpleTable({
  caption,
  columns,
  rows,
  locale,
  captionVisible = false,
}: {
  caption: string;
  columns: Column[];
  rows: Row[];
  /** The report's language. */
  locale: string;
  captionVisible?: boolean;
}) {
  const declared: DataTableColumn<Row>[] = columns.map((c, i) => ({
    id: String(i),
    header: c.label,
    cell: (row) => row.cells[i],
    rowHeader: i === 0,
    align: c.numeric ? "end" : "start",
    className: c.numeric ? "tabular-nums" : undefined,
  }));
  return <DataTable columns={declared} rows={rows} rowKey={(r) => r.key} caption={caption} captionVisible={captionVisible} locale={locale} className="mt-3" />;
}
