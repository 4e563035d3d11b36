import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { HealthBadge, StatusBadge } from "@/components/initiatives/badges";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import { SiteShell } from "@/components/layout/site-shell";
import { Markdown } from "@/components/ui/markdown";
import { db } from "@/lib/db/client";
import { getPublicInitiative } from "@/lib/public/queries";
import { parsePeriod } from "@/lib/reports/period";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  // Slugs are lower-case ASCII; anything else cannot match and need not reach the database.
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  return getPublicInitiative(await db(), slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const initiative = await load((await params).slug);
  return initiative ? { title: `${initiative.code} ${initiative.title}`, description: initiative.summary } : {};
}

const DAY = 86_400_000;

export default async function InitiativePage({ params }: Props) {
  const initiative = await load((await params).slug);
  if (!initiative) notFound();
  const t = await getTranslations("initiative");
  const tRole = await getTranslations("partnerRole");
  const tReports = await getTranslations("publicReports");
  const format = await getFormatter();
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" }) : "–");

  return (
    <SiteShell isExample={initiative.fieldOfAction.masterplan.isExample}>
      <p>
        <Link href="/" className="text-brand-700 underline underline-offset-2">
          ← {t("backToOverview")}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-900">
        <span className="font-mono text-xl text-slate-700">{initiative.code}</span> {initiative.title}
      </h1>
      {initiative.summary && <p className="mt-3 max-w-3xl text-lg">{initiative.summary}</p>}

      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
        <div><dt className="text-sm font-semibold text-slate-700">{t("fieldOfAction")}</dt><dd>{initiative.fieldOfAction.code} · {initiative.fieldOfAction.title}</dd></div>
        <div><dt className="text-sm font-semibold text-slate-700">{t("department")}</dt><dd>{initiative.department.name}</dd></div>
        <div><dt className="text-sm font-semibold text-slate-700">{t("status")}</dt><dd><StatusBadge status={initiative.status} /></dd></div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t("health")}</dt>
          <dd><HealthBadge health={initiative.health} />{initiative.healthReason && <span className="ml-2">{initiative.healthReason}</span>}</dd>
        </div>
        <div><dt className="text-sm font-semibold text-slate-700">{t("progress")}</dt><dd><ProgressBar value={initiative.progress} /></dd></div>
        <div><dt className="text-sm font-semibold text-slate-700">{t("period")}</dt><dd>{t("plannedPeriod", { start: date(initiative.plannedStart), end: date(initiative.plannedEnd) })}</dd></div>
        {initiative.districts.length > 0 && (
          <div className="sm:col-span-2"><dt className="text-sm font-semibold text-slate-700">{t("districts")}</dt><dd>{initiative.districts.map((d) => d.district.name).join(", ")}</dd></div>
        )}
      </dl>

      {initiative.plainLanguageSummary && (
        <section aria-labelledby="plain-heading" className="mt-8 rounded border border-slate-200 bg-brand-50 p-4">
          <h2 id="plain-heading" className="text-xl font-semibold">{t("plainLanguage")}</h2>
          <p className="mt-2 whitespace-pre-line">{initiative.plainLanguageSummary}</p>
        </section>
      )}

      {initiative.description && (
        <section aria-labelledby="desc-heading" className="mt-8">
          <h2 id="desc-heading" className="text-xl font-semibold">{t("description")}</h2>
          {/* User-written Markdown, sanitized: no raw HTML, safe links only, headings below h2. */}
          <Markdown source={initiative.description} />
        </section>
      )}

      <section aria-labelledby="public-reports-heading" className="mt-8">
        <h2 id="public-reports-heading" className="text-xl font-semibold">{tReports("heading")}</h2>
        {initiative.statusReports.length === 0 ? (
          <p className="mt-2">{tReports("empty")}</p>
        ) : (
          <ol className="mt-3 space-y-4">
            {initiative.statusReports.map((r) => {
              const p = parsePeriod(r.period);
              return (
                <li key={r.period} className="border-l-4 border-brand-600 pl-3">
                  <h3 className="font-semibold">{p ? tReports("periodLabel", { year: p.year, index: p.index }) : r.period}</h3>
                  <p className="mt-1 max-w-3xl whitespace-pre-line break-words">{r.publicSummary}</p>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="milestones-heading" className="mt-8">
        <h2 id="milestones-heading" className="text-xl font-semibold">{t("milestones")}</h2>
        {initiative.milestones.length === 0 ? (
          <p className="mt-2">{t("noMilestones")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">{t("milestones")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{t("milestoneTitle")}</th>
                  <th scope="col" className="py-2 pr-3">{t("baseline")}</th>
                  <th scope="col" className="py-2 pr-3">{t("forecast")}</th>
                  <th scope="col" className="py-2 pr-3">{t("completed")}</th>
                  <th scope="col" className="py-2">{t("slip")}</th>
                </tr>
              </thead>
              <tbody>
                {initiative.milestones.map((m) => {
                  const end = m.completedDate ?? m.forecastDate;
                  const slip = Math.round((end.getTime() - m.baselineDate.getTime()) / DAY);
                  return (
                    <tr key={m.id} className="border-b border-slate-100">
                      <td className="py-2 pr-3">{m.title}</td>
                      <td className="py-2 pr-3">{date(m.baselineDate)}</td>
                      <td className="py-2 pr-3">{date(m.forecastDate)}</td>
                      <td className="py-2 pr-3">{m.completedDate ? date(m.completedDate) : t("notDone")}</td>
                      <td className="py-2">{slip > 0 ? `+${t("slipDays", { days: slip })}` : t("slipDays", { days: Math.max(0, slip) })}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="partners-heading" className="mt-8">
        <h2 id="partners-heading" className="text-xl font-semibold">{t("partners")}</h2>
        {initiative.partners.length === 0 ? (
          <p className="mt-2">{t("noPartners")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {initiative.partners.map((p) => (
              <li key={`${p.partner.slug}-${p.role}`}>
                <span className="font-medium">{p.partner.name}</span> – {tRole(p.role)}
                {p.contribution && <span>: {p.contribution}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </SiteShell>
  );
}
