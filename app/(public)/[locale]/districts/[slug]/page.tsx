// /districts/<slug>: a Stadtbezirk with its public initiatives (DISTRICT_PAGE_SIZE per page, sorted by code).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InitiativeTable } from "@/components/public/list/initiative-table";
import { Pagination } from "@/components/public/list/pagination";
import { ResultCount } from "@/components/public/list/result-count";
import { BackLink, DetailTitle, PageSection } from "@/components/public/page-head";
import { detailPage, publicMetadata, type SlugPageProps } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { loadPublicDistrict } from "@/lib/public/district-queries";
import { listQueryString } from "@/lib/public/list-queries";
import { drawPublicDistrictMap, loadPublicDistrictMap } from "@/lib/public/map-queries";
import { PublicDistrictMap } from "@/components/public/public-district-map";

export const dynamic = "force-dynamic";

const detail = detailPage(async (slug, page) => loadPublicDistrict(await db(), slug, page), { paged: true });

export const generateMetadata = detail.metadata(async (district, locale): Promise<Metadata> => {
  const t = await getTranslations({ locale, namespace: "publicDistricts" });
  return publicMetadata(locale, `/districts/${district.slug}`, {
    title: t("districtTitle", { name: district.name }),
    description: t("districtDescription", { name: district.name }),
  });
});

export default async function DistrictPage(props: SlugPageProps) {
  const { locale, row: district } = await detail.load(props);
  const t = await getTranslations("publicDistricts");
  const tList = await getTranslations("publicList");
  const { list } = district;
  const mapData = await loadPublicDistrictMap(await db());
  return (
    <>
      <BackLink href={localePath(locale, "/districts")}>{t("back")}</BackLink>
      <DetailTitle className="mt-4">{t("districtTitle", { name: district.name })}</DetailTitle>
      <PublicDistrictMap map={drawPublicDistrictMap(mapData, locale)} schematic={mapData.schematic} attribution={mapData.attribution} locale={locale} current={district.slug} />
      <PageSection id="district-initiatives" heading={t("initiativesHeading")} className="mt-6" empty={list.total === 0 && t("empty")}>
        <ResultCount list={list}>
          {" · "}
          <a href={`${localePath(locale, "/initiatives")}${listQueryString({ district: district.slug })}`} className="text-brand-700 underline underline-offset-2">
            {tList("showAll", { count: list.total })}
          </a>
        </ResultCount>
        <InitiativeTable items={list.items} caption={t("listCaption", { name: district.name })} locale={locale} />
        <Pagination basePath={localePath(locale, `/districts/${district.slug}`)} filters={{}} page={list.page} pageCount={list.pageCount} />
      </PageSection>
    </>
  );
}
