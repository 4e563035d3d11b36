import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { HealthBadge, StatusBadge } from "@/components/initiatives/badges";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import { SiteShell } from "@/components/layout/site-shell";
import { db } from "@/lib/db/client";
import { getPublicOverview } from "@/lib/public/queries";

// Reads the database on every request; never prerendered at build time.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const overview = await getPublicOverview(await db());
  const t = await getTranslations("home");
  const format = await getFormatter();
  if (!overview) {
    return (
      <SiteShell isExample={false}>
        <p>{t("empty")}</p>
      </SiteShell>
    );
  }
  const date = (d: Date) => format.dateTime(d, { year: "numeric", month: "long", timeZone: "UTC" });
  return (
    <SiteShell isExample={overview.isExample}>
      <h1 className="text-3xl font-bold text-brand-900">{t("title", { title: overview.title })}</h1>
      <p className="mt-2 text-slate-700">{t("period", { start: date(overview.periodStart), end: date(overview.periodEnd) })}</p>
      <p className="mt-4 max-w-3xl">{overview.vision}</p>
      <section aria-labelledby="progress-heading" className="mt-6 rounded border border-slate-200 bg-brand-50 p-4">
        <h2 id="progress-heading" className="text-lg font-semibold">
          {t("progress")}: <ProgressBar value={overview.progress} />
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-slate-800">{t("formula")}</p>
      </section>

      <h2 className="mt-10 text-2xl font-semibold">{t("fieldsHeading")}</h2>
      {overview.fields.map((field) => (
        <section key={field.slug} aria-labelledby={`field-${field.slug}`} className="mt-8">
          <h3 id={`field-${field.slug}`} className="text-xl font-semibold text-brand-700">
            {field.code} · {field.title}
          </h3>
          <p className="mt-1 text-sm text-slate-700">
            {t("initiativeCount", { count: field.initiatives.length })} · {t("progress")}: <ProgressBar value={field.progress} />
          </p>
          {field.description && <p className="mt-2 max-w-3xl">{field.description}</p>}
          {field.initiatives.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("noInitiatives")}</p>
          ) : (
            <div className="mt-3 overflow-x-auto">
              <table className="w-full min-w-[36rem] text-left text-sm">
                <caption className="sr-only">{t("tableCaption", { field: field.title })}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-2 pr-3">{t("colCode")}</th>
                    <th scope="col" className="py-2 pr-3">{t("colTitle")}</th>
                    <th scope="col" className="py-2 pr-3">{t("colStatus")}</th>
                    <th scope="col" className="py-2 pr-3">{t("colHealth")}</th>
                    <th scope="col" className="py-2">{t("colProgress")}</th>
                  </tr>
                </thead>
                <tbody>
                  {field.initiatives.map((i) => (
                    <tr key={i.slug} className="border-b border-slate-100 align-top">
                      <td className="py-2 pr-3 font-mono">{i.code}</td>
                      <td className="py-2 pr-3">
                        <Link href={`/initiatives/${i.slug}`} className="font-medium text-brand-700 underline underline-offset-2">
                          {i.title}
                        </Link>
                        {i.summary && <p className="text-slate-700">{i.summary}</p>}
                      </td>
                      <td className="py-2 pr-3"><StatusBadge status={i.status} /></td>
                      <td className="py-2 pr-3"><HealthBadge health={i.health} /></td>
                      <td className="py-2"><ProgressBar value={i.progress} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </SiteShell>
  );
}
