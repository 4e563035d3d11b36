// /changes/since-adoption ("Was hat sich seit dem Beschluss geändert"): the public plan today
// against the adopted baseline (or another frozen one, chosen with a GET form): initiatives added,
// ended, merged or superseded, milestones moved, KPI targets and budgets changed. Public items only.
import { getTranslations } from "next-intl/server";
import { ComparisonTable } from "@/components/baselines/comparison-table";
import { PageHead } from "@/components/public/page-head";
import { indexPageMetadata, publicLocale, type PublicPageProps } from "@/components/public/public-page";
import { countChanges } from "@/lib/baselines/compare";
import { reportFormat } from "@/lib/council-report/format";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { loadChangesSinceAdoption } from "@/lib/public/plan-revisions";

export const dynamic = "force-dynamic";

export const generateMetadata = indexPageMetadata("/changes/since-adoption", "publicRevisions");

export default async function ChangesSinceAdoptionPage({ params, searchParams }: PublicPageProps) {
  const locale = await publicLocale(params);
  const requested = (await searchParams).baseline;
  const data = await loadChangesSinceAdoption(await db(), typeof requested === "string" ? requested : undefined);
  const t = await getTranslations({ locale, namespace: "publicRevisions" });
  const f = reportFormat(locale);
  const basePath = localePath(locale, "/changes/since-adoption");
  const counts = data.comparison ? countChanges(data.comparison) : null;
  return (
    <>
      <PageHead title={t("title")} intro={t("intro")} />
      {!data.baseline || !data.comparison ? (
        <p className="mt-6">{t("none")}</p>
      ) : (
        <>
          {data.baselines.length > 1 && (
            <form method="get" action={basePath} className="mt-6 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-slate-50 p-4">
              <div>
                <label htmlFor="baseline" className="block text-sm font-semibold text-slate-800">{t("baselineLabel")}</label>
                <select id="baseline" name="baseline" defaultValue={data.baseline.id} className="mt-1 rounded border border-slate-500 bg-white px-2 py-1.5 text-sm">
                  {data.baselines.map((b) => (
                    <option key={b.id} value={b.id}>{b.name} ({f.date(b.baselineDate)})</option>
                  ))}
                </select>
              </div>
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">{t("show")}</button>
            </form>
          )}
          <section aria-labelledby="since-heading" className="mt-8">
            <h2 id="since-heading" className="text-2xl font-semibold">{t("heading", { name: data.baseline.name, date: f.date(data.baseline.baselineDate) })}</h2>
            {counts && <p className="mt-2">{t("counts", counts)}</p>}
            <ComparisonTable
              comparison={data.comparison}
              locale={locale}
              caption={t("caption", { name: data.baseline.name })}
              initiativeHref={(r) => localePath(locale, `/initiatives/${r.slug}`)}
              linkGone={false}
            />
          </section>
        </>
      )}
    </>
  );
}
