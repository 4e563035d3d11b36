// A plain data table for the council report: caption, column headers with scope, the first cell
// of each row as its row header. Rows never split across printed pages (see the print stylesheet).
import type { ReactNode } from "react";

export type Column = { label: string; numeric?: boolean };

export function SimpleTable({ caption, columns, rows, captionVisible = false }: { caption: string; columns: Column[]; rows: { key: string; cells: ReactNode[] }[]; captionVisible?: boolean }) {
  const align = (c: Column | undefined) => (c?.numeric ? "text-right tabular-nums" : "text-left");
  return (
    <div className="mt-3 overflow-x-auto print:overflow-visible">
      <table className="w-full text-sm">
        <caption className={captionVisible ? "mb-1 text-left font-semibold" : "sr-only"}>{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`py-1.5 pr-3 font-semibold ${align(c)}`}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100 align-top">
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className={`py-1.5 pr-3 font-normal ${align(columns[i])}`}>{cell}</th>
                ) : (
                  <td key={i} className={`py-1.5 pr-3 ${align(columns[i])}`}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
