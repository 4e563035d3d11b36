// /districts (Stadtbezirke): every district with the number of public initiatives in it.
import { getTranslations } from "next-intl/server";
import { DistrictTable } from "@/components/public/district-table";
import { PageHead } from "@/components/public/page-head";
import { indexPageMetadata, publicLocale, type PublicPageProps } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { loadPublicDistricts } from "@/lib/public/district-queries";


export const generateMetadata = indexPageMetadata("/districts", "publicDistricts");

export default async function DistrictsPage({ params }: PublicPageProps) {
  const locale = await publicLocale(params);
  const districts = await loadPublicDistricts(await db());
  const t = await getTranslations("publicDistricts");
  return (
    <>
      <PageHead title={t("title")} intro={t("intro")} />
      <DistrictTable districts={districts} locale={locale} />
    </>
  );
}
