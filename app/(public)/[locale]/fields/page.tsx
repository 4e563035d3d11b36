// The fields of action (Handlungsfelder) with their progress and counts; each links to its page.
import { getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import { InitiativeCounts } from "@/components/public/initiative-counts";
import { Localized } from "@/components/public/localized";
import { PageHead } from "@/components/public/page-head";
import { indexPageMetadata, publicLocale, type PublicPageProps } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { contentText } from "@/lib/i18n/content";
import { getPublicOverview } from "@/lib/public/queries";


export const generateMetadata = indexPageMetadata("/fields", "publicField", { title: "indexTitle", description: "indexDescription" });

export default async function FieldsPage({ params }: PublicPageProps) {
  const locale = await publicLocale(params);
  const overview = await getPublicOverview(await db());
  const t = await getTranslations("publicField");
  const tHome = await getTranslations("publicHome");
  return (
    <>
      <PageHead title={t("indexTitle")} intro={t("indexIntro")} />
      {!overview ? (
        <p className="mt-4">{tHome("empty")}</p>
      ) : (
        <ul className="mt-6 space-y-6">
          {overview.fields.map((field) => (
            <li key={field.slug} className="rounded border border-slate-200 p-4">
              <h2 className="text-xl font-semibold">
                <a href={localePath(locale, `/fields/${field.slug}`)} className="text-brand-700 underline underline-offset-2">
                  <span className="font-mono text-base">{field.code}</span> · <Localized value={contentText(locale, field.title, field.titleEn)} />
                </a>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                {tHome("initiativeCount", { count: field.initiativeCount })} · {tHome("progress")}: <ProgressBar value={field.progress} />
              </p>
              {field.description && <Localized as="p" value={contentText(locale, field.description, field.descriptionEn)} className="mt-2 max-w-3xl" />}
              <InitiativeCounts summary={field} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
