"use client";
// The internal portfolio table (TanStack Table v9): search, facet filters with counts, grouping
// with group totals, sorting, column choice and order, pagination. Its whole state lives in the
// URL (lib/portfolio/table-state.ts); changes replace the URL in place, keeping scroll and focus.
import { useTable } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { DataTablePagination } from "@/components/ui/data-table-pagination";
import { facetCounts, filterRows } from "@/lib/portfolio/filter-sort";
import type { PortfolioFacetOptions, PortfolioRow } from "@/lib/portfolio/row";
import { GROUP_COLUMN, portfolioColumnDefs, portfolioTableOptions, tanstackState, toTableRows } from "@/lib/portfolio/table-model";
import { PAGE_SIZES, serializePortfolioState, type ColumnId, type PageSize, type PortfolioTableState } from "@/lib/portfolio/table-state";
import { ColumnSettings } from "./column-settings";
import { PortfolioGroupRow } from "./portfolio-group-row";
import { COLUMN_DEFINITIONS, NUMERIC_COLUMNS, PortfolioCell } from "./portfolio-cells";
import { PortfolioFilters } from "./portfolio-filters";

const COLUMNS = portfolioColumnDefs();
/** Changing any of these shows the first page again. */
const FILTER_KEYS = new Set<keyof PortfolioTableState>(["q", "field", "dept", "status", "health", "partner", "district", "stale", "overdue", "group", "size"]);

/** Splits a page of rows at its group rows: [{ head?, rows }], leaf rows continuing a group from the previous page first. */
function segments<R extends { getIsGrouped: () => boolean }>(rows: R[]): { head?: R; rows: R[] }[] {
  const out: { head?: R; rows: R[] }[] = [];
  for (const row of rows) {
    if (row.getIsGrouped()) out.push({ head: row, rows: [] });
    else if (out.length === 0) out.push({ rows: [row] });
    else out[out.length - 1]!.rows.push(row);
  }
  return out;
}

export function PortfolioTable({
  rows,
  options,
  initialState,
  canExport,
}: {
  rows: PortfolioRow[];
  options: PortfolioFacetOptions;
  initialState: PortfolioTableState;
  canExport: boolean;
}) {
  const t = useTranslations("portfolio");
  const [state, setState] = useState(initialState);
  const update = (patch: Partial<PortfolioTableState>) =>
    setState((s) => ({ ...s, ...patch, ...(Object.keys(patch).some((k) => FILTER_KEYS.has(k as keyof PortfolioTableState)) ? { page: 1 } : {}) }));

  const query = serializePortfolioState(state);
  useEffect(() => {
    // Next.js keeps its router in step with replaceState; no navigation, no scroll, focus stays put.
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
  }, [query]);

  const data = useMemo(() => toTableRows(rows, state.group), [rows, state.group]);
  const filtered = useMemo(() => filterRows(rows, state), [rows, state]);
  const counts = useMemo(() => facetCounts(rows, state), [rows, state]);
  const table = useTable({ ...portfolioTableOptions, columns: COLUMNS, data, state: tanstackState(state) });

  const pageCount = Math.max(1, table.getPageCount());
  // A linked page beyond the end (or one that filtering emptied) shows the last page instead;
  // adjusting state while rendering is React's pattern for state derived from other state.
  if (state.page > pageCount) setState({ ...state, page: pageCount });

  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const visible = headers.map((h) => h.column.id as ColumnId);
  const pageRows = table.getRowModel().rows;
  const exportQuery = serializePortfolioState(state, ["page", "size", "group"]);
  const exportHref = (format: "csv" | "xlsx") => `/app/portfolio/export?format=${format}${exportQuery ? `&${exportQuery}` : ""}`;
  const sortLabel = (id: ColumnId) => (state.sort?.id === id ? (state.sort.desc ? "descending" : "ascending") : undefined);
  const cycleSort = (id: ColumnId) =>
    update({ sort: state.sort?.id !== id ? { id, desc: false } : state.sort.desc ? null : { id, desc: true } });

  return (
    <div>
      <PortfolioFilters state={state} options={options} counts={counts} onChange={update} />
      <ColumnSettings cols={state.cols} onChange={(cols) => update({ cols })} />
      <div className="mt-4 flex flex-wrap items-center justify-between gap-4">
        <p role="status" aria-live="polite" className="font-semibold">
          {t("results", { count: filtered.length, total: rows.length })}
        </p>
        {canExport && (
          <div className="flex flex-wrap items-center gap-3 text-sm print:hidden">
            <a href={exportHref("csv")} className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-700 hover:text-white">
              {t("exportCsv")}
            </a>
            <a href={exportHref("xlsx")} className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-700 hover:text-white">
              {t("exportXlsx")}
            </a>
          </div>
        )}
      </div>
      {canExport && <p className="mt-1 text-xs text-slate-700 print:hidden">{t("exportHint")}</p>}
      {state.group === "partner" && <p className="mt-2 text-sm">{t("groupPartnerNote")}</p>}
      <div className="mt-4 overflow-x-auto print:overflow-visible">
        <table className="w-full min-w-[64rem] border-collapse text-left text-sm print:min-w-0 print:text-[9pt]" data-testid="portfolio-table">
          <caption className="sr-only">{state.group ? t("tableCaptionGrouped", { group: t(`group.${state.group}`) }) : t("tableCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              {headers.map((h) => {
                const id = h.column.id as ColumnId;
                const definition = COLUMN_DEFINITIONS[id];
                return (
                  <th key={h.id} scope="col" aria-sort={sortLabel(id)} className={`px-2 py-2 align-bottom ${NUMERIC_COLUMNS.has(id) ? "text-right" : ""}`}>
                    <button
                      type="button"
                      onClick={() => cycleSort(id)}
                      title={definition ? t(definition.key) : undefined}
                      aria-describedby={definition?.id}
                      className="inline-flex items-center gap-1 font-semibold hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 print:no-underline"
                    >
                      {t(`col.${id}`)}
                      <span aria-hidden="true" className="print:hidden">{state.sort?.id === id ? (state.sort.desc ? "▼" : "▲") : "↕"}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          {pageRows.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={visible.length} className="px-2 py-6 text-center">{t("empty")}</td>
              </tr>
            </tbody>
          )}
          {segments(pageRows).map((segment) => (
            // Each group is its own row group, headed by its totals row.
            <tbody key={segment.head?.id ?? `rows-${segment.rows[0]?.id}`}>
              {segment.head && (
                <PortfolioGroupRow
                  group={state.group!}
                  value={String(segment.head.groupingValue ?? "")}
                  options={options}
                  rows={segment.head.getLeafRows().map((l) => l.original)}
                  colSpan={visible.length}
                />
              )}
              {segment.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 align-top break-inside-avoid">
                  {row.getVisibleCells().filter((c) => c.column.id !== GROUP_COLUMN).map((cell) => {
                    const id = cell.column.id as ColumnId;
                    return (
                      <td key={cell.id} className={`px-2 py-1.5 ${NUMERIC_COLUMNS.has(id) ? "text-right" : ""}`}>
                        <PortfolioCell id={id} row={row.original} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <DataTablePagination
        page={Math.min(state.page, pageCount)}
        pageCount={pageCount}
        size={state.size}
        sizes={PAGE_SIZES}
        labels={{
          nav: t("pagination"),
          first: t("firstPage"),
          previous: t("previousPage"),
          next: t("nextPage"),
          last: t("lastPage"),
          status: t("pageStatus", { page: Math.min(state.page, pageCount), pages: pageCount }),
          pageSize: t("pageSize"),
        }}
        onPage={(page) => update({ page })}
        onSize={(size) => update({ size: size as PageSize })}
      />
    </div>
  );
}
