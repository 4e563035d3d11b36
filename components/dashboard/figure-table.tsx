// The data table inside a dashboard figure: a caption, one header cell per row and column, and
// numbers that link to the rows behind them. Display-ready props only.
import Link from "next/link";

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

export function FigureTable({
  caption,
  rowHeader,
  columns,
  rows,
  footer,
}: {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: TableRow[];
  footer?: TableRow;
}) {
  return (
    <table className="w-full min-w-[28rem] text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-1.5 pr-3">{rowHeader}</th>
          {columns.map((c) => (
            <th key={c} scope="col" className="py-1.5 pr-3 text-right">{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r.header.text}-${i}`} className="border-b border-slate-100">
            <th scope="row" className="py-1.5 pr-3 font-normal"><CellContent cell={r.header} /></th>
            {r.cells.map((c, j) => (
              <td key={j} className="py-1.5 pr-3 text-right tabular-nums"><CellContent cell={c} /></td>
            ))}
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr className="border-t border-slate-300 font-semibold">
            <th scope="row" className="py-1.5 pr-3"><CellContent cell={footer.header} /></th>
            {footer.cells.map((c, j) => (
              <td key={j} className="py-1.5 pr-3 text-right tabular-nums"><CellContent cell={c} /></td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
