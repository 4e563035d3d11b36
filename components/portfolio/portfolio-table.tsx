"use client";
// The internal portfolio table. The server computes the page (lib/portfolio/page-model.ts): only
// the visible rows, the facet counts and the group totals arrive here. Its whole state lives in the
// URL (lib/portfolio/table-state.ts); a change replaces the URL in place (no scroll, focus stays
// where it was) and the server renders the new page, while the controls already show the change.
// The code and title columns and the header row stay in view while the table scrolls in its region.
import { usePathname, useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useOptimistic, useTransition } from "react";
import { DataTablePagination } from "@/components/ui/data-table/client-pagination";
import { type DataTableColumn } from "@/components/ui/data-table";
import { ClientDataTable } from "@/components/ui/data-table/client-data-table";
import { segmentRows, type PortfolioPageModel, type PortfolioPageRow } from "@/lib/portfolio/page-model";
import type { PortfolioFacetOptions, PortfolioRow } from "@/lib/portfolio/row";
import { PAGE_SIZES, serializePortfolioState, type ColumnId, type PageSize, type PortfolioTableState } from "@/lib/portfolio/table-state";
import { ColumnSettings } from "./column-settings";
import { PortfolioGroupHead } from "./portfolio-group-head";
import { COLUMN_CLASSES, COLUMN_DEFINITIONS, NUMERIC_COLUMNS, portfolioCell, useCellContext, type CellContext } from "./portfolio-cells";
import { PortfolioFilters } from "./portfolio-filters";

/** Changing any of these shows the first page again. */
const FILTER_KEYS = new Set<keyof PortfolioTableState>(["q", "field", "dept", "status", "health", "partner", "district", "stale", "overdue", "group", "size"]);

/** The columns in the chosen order, declared for the one data table; cells come from portfolio-cells. */
function columnsFor(cols: readonly ColumnId[], cells: CellContext): DataTableColumn<PortfolioPageRow>[] {
  return cols.map((id) => {
    const definition = COLUMN_DEFINITIONS[id];
    return {
      id,
      header: cells.t(`col.${id}`),
      // The server sent the fields this column shows (COLUMN_FIELDS; page-model.test.ts renders both ways).
      cell: (row) => portfolioCell(id, row as PortfolioRow, cells),
      align: NUMERIC_COLUMNS.has(id) ? "end" : "start",
      sortable: true,
      headerTitle: definition ? cells.t(definition.key) : undefined,
      describedBy: definition?.id,
      className: COLUMN_CLASSES[id],
    };
  });
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
  const locale = useLocale();
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
  const exportHref = (format: "csv" | "xlsx", dialect?: "excel-de") =>
    `/app/portfolio/export?format=${format}${dialect ? `&dialect=${dialect}` : ""}${exportQuery ? `&${exportQuery}` : ""}`;

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
            <a href={exportHref("csv", "excel-de")} className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-700 hover:text-white">
              {t("exportCsvExcel")}
            </a>
            <a href={exportHref("xlsx")} className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-700 hover:text-white">
              {t("exportXlsx")}
            </a>
          </div>
        )}
      </div>
      {canExport && <p className="mt-1 text-xs text-slate-700 print:hidden">{t("exportHint")}</p>}
      {state.group === "partner" && <p className="mt-2 text-sm">{t("groupPartnerNote")}</p>}
      <ClientDataTable
        columns={columnsFor(visible, cells)}
        {...(state.group
          ? {
              groups: view.segments.map((segment) => ({
                key: `group-${segment.group?.key ?? ""}`,
                // Each group is its own row group, headed by its totals (again when it continues from the previous page).
                head: segment.group ? <PortfolioGroupHead group={state.group!} head={segment.group} options={options} /> : undefined,
                rows: segmentRows(view, segment),
              })),
            }
          : { rows: view.segments.flatMap((segment) => segmentRows(view, segment)) })}
        rowKey={(row) => row.code}
        caption={state.group ? t("tableCaptionGrouped", { group: t(`group.${state.group}`) }) : t("tableCaption")}
        regionLabel={t("tableRegion")}
        locale={locale}
        sort={state.sort}
        onSortChange={(sort) => update({ sort: sort as PortfolioTableState["sort"] })}
        // Code and title stay in view while they lead the chosen order.
        stickyFirstColumn={visible[0] === "code" || visible[0] === "title"}
        stickyColumns={visible[0] === "code" && visible[1] === "title" ? 2 : 1}
        firstColumnWidth={visible[0] === "code" ? "7rem" : undefined}
        maxHeight="calc(100vh - 7rem)"
        minWidth="64rem"
        busy={pending}
        empty={t("empty")}
        testId="portfolio-table"
        className="mt-4 tabular-nums print:text-[9pt] print:[&_tbody_tr]:break-inside-avoid"
      />
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
