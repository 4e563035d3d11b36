// The public list of initiatives (Vorhaben): every public initiative, searchable and filterable by
// field of action, status, health, district and partner through a GET form; 50 per page, sorted
// by code. Served by two routes: /initiatives without a query from the page cache, and with one
// (proxy.ts rewrites it) by app/(public)/[locale]/initiatives/~query, rendered per request.
import { getTranslations } from "next-intl/server";
import { InitiativeFilterForm } from "@/components/public/list/initiative-filter-form";
import { InitiativeTable } from "@/components/public/list/initiative-table";
import { Pagination } from "@/components/public/list/pagination";
import { PageHead } from "@/components/public/page-head";
import { indexPageMetadata } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath, type Locale } from "@/lib/i18n/config";
import { loadListFilterOptions, loadPublicInitiativeList, parseListFilters } from "@/lib/public/list-queries";

export const initiativesListMetadata = indexPageMetadata("/initiatives", "publicList");

export async function InitiativesListPage({ locale, query }: { locale: Locale; query: Record<string, string | string[] | undefined> }) {
  const filters = parseListFilters(query);
  const database = await db();
  const [list, options] = await Promise.all([loadPublicInitiativeList(database, filters), loadListFilterOptions(database)]);
  const t = await getTranslations("publicList");
  const basePath = localePath(locale, "/initiatives");
  return (
    <>
      <PageHead title={t("title")} intro={t("description")} />
      <InitiativeFilterForm action={basePath} filters={filters} options={options} />
      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="text-xl font-semibold" data-testid="result-count">
          {t("resultCount", { count: list.total })}
        </h2>
        {list.pageCount > 1 && <p className="text-sm text-slate-700">{t("pageInfo", { page: list.page, pages: list.pageCount })}</p>}
        {list.items.length === 0 ? (
          <p className="mt-3">{t("empty")}</p>
        ) : (
          <InitiativeTable items={list.items} caption={t("tableCaption")} locale={locale} />
        )}
        <Pagination basePath={basePath} filters={filters} page={list.page} pageCount={list.pageCount} />
      </section>
    </>
  );
}
