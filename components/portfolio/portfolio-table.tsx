"use client";
// The internal portfolio table. The server computes the page (lib/portfolio/page-model.ts): only
// the visible rows, the facet counts and the group totals arrive here. Its whole state lives in the
// URL (lib/portfolio/table-state.ts); a change replaces the URL in place (no scroll, focus stays
// where it was) and the server renders the new page, while the controls already show the change.
// The code and title columns and the header row stay in view while the table scrolls in its region.
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useOptimistic, useTransition } from "react";
import { DataTablePagination } from "@/components/ui/data-table-pagination";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { PortfolioPageModel } from "@/lib/portfolio/page-model";
import type { PortfolioFacetOptions } from "@/lib/portfolio/row";
import { PAGE_SIZES, serializePortfolioState, type ColumnId, type PageSize, type PortfolioTableState } from "@/lib/portfolio/table-state";
import { ColumnSettings } from "./column-settings";
import { PortfolioGroupRow } from "./portfolio-group-row";
import { COLUMN_DEFINITIONS, NUMERIC_COLUMNS, portfolioCell, useCellContext } from "./portfolio-cells";
import { PortfolioFilters } from "./portfolio-filters";

/** Changing any of these shows the first page again. */
const FILTER_KEYS = new Set<keyof PortfolioTableState>(["q", "field", "dept", "status", "health", "partner", "district", "stale", "overdue", "group", "size"]);

/**
 * Where a column sticks when the table scrolls sideways (from 640 px; narrower screens need the
 * room): the code and the title while they lead the chosen order. The code column has a fixed width
 * so the title knows its offset.
 */
function sticky(cols: readonly ColumnId[], index: number): { cell: string; head: string } | null {
  const id = cols[index];
  const edge = "stick";
  if (index === 0 && id === "code") return { cell: `${edge} sm:left-0 sm:w-28 sm:min-w-28 sm:max-w-28`, head: "sm:left-0 sm:w-28 sm:min-w-28 sm:max-w-28 sm:z-30" };
  const divider = "sm:shadow-[inset_-1px_0_0_var(--color-slate-300)]";
  if (index === 0 && id === "title") return { cell: `${edge} sm:left-0 sm:min-w-56 sm:max-w-80 ${divider}`, head: `sm:left-0 sm:z-30 ${divider}` };
  if (index === 1 && id === "title" && cols[0] === "code") return { cell: `${edge} sm:left-28 sm:min-w-56 sm:max-w-80 ${divider}`, head: `sm:left-28 sm:z-30 ${divider}` };
  return null;
}

function cellClass(cols: readonly ColumnId[], index: number): string | undefined {
  const classes = [sticky(cols, index)?.cell, NUMERIC_COLUMNS.has(cols[index]!) ? "text-right" : undefined].filter(Boolean);
  return classes.length ? classes.join(" ") : undefined;
}

export function PortfolioTable({
  view,
  options,
  state: linked,
  canExport,
}: {
  view: PortfolioPageModel;
  options: PortfolioFacetOptions;
  /** The state as the URL says (the page as requested; `view.page` is the one shown). */
  state: PortfolioTableState;
  canExport: boolean;
}) {
  const t = useTranslations("portfolio");
  const cells = useCellContext();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  // The controls show a change at once; the server's next render replaces it with the real state.
  const [state, patchState] = useOptimistic(linked, (s: PortfolioTableState, patch: Partial<PortfolioTableState>) => ({ ...s, ...patch }));

  const update = useCallback(
    (patch: Partial<PortfolioTableState>) => {
      const full = Object.keys(patch).some((k) => FILTER_KEYS.has(k as keyof PortfolioTableState)) ? { ...patch, page: 1 } : patch;
      const query = serializePortfolioState({ ...state, ...full });
      startTransition(() => {
        patchState(full);
        router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
      });
    },
    [state, pathname, router, patchState],
  );

  const visible = state.cols;
  const exportQuery = serializePortfolioState(state, ["page", "size", "group"]);
  const exportHref = (format: "csv" | "xlsx") => `/app/portfolio/export?format=${format}${exportQuery ? `&${exportQuery}` : ""}`;
  const sortLabel = (id: ColumnId) => (state.sort?.id === id ? (state.sort.desc ? "descending" : "ascending") : undefined);
  const cycleSort = (id: ColumnId) =>
    update({ sort: state.sort?.id !== id ? { id, desc: false } : state.sort.desc ? null : { id, desc: true } });
  const rowCount = view.segments.reduce((n, s) => n + s.rows.length, 0);

  return (
    <div>
      <PortfolioFilters state={state} options={options} counts={view.facetCounts} onChange={update}>
        <ColumnSettings cols={state.cols} onChange={(cols) => update({ cols })} />
      </PortfolioFilters>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-4">
        <p role="status" aria-live="polite" className="font-semibold">
          {t("results", { count: view.matched, total: view.total })}
          {pending && <span className="ml-2 font-normal text-slate-700">{t("loading")}</span>}
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
      <ScrollRegion label={t("tableRegion")} className="mt-4 sm:max-h-[calc(100vh-7rem)] sm:overflow-y-auto print:max-h-none print:overflow-visible">
        <table
          // Cell styles are set once here rather than on every cell: a page of 100 rows stays small.
          className={`w-full min-w-[64rem] border-separate border-spacing-0 text-left text-sm tabular-nums print:min-w-0 print:text-[9pt] [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1.5 [&_.stick]:bg-white sm:[&_.stick]:sticky sm:[&_td.stick]:z-10 ${pending ? "opacity-70" : ""}`}
          aria-busy={pending}
          data-testid="portfolio-table"
        >
          <caption className="sr-only">{state.group ? t("tableCaptionGrouped", { group: t(`group.${state.group}`) }) : t("tableCaption")}</caption>
          <thead>
            <tr>
              {visible.map((id, index) => {
                const definition = COLUMN_DEFINITIONS[id];
                return (
                  <th
                    key={id}
                    scope="col"
                    aria-sort={sortLabel(id)}
                    className={`sticky top-0 z-20 border-b-2 border-slate-400 bg-white px-2 py-2 align-bottom print:static ${sticky(visible, index)?.head ?? ""} ${NUMERIC_COLUMNS.has(id) ? "text-right" : ""}`}
                  >
                    <button
                      type="button"
                      onClick={() => cycleSort(id)}
                      title={definition ? t(definition.key) : undefined}
                      aria-describedby={definition?.id}
                      className="inline-flex items-center gap-1 text-left font-semibold hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 print:no-underline"
                    >
                      {t(`col.${id}`)}
                      <span aria-hidden="true" className="print:hidden">{state.sort?.id === id ? (state.sort.desc ? "▼" : "▲") : "↕"}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          {rowCount === 0 && (
            <tbody>
              <tr>
                <td colSpan={visible.length} className="text-center"><p className="py-5">{t("empty")}</p></td>
              </tr>
            </tbody>
          )}
          {view.segments.map((segment) => (
            // Each group is its own row group, headed by its totals row (again when it continues from the previous page).
            <tbody key={segment.group ? `group-${segment.group.key}` : "rows"}>
              {segment.group && state.group && (
                <PortfolioGroupRow group={state.group} head={segment.group} options={options} colSpan={visible.length} />
              )}
              {segment.rows.map((row) => (
                <tr key={row.id} className="align-top break-inside-avoid">
                  {visible.map((id, index) => (
                    <td key={id} className={cellClass(visible, index)}>
                      {portfolioCell(id, row, cells)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
      <DataTablePagination
        page={view.page}
        pageCount={view.pageCount}
        size={state.size}
        sizes={PAGE_SIZES}
        labels={{
          nav: t("pagination"),
          first: t("firstPage"),
          previous: t("previousPage"),
          next: t("nextPage"),
          last: t("lastPage"),
          status: t("pageStatus", { page: view.page, pages: view.pageCount }),
          pageSize: t("pageSize"),
        }}
        onPage={(page) => update({ page })}
        onSize={(size) => update({ size: size as PageSize })}
      />
    </div>
  );
}
