// One field of action (Handlungsfeld): description, progress, its public initiatives as a compact
// table and its public KPIs (chart and table each).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicDecisions } from "@/components/decisions/public-decisions";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import { InitiativeCounts } from "@/components/public/initiative-counts";
import { InitiativeTable } from "@/components/public/list/initiative-table";
import { KpiFigure } from "@/components/public/kpi-figure";
import { Localized } from "@/components/public/localized";
import { BackLink, CodeTitle, PageSection } from "@/components/public/page-head";
import { detailPage, isPublicSlug, publicMetadata, type SlugPageProps, noStaticParams } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { SubscribeLink } from "@/components/public/subscribe-link";
import { localePath } from "@/lib/i18n/config";
import { contentString, contentText } from "@/lib/i18n/content";
import { getPublicFieldDecisions } from "@/lib/public/decision-queries";
import { getPublicField } from "@/lib/public/field-queries";

export const generateStaticParams = noStaticParams;

const detail = detailPage(async (slug) => (isPublicSlug(slug) ? getPublicField(await db(), slug) : null));

export const generateMetadata = detail.metadata(async (field, locale): Promise<Metadata> => {
  const t = await getTranslations({ locale, namespace: "publicField" });
  return publicMetadata(locale, `/fields/${field.slug}`, {
    title: `${field.code} ${contentString(locale, field.title, field.titleEn)}`,
    description: contentString(locale, field.description, field.descriptionEn) || t("metaDescription", { title: contentString(locale, field.title, field.titleEn) }),
  });
});

export default async function FieldPage(props: SlugPageProps) {
  const { locale, row: field } = await detail.load(props);
  const t = await getTranslations("publicField");
  const tHome = await getTranslations("publicHome");
  const link = "text-brand-700 underline underline-offset-2";
  const h2 = "text-2xl font-semibold";
  return (
    <>
      <BackLink href={localePath(locale, "/")}>{t("backToOverview")}</BackLink>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-slate-700">{t("label")}</p>
      <CodeTitle code={field.code} title={contentText(locale, field.title, field.titleEn)} />
      {field.description && <Localized as="p" value={contentText(locale, field.description, field.descriptionEn)} className="mt-3 max-w-3xl text-lg whitespace-pre-line" />}

      <PageSection id="progress-heading" heading={t("progressHeading")} className="mt-6 rounded border border-slate-200 bg-brand-50 p-4" headingClassName="text-lg font-semibold">
        <p className="mt-1">
          <ProgressBar value={field.progress} /> · {tHome("initiativeCount", { count: field.initiativeCount })}
        </p>
        <InitiativeCounts summary={field} field={field.slug} />
        <p className="mt-3 max-w-3xl text-sm text-slate-800">{t("formula")}</p>
      </PageSection>

      <PageSection id="initiatives-heading" heading={t("initiativesHeading")} headingClassName={h2} empty={field.initiatives.length === 0 && t("noInitiatives")}>
        <InitiativeTable items={field.initiatives} caption={t("tableCaption", { field: contentString(locale, field.title, field.titleEn) })} locale={locale} showField={false} />
        <p className="mt-3">
          <a href={`${localePath(locale, "/initiatives")}?field=${encodeURIComponent(field.slug)}`} className={link}>{t("listLink")}</a>
        </p>
      </PageSection>

      <PageSection id="kpis-heading" heading={t("kpisHeading")} headingClassName={h2} empty={field.kpis.length === 0 && t("noKpis")}>
        {field.kpis.map((kpi, i) => <KpiFigure key={`${kpi.name}-${i}`} kpi={kpi} id={`kpi-${i}`} />)}
      </PageSection>
      <PublicDecisions decisions={await getPublicFieldDecisions(await db(), field.slug)} />
      <SubscribeLink locale={locale} target={`field:${field.slug}`} />
    </>
  );
}
