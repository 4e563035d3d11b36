// Overview of the citizens' site: the masterplan, its overall progress with the formula in plain
// words, and each field of action with its progress and counts (never every initiative's row).
// Every count links to the correspondingly filtered list of initiatives.
import type { Metadata } from "next";

import { getFormatter, getTranslations } from "next-intl/server";
import { PublicDecisions } from "@/components/decisions/public-decisions";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import { InitiativeCounts } from "@/components/public/initiative-counts";
import { KpiFigure } from "@/components/public/kpi-figure";
import { Localized } from "@/components/public/localized";
import { publicLocale, publicMetadata, type PublicPageProps } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { contentString, contentText } from "@/lib/i18n/content";
import { getPublicPlanDecisions } from "@/lib/public/decision-queries";
import { drawPublicDistrictMap, loadPublicDistrictMap } from "@/lib/public/map-queries";
import { getPublicOverview } from "@/lib/public/queries";
import { PublicDistrictMap } from "@/components/public/public-district-map";


export async function generateMetadata({ params }: PublicPageProps): Promise<Metadata> {
  const locale = await publicLocale(params);
  const t = await getTranslations({ locale, namespace: "publicHome" });
  const overview = await getPublicOverview(await db());
  return publicMetadata(locale, "/", {
    title: t("metaTitle"),
    description: overview ? t("metaDescription", { title: contentString(locale, overview.title, overview.titleEn) }) : undefined,
  });
}

export default async function HomePage({ params }: PublicPageProps) {
  const locale = await publicLocale(params);
  const prisma = await db();
  const [overview, mapData] = await Promise.all([getPublicOverview(prisma), loadPublicDistrictMap(prisma)]);
  const t = await getTranslations("publicHome");
  const tMap = await getTranslations("districtMap");
  const format = await getFormatter();
  const href = (path: string) => localePath(locale, path);
  if (!overview) return <p>{t("empty")}</p>;
  const date = (d: Date) => format.dateTime(d, { year: "numeric", month: "long", timeZone: "UTC" });
  const link = "text-brand-700 underline underline-offset-2";
  const title = contentText(locale, overview.title, overview.titleEn);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">
        {t.rich("title", { title: title.text, plan: (chunks) => <Localized value={title}>{chunks}</Localized> })}
      </h1>
      <p className="mt-2 text-slate-700">{t("period", { start: date(overview.periodStart), end: date(overview.periodEnd) })}</p>
      <Localized as="p" value={contentText(locale, overview.vision, overview.visionEn)} className="mt-4 max-w-3xl whitespace-pre-line" />

      <section aria-labelledby="progress-heading" className="mt-6 rounded border border-slate-200 bg-brand-50 p-4">
        <h2 id="progress-heading" className="text-lg font-semibold">{t("progressHeading")}</h2>
        <p className="mt-1">
          <ProgressBar value={overview.progress} /> · {t("initiativeTotal", { count: overview.initiativeCount })}
        </p>
        <InitiativeCounts summary={overview} />
        <p className="mt-3 max-w-3xl text-sm text-slate-800">{t("formula")}</p>
        <p className="mt-3">
          <a href={href("/initiatives")} className={`font-medium ${link}`}>{t("allInitiatives")}</a>
        </p>
      </section>

      <h2 className="mt-10 text-2xl font-semibold">{t("fieldsHeading")}</h2>
      <ul className="mt-4 grid gap-6 md:grid-cols-2">
        {overview.fields.map((field) => {
          const fieldTitle = contentText(locale, field.title, field.titleEn);
          return (
          <li key={field.slug}>
            <section aria-labelledby={`field-${field.slug}`} className="h-full rounded border border-slate-200 p-4">
              <h3 id={`field-${field.slug}`} className="text-xl font-semibold text-brand-700">
                <span className="font-mono text-base">{field.code}</span> · <Localized value={fieldTitle} />
              </h3>
              <p className="mt-1 text-sm text-slate-700">
                {t("initiativeCount", { count: field.initiativeCount })} · {t("progress")}: <ProgressBar value={field.progress} />
              </p>
              {field.description && <Localized as="p" value={contentText(locale, field.description, field.descriptionEn)} className="mt-2" />}
              <InitiativeCounts summary={field} field={field.slug} />
              <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <a href={href(`/fields/${field.slug}`)} className={link}>
                  {t.rich("openField", { title: fieldTitle.text, f: (c) => <span lang={fieldTitle.lang}>{c}</span> })}
                </a>
              </p>
            </section>
          </li>
          );
        })}
      </ul>

      <section aria-labelledby="district-map-heading" className="mt-10">
        <h2 id="district-map-heading" className="text-2xl font-semibold">{tMap("heading")}</h2>
        <PublicDistrictMap map={drawPublicDistrictMap(mapData, locale)} schematic={mapData.schematic} attribution={mapData.attribution} locale={locale} />
      </section>

      {overview.kpis.length > 0 && (
        <section aria-labelledby="kpis-heading" className="mt-10">
          <h2 id="kpis-heading" className="text-2xl font-semibold">{t("kpisHeading")}</h2>
          {overview.kpis.map((kpi, i) => <KpiFigure key={`${kpi.name}-${i}`} kpi={kpi} id={`kpi-${i}`} />)}
        </section>
      )}
      <PublicDecisions decisions={await getPublicPlanDecisions(await db())} />
    </>
  );
}
