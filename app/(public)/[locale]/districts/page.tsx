// /districts (Stadtbezirke): every district with the number of public initiatives in it.
import { getTranslations } from "next-intl/server";
import { DistrictTable } from "@/components/public/district-table";
import { PageHead } from "@/components/public/page-head";
import { indexPageMetadata, publicLocale, type PublicPageProps } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { loadPublicDistricts } from "@/lib/public/district-queries";
import { drawPublicDistrictMap, loadPublicDistrictMap } from "@/lib/public/map-queries";
import { PublicDistrictMap } from "@/components/public/public-district-map";


export const generateMetadata = indexPageMetadata("/districts", "publicDistricts");

export default async function DistrictsPage({ params }: PublicPageProps) {
  const locale = await publicLocale(params);
  const prisma = await db();
  const [districts, mapData] = await Promise.all([loadPublicDistricts(prisma), loadPublicDistrictMap(prisma)]);
  const t = await getTranslations("publicDistricts");
  const complete = mapData.districts.length > 0 && mapData.districts.every((d) => d.geometry);
  return (
    <>
      <PageHead title={t("title")} intro={t("intro")} />
      {/* The map's own table (counts and status) is its text version; while some district has no outline, the plain table lists them all. */}
      <PublicDistrictMap map={drawPublicDistrictMap(mapData, locale)} schematic={mapData.schematic} attribution={mapData.attribution} locale={locale} withTable={complete} />
      {!complete && <DistrictTable districts={districts} locale={locale} />}
    </>
  );
}
