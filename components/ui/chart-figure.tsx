// A chart with its accessible alternative: a <figure> whose caption names the chart, the chart
// itself (hidden from screen readers, which get the table instead) and the same numbers as a data
// table. The table is always in the page (a disclosure on screen, expanded in print) so keyboard,
// screen-reader and print users get every number the chart shows.
import type { ReactNode } from "react";

export function ChartFigure({
  id,
  title,
  description,
  chart,
  table,
  tableLabel,
}: {
  id: string;
  title: ReactNode;
  /** One or two sentences on what the chart shows and how it is computed. */
  description?: ReactNode;
  /** The chart (a client component); decorative for assistive technology. */
  chart: ReactNode;
  /** A DataTable with the same data; it brings its own named, focusable scroll region. */
  table: ReactNode;
  /** Summary text of the disclosure, e.g. "Daten als Tabelle". */
  tableLabel: string;
}) {
  return (
    <figure aria-labelledby={`${id}-title`} className="chart-figure rounded border border-slate-200 p-4 break-inside-avoid">
      <figcaption>
        <h3 id={`${id}-title`} className="text-base font-semibold text-brand-900">{title}</h3>
        {description && <p className="mt-1 text-sm text-slate-700">{description}</p>}
      </figcaption>
      <div aria-hidden="true" className="mt-3">{chart}</div>
      <details className="chart-table mt-3 text-sm">
        <summary className="cursor-pointer text-brand-700 underline underline-offset-2">{tableLabel}</summary>
        <div className="mt-2">{table}</div>
      </details>
    </figure>
  );
}
