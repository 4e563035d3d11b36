// /changes ("Was hat sich geändert"): the public changes of one quarter (default: the current
// one), by kind: milestones done, milestones moved with the reason, status changes, newly
// approved public summaries. The quarter is chosen with a GET form or the previous/next links.
import { getTranslations } from "next-intl/server";
import { ChangeSection } from "@/components/public/changes/change-section";
import { changeDescriber } from "@/components/public/changes/change-text";
import { PageHead } from "@/components/public/page-head";
import { indexPageMetadata, publicLocale, type PublicPageProps } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { CHANGE_KINDS, loadPeriodChanges } from "@/lib/public/changes";
import { shiftPeriod } from "@/lib/reports/period";

export const dynamic = "force-dynamic";

export const generateMetadata = indexPageMetadata("/changes", "publicChanges");

export default async function ChangesPage({ params, searchParams }: PublicPageProps) {
  const locale = await publicLocale(params);
  const requested = (await searchParams).period;
  const data = await loadPeriodChanges(await db(), typeof requested === "string" ? requested : undefined);
  const t = await getTranslations("publicChanges");
  const describer = await changeDescriber(locale);
  const basePath = localePath(locale, "/changes");
  const previous = shiftPeriod(data.period, -1);
  const next = shiftPeriod(data.period, 1);
  const periodHref = (p: string) => (p === data.periods[0] ? basePath : `${basePath}?period=${p}`);
  const link = "text-brand-700 underline underline-offset-2";
  return (
    <>
      <PageHead title={t("title")} intro={t("intro")} />
      <p className="mt-2">
        <a href={localePath(locale, "/feed.xml")} type="application/atom+xml" className={link}>{t("feedLink")}</a>
      </p>
      <p className="mt-2">
        <a href={localePath(locale, "/changes/since-adoption")} className={link}>{t("sinceAdoptionLink")}</a>
      </p>

      <form method="get" action={basePath} className="mt-6 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-slate-50 p-4">
        <div>
          <label htmlFor="period" className="block text-sm font-semibold text-slate-800">{t("periodLabel")}</label>
          <select id="period" name="period" defaultValue={data.period} className="mt-1 rounded border border-slate-500 bg-white px-2 py-1.5 text-sm">
            {data.periods.map((p) => (
              <option key={p} value={p}>{describer.period(p)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">{t("show")}</button>
      </form>

      <nav aria-label={t("periodNav")} className="mt-4">
        <ul className="flex flex-wrap gap-4 text-sm">
          {data.periods.includes(previous) && (
            <li><a href={periodHref(previous)} rel="prev" className={link}>← {t("previousPeriod")}: {describer.period(previous)}</a></li>
          )}
          {data.periods.includes(next) && (
            <li><a href={periodHref(next)} rel="next" className={link}>{t("nextPeriod")}: {describer.period(next)} →</a></li>
          )}
        </ul>
      </nav>

      <section aria-labelledby="period-heading" className="mt-8">
        <h2 id="period-heading" className="text-2xl font-semibold">{t("periodHeading", describer.periodParts(data.period))}</h2>
        {CHANGE_KINDS.map((kind) => (
          <ChangeSection key={kind} kind={kind} changes={data.changes[kind]} total={data.counts[kind]} locale={locale} describer={describer} />
        ))}
      </section>
    </>
  );
}
