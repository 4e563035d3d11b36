// /partners: the partners of public initiatives with their kind, website, description and the
// number of public initiatives they work on.
import { getTranslations } from "next-intl/server";
import { PageHead } from "@/components/public/page-head";
import { indexPageMetadata, publicLocale, type PublicPageProps } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { loadPublicPartners } from "@/lib/public/partner-queries";
import { Localized } from "@/components/public/localized";
import { contentText } from "@/lib/i18n/content";


export const generateMetadata = indexPageMetadata("/partners", "publicPartners");

export default async function PartnersPage({ params }: PublicPageProps) {
  const locale = await publicLocale(params);
  const partners = await loadPublicPartners(await db());
  const t = await getTranslations("publicPartners");
  const tKind = await getTranslations("partners.kinds");
  return (
    <>
      <PageHead title={t("title")} intro={t("intro")} />
      {partners.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <ul className="mt-6 grid grid-cols-1 gap-4 md:grid-cols-2" data-testid="partner-list">
          {partners.map((p) => (
            <li key={p.slug} className="rounded border border-slate-200 p-4">
              <h2 className="text-lg font-semibold" lang="de">
                <a href={localePath(locale, `/partners/${p.slug}`)} className="text-brand-700 underline underline-offset-2">
                  {p.name}
                </a>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                {t("kind")}: {tKind(p.kind)} · {t("initiativeCount", { count: p.initiativeCount })}
              </p>
              {p.description && <Localized as="p" className="mt-2 text-sm" value={contentText(locale, p.description, null)} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
