// One public initiative (Vorhaben): facts (health with the day of the last update, progress with
// what it is based on), plain-language summary, description, approved public summaries
// (Sachstand), milestones with delay, overdue marker and every date change and its reason, public
// KPIs, published funding and partners. City-entered texts show in English on English pages where
// the city wrote English, else in German with lang="de" and a visible "German only" marker.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PublicDecisions } from "@/components/decisions/public-decisions";
import { PublicDocuments } from "@/components/documents/public-documents";
import { HealthBadge, StatusBadge } from "@/components/initiatives/badges";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import { InitiativeDependencies } from "@/components/public/initiative-dependencies";
import { InitiativeFunding } from "@/components/public/initiative-funding";
import { InitiativeQuestions } from "@/components/public/initiative-questions";
import { SubscribeLink } from "@/components/public/subscribe-link";
import { InitiativeMilestones } from "@/components/public/initiative-milestones";
import { KpiFigure } from "@/components/public/kpi-figure";
import { Localized } from "@/components/public/localized";
import { BackLink, CodeTitle, PageSection } from "@/components/public/page-head";
import { detailPage, isPublicSlug, publicMetadata, type SlugPageProps, noStaticParams } from "@/components/public/public-page";
import { Markdown } from "@/components/ui/markdown";
import { dateValue } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { contentString, contentText } from "@/lib/i18n/content";
import { getPublicInitiativeDecisions, getPublicInitiativeDocuments } from "@/lib/public/decision-queries";
import { getPublishedFeedback } from "@/lib/public/feedback-queries";
import { getPublicInitiative } from "@/lib/public/initiative-queries";
import { parsePeriod } from "@/lib/reports/period";

export const generateStaticParams = noStaticParams;

const detail = detailPage(async (slug) => (isPublicSlug(slug) ? getPublicInitiative(await db(), slug) : null));

export const generateMetadata = detail.metadata(async (initiative, locale): Promise<Metadata> => {
  const t = await getTranslations({ locale, namespace: "publicInitiative" });
  const path = `/initiatives/${initiative.slug}`;
  return publicMetadata(locale, path, {
    title: `${initiative.code} ${contentString(locale, initiative.title, initiative.titleEn)}`,
    description: contentString(locale, initiative.summary, initiative.summaryEn) || t("metaDescriptionFallback", { code: initiative.code }),
    feedPath: `${path}/feed.xml`,
  });
});

export default async function InitiativePage(props: SlugPageProps) {
  const { locale, row: initiative } = await detail.load(props);
  const t = await getTranslations("initiative");
  const tp = await getTranslations("publicInitiative");
  const tRole = await getTranslations("partnerRole");
  const tReports = await getTranslations("publicReports");
  const format = await getFormatter();
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" }) : "–");
  const { publicMilestones, allMilestones } = initiative.progressBasis;
  // Progress counts the public milestones only; say so when internal ones exist (and progress is counted from milestones at all).
  const partialBasis = publicMilestones < allMilestones && initiative.status !== "COMPLETED" && initiative.status !== "CANCELLED";
  const href = (path: string) => localePath(locale, path);
  const link = "text-brand-700 underline underline-offset-2";
  const dt = "text-sm font-semibold text-slate-700";
  const description = contentText(locale, initiative.description, initiative.descriptionEn);
  const questions = await getPublishedFeedback(await db(), initiative.slug);

  return (
    <>
      <BackLink href={href("/")}>{tp("backToOverview")}</BackLink>
      <CodeTitle code={initiative.code} title={contentText(locale, initiative.title, initiative.titleEn)} className="mt-4" />
      {initiative.summary && <Localized as="p" value={contentText(locale, initiative.summary, initiative.summaryEn)} className="mt-3 max-w-3xl text-lg" />}

      <h2 className="sr-only">{tp("facts")}</h2>
      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
        <div>
          <dt className={dt}>{t("fieldOfAction")}</dt>
          <dd>
            <a href={href(`/fields/${initiative.fieldOfAction.slug}`)} className={link}>
              {initiative.fieldOfAction.code} · <Localized value={contentText(locale, initiative.fieldOfAction.title, initiative.fieldOfAction.titleEn)} />
            </a>
          </dd>
        </div>
        <div><dt className={dt}>{t("department")}</dt><dd lang="de">{initiative.department.name}</dd></div>
        <div><dt className={dt}>{t("status")}</dt><dd><StatusBadge status={initiative.status} /></dd></div>
        <div>
          <dt className={dt}>{t("health")}</dt>
          <dd>
            <HealthBadge health={initiative.health} />
            {initiative.healthReason && <Localized value={contentText(locale, initiative.healthReason, null)} className="ml-2" />}
            <span className="block text-sm text-slate-700" data-testid="as-of">
              {initiative.lastUpdated
                ? tp.rich("asOf", { date: date(dateValue(initiative.lastUpdated)), time: (chunks) => <time dateTime={initiative.lastUpdated!}>{chunks}</time> })
                : tp("asOfNone")}
            </span>
          </dd>
        </div>
        <div>
          <dt className={dt}>{t("progress")}</dt>
          <dd>
            <ProgressBar value={initiative.progress} />
            {partialBasis && (
              <span className="block text-sm text-slate-700" data-testid="progress-basis">
                {tp("progressBasis", { counted: publicMilestones, total: allMilestones })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className={dt}>{t("period")}</dt>
          <dd>
            {t("plannedPeriod", { start: date(initiative.plannedStart), end: date(initiative.plannedEnd) })}
            {initiative.actualStart && (
              <span className="block text-sm text-slate-700">
                {initiative.actualEnd
                  ? tp("actualPeriodEnd", { start: date(initiative.actualStart), end: date(initiative.actualEnd) })
                  : tp("actualPeriod", { start: date(initiative.actualStart) })}
              </span>
            )}
          </dd>
        </div>
        {initiative.districts.length > 0 && (
          <div className="sm:col-span-2">
            <dt className={dt}>{t("districts")}</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-3">
                {initiative.districts.map(({ district }) => (
                  <li key={district.slug}><a href={href(`/districts/${district.slug}`)} lang="de" className={link}>{district.name}</a></li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <InitiativeDependencies slug={initiative.slug} />

      {initiative.plainLanguageSummary && (
        <PageSection id="plain-heading" heading={t("plainLanguage")} className="mt-8 rounded border border-slate-200 bg-brand-50 p-4">
          <Localized as="p" value={contentText(locale, initiative.plainLanguageSummary, initiative.plainLanguageSummaryEn)} className="mt-2 whitespace-pre-line text-lg" />
        </PageSection>
      )}

      {initiative.description && (
        <PageSection id="desc-heading" heading={t("description")}>
          {/* User-written Markdown, sanitized: no raw HTML, safe links only, headings below h2. */}
          <Localized as="div" value={description}><Markdown source={description.text} /></Localized>
        </PageSection>
      )}

      <PageSection id="public-reports-heading" heading={tReports("heading")} empty={initiative.statusReports.length === 0 && tReports("empty")}>
        <ol className="mt-3 space-y-4">
          {initiative.statusReports.map((r) => {
            const p = parsePeriod(r.period);
            return (
              <li key={r.period} className="border-l-4 border-brand-600 pl-3">
                <h3 className="font-semibold">{p ? tReports("periodLabel", { year: p.year, index: p.index }) : r.period}</h3>
                <Localized as="p" value={contentText(locale, r.publicSummary, null)} className="mt-1 max-w-3xl whitespace-pre-line break-words" />
              </li>
            );
          })}
        </ol>
      </PageSection>

      <InitiativeMilestones milestones={initiative.milestones} overdueCount={initiative.overdueMilestones} />

      <PageSection id="kpis-heading" heading={tp("kpisHeading")} empty={initiative.kpis.length === 0 && tp("noKpis")}>
        {initiative.kpis.map((kpi, i) => <KpiFigure key={`${kpi.name}-${i}`} kpi={kpi} id={`kpi-${i}`} />)}
      </PageSection>

      <InitiativeFunding funding={initiative.funding} />

      <PageSection id="partners-heading" heading={t("partners")} empty={initiative.partners.length === 0 && t("noPartners")}>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {initiative.partners.map((p) => (
            <li key={`${p.partner.slug}-${p.role}`}>
              <a href={href(`/partners/${p.partner.slug}`)} className={`font-medium ${link}`}>{p.partner.name}</a> – {tRole(p.role)}
              {p.contribution && <span lang="de">: {p.contribution}</span>}
            </li>
          ))}
        </ul>
      </PageSection>
      <PublicDecisions decisions={await getPublicInitiativeDecisions(await db(), initiative.slug)} />
      <PublicDocuments documents={await getPublicInitiativeDocuments(await db(), initiative.slug)} />

      <InitiativeQuestions items={questions} feedbackHref={href(`/initiatives/${initiative.slug}/feedback`)} />
      <SubscribeLink locale={locale} target={`initiative:${initiative.slug}`} />
    </>
  );
}
