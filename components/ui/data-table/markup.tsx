// The one table markup: a named, focusable scroll box (the page never scrolls sideways), caption and
// summary for screen readers, sticky header and leading columns, aligned and formatted cells, an
// empty state, groups under heading rows (closed by total rows), full-width detail rows and a
// footer. Hook-free, so it renders in server and client components alike; the header's sort
// control is passed in by the caller.
import { Fragment, type ReactNode } from "react";
import { formatCell, isNumericFormat } from "./format";
import type { DataTableColumn, DataTableFooterRow, DataTableProps } from "./types";

const ALIGN = { start: "text-left", end: "text-right", center: "text-center" } as const;

function alignOf<Row>(c: DataTableColumn<Row>): "start" | "end" | "center" {
  return c.align ?? (isNumericFormat(c.format) ? "end" : "start");
}

/** Sticky classes for the i-th column, with the left offsets of the columns before it. */
function stickyClass(index: number, stickyCount: number, header = false): string {
  if (index >= stickyCount) return header ? "z-[2]" : "";
  const left = index === 0 ? "left-0" : "left-[var(--dt-sticky-1)]";
  const edge = index === stickyCount - 1 ? " shadow-[inset_-1px_0_0_var(--color-slate-300)]" : "";
  return `sticky ${left} ${header ? "z-[3]" : "z-[1]"} bg-white${edge} print:static print:shadow-none`;
}

export function renderCell<Row>(c: DataTableColumn<Row>, row: Row, locale: string, timeZone?: string): ReactNode {
  if (c.cell) return c.cell(row);
  return formatCell(c.value?.(row), c.format, locale, timeZone);
}

export function DataTableMarkup<Row extends object>({
  props,
  rows,
  groups,
  headerCell,
}: {
  props: DataTableProps<Row>;
  rows: Row[];
  groups?: DataTableProps<Row>["groups"];
  /** The header's content for a column (a sort link or button where it may sort). */
  headerCell: (column: DataTableColumn<Row>) => ReactNode;
}) {
  const { columns, caption, summary, locale, timeZone, footer, sort, dense } = props;
  const stickyCount = props.stickyFirstColumn === false ? 0 : Math.max(1, props.stickyColumns ?? 1);
  const stickyHeader = props.stickyHeader !== false;
  const summaryId = props.id ? `${props.id}-summary` : undefined;
  const pad = dense ? "px-2 py-1" : "px-3 py-2";
  const count = groups ? groups.reduce((n, g) => n + g.rows.length, 0) : rows.length;

  const bodyRows = (list: Row[], offset: number) =>
    list.map((row, i) => {
      const key = props.rowKey(row, offset + i);
      const detail = props.rowDetail?.(row);
      const hasDetail = detail !== null && detail !== undefined;
      return (
        <Fragment key={key}>
          <tr className={`${hasDetail ? "" : "border-b border-slate-100"} align-top ${props.rowClassName?.(row) ?? ""}`}>
            {columns.map((c, ci) => {
              const width = ci === 0 && props.firstColumnWidth ? "w-[var(--dt-sticky-1)] min-w-[var(--dt-sticky-1)]" : "";
              const className = `${pad} ${width} ${ALIGN[alignOf(c)]} ${isNumericFormat(c.format) ? "tabular-nums" : ""} ${stickyClass(ci, stickyCount)} ${c.className ?? ""}`;
              return c.rowHeader ? (
                <th key={c.id} scope="row" className={`${className} font-normal`}>{renderCell(c, row, locale, timeZone)}</th>
              ) : (
                <td key={c.id} className={className}>{renderCell(c, row, locale, timeZone)}</td>
              );
            })}
          </tr>
          {hasDetail && (
            <tr className="border-b border-slate-100">
              <td colSpan={columns.length} className={dense ? "px-2 pb-1" : "px-3 pb-2"}>{detail}</td>
            </tr>
          )}
        </Fragment>
      );
    });

  const totalRow = (f: DataTableFooterRow, className: string) => {
    const span = Math.max(1, f.span ?? 1);
    return (
      <tr key={f.key} className={className}>
        <th scope="row" colSpan={span} className={`${pad} text-left ${stickyClass(0, stickyCount)}`}>{f.label}</th>
        {columns.slice(span).map((c) => (
          <td key={c.id} className={`${pad} ${ALIGN[alignOf(c)]} ${isNumericFormat(c.format) ? "tabular-nums" : ""}`}>{f.values[c.id] ?? ""}</td>
        ))}
      </tr>
    );
  };

  return (
    <div className={props.className} data-testid={props.testId}>
      {summary && (
        <p id={summaryId} className="mb-2 text-sm text-slate-700">{summary}</p>
      )}
      {count === 0 && props.empty !== undefined ? (
        <div className="rounded border border-dashed border-slate-300 px-3 py-4 text-sm" data-table-empty="">{props.empty}</div>
      ) : (
        <div
          role="region"
          aria-label={caption}
          tabIndex={0}
          className={`max-w-full overflow-x-auto ${props.maxHeight ? "overflow-y-auto" : ""} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 print:overflow-visible`}
          style={props.maxHeight ? { maxHeight: props.maxHeight } : undefined}
        >
          <table
            id={props.id}
            aria-describedby={summary ? summaryId : undefined}
            className={`w-full border-collapse text-left ${dense ? "text-xs" : "text-sm"} print:min-w-0`}
            style={{
              ...(props.minWidth ? { minWidth: props.minWidth } : {}),
              ...(props.firstColumnWidth ? { ["--dt-sticky-1" as string]: props.firstColumnWidth } : {}),
            }}
          >
            <caption className={props.captionVisible ? "mb-2 text-left font-semibold" : "sr-only"}>{caption}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                {columns.map((c, ci) => (
                  <th
                    key={c.id}
                    scope="col"
                    aria-sort={sort?.id === c.id ? (sort.desc ? "descending" : "ascending") : undefined}
                    className={`${pad} align-bottom font-semibold ${ALIGN[alignOf(c)]} ${stickyHeader ? "sticky top-0 bg-white print:static" : ""} ${stickyHeader || ci < stickyCount ? stickyClass(ci, stickyCount, true) : ""}`}
                  >
                    {c.headerHidden ? <span className="sr-only">{c.header}</span> : headerCell(c)}
                  </th>
                ))}
              </tr>
            </thead>
            {groups ? (
              groups.map((g, gi) => (
                <tbody key={g.key}>
                  {g.head !== undefined && (
                    <tr className="border-b border-slate-300 bg-slate-50">
                      <th scope="rowgroup" colSpan={columns.length} className={`${pad} text-left font-semibold`}>{g.head}</th>
                    </tr>
                  )}
                  {bodyRows(g.rows, gi * 100_000)}
                  {g.foot && totalRow(g.foot, "border-b border-slate-300 bg-slate-50 font-semibold")}
                </tbody>
              ))
            ) : (
              <tbody>{bodyRows(rows, 0)}</tbody>
            )}
            {footer && footer.length > 0 && (
              <tfoot>
                {footer.map((f) => totalRow(f, "border-t-2 border-slate-300 font-semibold"))}
              </tfoot>
            )}
          </table>
        </div>
      )}
    </div>
  );
}
