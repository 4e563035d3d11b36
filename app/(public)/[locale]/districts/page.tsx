// /districts (Stadtbezirke): every district with the number of public initiatives in it.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DistrictTable } from "@/components/public/district-table";
import { publicLocale, publicMetadata } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { loadPublicDistricts } from "@/lib/public/district-queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await publicLocale(params);
  const t = await getTranslations({ locale, namespace: "publicDistricts" });
  return publicMetadata(locale, "/districts", { title: t("title"), description: t("description") });
}

export default async function DistrictsPage({ params }: Props) {
  const locale = await publicLocale(params);
  const districts = await loadPublicDistricts(await db());
  const t = await getTranslations("publicDistricts");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <DistrictTable districts={districts} locale={locale} />
    </>
  );
}
