// The data table inside a dashboard figure (rendered by the one data table): a caption, one header
// cell per row and column, and numbers that link to the rows behind them. Display-ready props only.
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";

export type TableCell = {
  text: string;
  /** Where the rows behind the number are listed. */
  href?: string;
  /** Accessible name of the link when the number alone would not say what it counts. */
  label?: string;
};

export type TableRow = { header: TableCell; cells: TableCell[] };

function CellContent({ cell }: { cell: TableCell }) {
  if (!cell.href) return <>{cell.text}</>;
  return (
    <Link href={cell.href} aria-label={cell.label} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
      {cell.text}
    </Link>
  );
}

export type FigureTableProps = {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: TableRow[];
  footer?: TableRow;
};

export async function FigureTable({ caption, rowHeader, columns, rows, footer }: FigureTableProps) {
  const locale = await getLocale();
  const declared: DataTableColumn<TableRow>[] = [
    { id: "head", header: rowHeader, rowHeader: true, cell: (r) => <CellContent cell={r.header} /> },
    ...columns.map(
      (c, j): DataTableColumn<TableRow> => ({ id: String(j), header: c, cell: (r) => r.cells[j] && <CellContent cell={r.cells[j]} />, align: "end", className: "tabular-nums" }),
    ),
  ];
  return (
    <DataTable
      columns={declared}
      rows={rows}
      rowKey={(r, i) => `${r.header.text}-${i}`}
      caption={caption}
      locale={locale}
      minWidth="28rem"
      footer={footer && [{ key: "footer", label: <CellContent cell={footer.header} />, values: Object.fromEntries(footer.cells.map((c, j) => [String(j), <CellContent key={j} cell={c} />])) }]}
    />
  );
}
