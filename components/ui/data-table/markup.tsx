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

/**
 * Sticky classes for the i-th column, with the left offsets of the columns before it. The first
 * column sticks at every width; a second one only from 640 px, where there is room for both.
 * Cells carry only what differs per cell: padding, borders and the sticky background are set once
 * on the table (a page of 100 rows × 15 columns stays small).
 */
function stickyClass(index: number, stickyCount: number, header = false): string {
  if (index >= stickyCount) return header ? "z-[2]" : "";
  // Body cells use the named utilities of app/globals.css (dt-col-1 = "sticky left-0 z-[1]", …).
  const place = header
    ? `dt-stick ${index === 0 ? "sticky left-0" : "sm:sticky sm:left-[var(--dt-sticky-1)]"} z-[3]`
    : `dt-stick dt-col-${index === 0 ? 1 : 2}`;
  return index === stickyCount - 1 ? `${place} dt-edge` : place;
}

const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(" ") || undefined;

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
  // Set once for all cells; `.dt-stick` cells get the background that hides what scrolls beneath them.
  const cells = dense
    ? "[&_td]:px-2 [&_td]:py-1 [&_th]:px-2 [&_th]:py-1"
    : "[&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2";
  const tableClass = `w-full border-separate border-spacing-0 text-left align-top ${dense ? "text-xs" : "text-sm"} ${cells} [&_td]:border-b [&_td]:border-slate-200 [&_td]:align-top [&_tbody_th]:border-b [&_tbody_th]:border-slate-200 [&_tbody_th]:align-top [&_tbody_th]:font-normal [&_tr.dt-has-detail>*]:border-b-0 [&_.dt-stick]:bg-white [&_.dt-edge]:shadow-[inset_-1px_0_0_var(--color-slate-300)] print:min-w-0 print:[&_.dt-stick]:static print:[&_.dt-edge]:shadow-none`;
  const count = groups ? groups.reduce((n, g) => n + g.rows.length, 0) : rows.length;

  const bodyRows = (list: Row[], offset: number) =>
    list.map((row, i) => {
      const key = props.rowKey(row, offset + i);
      const detail = props.rowDetail?.(row);
      const hasDetail = detail !== null && detail !== undefined;
      return (
        <Fragment key={key}>
          <tr className={join(hasDetail && "dt-has-detail", props.rowClassName?.(row))}>
            {columns.map((c, ci) => {
              const className = join(
                ci === 0 && props.firstColumnWidth && "dt-w-1",
                alignOf(c) !== "start" && ALIGN[alignOf(c)],
                isNumericFormat(c.format) && "tabular-nums",
                stickyClass(ci, stickyCount),
                c.className,
              );
              return c.rowHeader ? (
                <th key={c.id} scope="row" className={className}>{renderCell(c, row, locale, timeZone)}</th>
              ) : (
                <td key={c.id} className={className}>{renderCell(c, row, locale, timeZone)}</td>
              );
            })}
          </tr>
          {hasDetail && (
            <tr>
              <td colSpan={columns.length} className="!pt-0">{detail}</td>
            </tr>
          )}
        </Fragment>
      );
    });

  const totalRow = (f: DataTableFooterRow, className: string) => {
    const span = Math.max(1, f.span ?? 1);
    return (
      <tr key={f.key} className={className}>
        <th scope="row" colSpan={span} className={join("!font-semibold", stickyClass(0, stickyCount))}>{f.label}</th>
        {columns.slice(span).map((c) => (
          <td key={c.id} className={join(alignOf(c) !== "start" && ALIGN[alignOf(c)], isNumericFormat(c.format) && "tabular-nums")}>{f.values[c.id] ?? ""}</td>
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
          aria-label={props.regionLabel ?? caption}
          tabIndex={0}
          className={`relative max-w-full overflow-x-auto ${props.maxHeight ? "sm:max-h-[var(--dt-max-h)] sm:overflow-y-auto" : ""} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 print:max-h-none print:overflow-visible`}
          style={props.maxHeight ? { ["--dt-max-h" as string]: props.maxHeight } : undefined}
        >
          <table
            id={props.id}
            aria-describedby={summary ? summaryId : undefined}
            aria-busy={props.busy || undefined}
            className={`${tableClass}${props.busy ? " opacity-70" : ""}`}
            style={{
              ...(props.minWidth ? { minWidth: props.minWidth } : {}),
              ...(props.firstColumnWidth ? { ["--dt-sticky-1" as string]: props.firstColumnWidth } : {}),
            }}
          >
            <caption className={props.captionVisible ? "mb-2 text-left font-semibold" : "sr-only"}>{caption}</caption>
            <thead>
              <tr>
                {columns.map((c, ci) => (
                  <th
                    key={c.id}
                    scope="col"
                    aria-sort={sort?.id === c.id ? (sort.desc ? "descending" : "ascending") : undefined}
                    className={join(
                      "border-b-2 border-slate-300 bg-white align-bottom font-semibold",
                      alignOf(c) !== "start" && ALIGN[alignOf(c)],
                      stickyHeader && "sticky top-0 print:static",
                      (stickyHeader || ci < stickyCount) && stickyClass(ci, stickyCount, true),
                    )}
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
                    <tr className="break-after-avoid">
                      <th scope="rowgroup" colSpan={columns.length} className="!border-b !border-slate-300 bg-slate-100 !font-semibold">{g.head}</th>
                    </tr>
                  )}
                  {bodyRows(g.rows, gi * 100_000)}
                  {g.foot && totalRow(g.foot, "bg-slate-50 font-semibold [&>*]:!border-slate-300")}
                </tbody>
              ))
            ) : (
              <tbody>{bodyRows(rows, 0)}</tbody>
            )}
            {footer && footer.length > 0 && (
              <tfoot>
                {footer.map((f) => totalRow(f, "font-semibold [&>*]:border-t-2 [&>*]:border-slate-300"))}
              </tfoot>
            )}
          </table>
        </div>
      )}
    </div>
  );
}
