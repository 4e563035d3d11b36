// /districts (Stadtbezirke): every district with the number of public initiatives in it.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { publicLocale, publicMetadata } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { loadPublicDistricts } from "@/lib/public/district-queries";
import { ScrollRegion } from "@/components/ui/scroll-region";

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
      <ScrollRegion label={t("tableCaption")} className="mt-6">
        <table className="w-full max-w-xl text-left text-sm" data-testid="district-table">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3 font-semibold">{t("colDistrict")}</th>
              <th scope="col" className="py-2 text-right font-semibold">{t("colCount")}</th>
            </tr>
          </thead>
          <tbody>
            {districts.map((d) => (
              <tr key={d.slug} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-normal" lang="de">
                  <Link href={localePath(locale, `/districts/${d.slug}`)} className="font-medium text-brand-700 underline underline-offset-2">
                    {d.name}
                  </Link>
                </th>
                <td className="py-2 text-right tabular-nums">{d.initiativeCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
