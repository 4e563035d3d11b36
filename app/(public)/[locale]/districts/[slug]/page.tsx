// /districts/<slug>: a Stadtbezirk with its public initiatives (50 per page, sorted by code).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InitiativeTable } from "@/components/public/list/initiative-table";
import { Pagination } from "@/components/public/list/pagination";
import { publicLocale, publicMetadata } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { loadPublicDistrict } from "@/lib/public/district-queries";
import { listQueryString, parseListFilters } from "@/lib/public/list-queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(props: Props) {
  const { slug } = await props.params;
  const { page } = parseListFilters(await props.searchParams);
  return loadPublicDistrict(await db(), slug, page);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await publicLocale(props.params);
  const district = await load(props);
  if (!district) return {};
  const t = await getTranslations({ locale, namespace: "publicDistricts" });
  return publicMetadata(locale, `/districts/${district.slug}`, {
    title: t("districtTitle", { name: district.name }),
    description: t("districtDescription", { name: district.name }),
  });
}

export default async function DistrictPage(props: Props) {
  const locale = await publicLocale(props.params);
  const district = await load(props);
  if (!district) notFound();
  const t = await getTranslations("publicDistricts");
  const tList = await getTranslations("publicList");
  const { list } = district;
  return (
    <>
      <p>
        <Link href={localePath(locale, "/districts")} className="text-brand-700 underline underline-offset-2">← {t("back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-900 break-words hyphens-auto">{t("districtTitle", { name: district.name })}</h1>
      <section aria-labelledby="district-initiatives" className="mt-6">
        <h2 id="district-initiatives" className="text-xl font-semibold">{t("initiativesHeading")}</h2>
        {list.total === 0 ? (
          <p className="mt-2">{t("empty")}</p>
        ) : (
          <>
            <p className="text-sm text-slate-700" data-testid="result-count">
              {tList("resultCount", { count: list.total })}
              {list.pageCount > 1 && <> · {tList("pageInfo", { page: list.page, pages: list.pageCount })}</>}
              {" · "}
              <Link href={`${localePath(locale, "/initiatives")}${listQueryString({ district: district.slug })}`} className="text-brand-700 underline underline-offset-2">
                {tList("showAll", { count: list.total })}
              </Link>
            </p>
            <InitiativeTable items={list.items} caption={t("listCaption", { name: district.name })} locale={locale} />
            <Pagination basePath={localePath(locale, `/districts/${district.slug}`)} filters={{}} page={list.page} pageCount={list.pageCount} />
          </>
        )}
      </section>
    </>
  );
}
