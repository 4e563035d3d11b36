// /initiatives (Vorhaben): every public initiative, searchable and filterable by field of action,
// status, health, district and partner through a GET form; 50 per page, sorted by code.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InitiativeFilterForm } from "@/components/public/list/initiative-filter-form";
import { InitiativeTable } from "@/components/public/list/initiative-table";
import { Pagination } from "@/components/public/list/pagination";
import { publicLocale, publicMetadata } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { loadListFilterOptions, loadPublicInitiativeList, parseListFilters } from "@/lib/public/list-queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await publicLocale(params);
  const t = await getTranslations({ locale, namespace: "publicList" });
  return publicMetadata(locale, "/initiatives", { title: t("title"), description: t("description") });
}

export default async function InitiativesPage({ params, searchParams }: Props) {
  const locale = await publicLocale(params);
  const filters = parseListFilters(await searchParams);
  const database = await db();
  const [list, options] = await Promise.all([loadPublicInitiativeList(database, filters), loadListFilterOptions(database)]);
  const t = await getTranslations("publicList");
  const basePath = localePath(locale, "/initiatives");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("description")}</p>
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
