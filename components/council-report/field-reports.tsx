// The quarter's approved status reports, one section per field of action (each starts a new
// printed page). Internal texts for the council: health, summary, achievements, next steps, risks,
// and the public summary as citizens read it. Texts keep the author's line breaks.
import { getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import type { CouncilReport, CouncilReportEntry } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { ReportSection } from "./report-section";

const TEXTS = ["summary", "achievements", "nextSteps", "risks", "publicSummary"] as const;

async function ReportEntry({ entry, date }: { entry: CouncilReportEntry; date: (iso: string) => string }) {
  const [t, tReports, tReport] = await Promise.all([getTranslations("councilReport.reports"), getTranslations("statusReports"), getTranslations("councilReport")]);
  const id = `cr-report-${entry.initiativeCode}`;
  // A past quarter's report approved before figures were frozen: only today's lateness is known.
  const asOfToday = entry.asOfToday ? ` (${tReport("asOfToday")})` : "";
  return (
    <article aria-labelledby={id} className="mt-6 border-t border-slate-200 pt-4" data-testid="council-report-entry">
      <h4 id={id} className="text-base font-semibold text-brand-900 break-after-avoid">
        {t("initiativeHeading", { code: entry.initiativeCode, title: entry.initiativeTitle })}
      </h4>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex items-center gap-2">
          <dt className="font-semibold">{tReports("health")}</dt>
          <dd><HealthBadge health={entry.health} /></dd>
        </div>
        <div className="flex gap-2">
          <dt className="font-semibold">{t("department")}</dt>
          <dd>{entry.departmentCode}</dd>
        </div>
        {entry.approvedOn && (
          <div className="flex gap-2">
            <dt className="font-semibold">{t("approvedOn")}</dt>
            <dd>{date(entry.approvedOn)}</dd>
          </div>
        )}
        <div className="flex gap-2">
          <dt className="font-semibold">{t("delay")}</dt>
          <dd>{entry.delayDays === null ? t("delayNone") : t("delayValue", { days: entry.delayDays })}{asOfToday}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="font-semibold">{t("overdue")}</dt>
          <dd>{entry.overdueMilestones}{asOfToday}</dd>
        </div>
      </dl>
      <dl className="mt-3 grid gap-3">
        {TEXTS.map((key) => (
          <div key={key} className="break-inside-avoid">
            <dt className="text-sm font-semibold">{tReports(key)}</dt>
            <dd className="mt-1 max-w-3xl whitespace-pre-line break-words">{entry[key] || tReports("empty")}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

export async function FieldReports({ report }: { report: CouncilReport }) {
  const t = await getTranslations("councilReport.reports");
  const f = reportFormat(report.locale);
  return (
    <ReportSection id="cr-reports" heading={t("heading")} intro={t("intro")} pageBreak>
      {report.fields.map((field, i) => {
        const progress = report.figures.progress.fields.find((p) => p.code === field.code);
        return (
          <section key={field.code} aria-labelledby={`cr-field-${field.code}`} className={`mt-10 ${i > 0 ? "print:break-before-page" : ""}`}>
            <h3 id={`cr-field-${field.code}`} className="text-lg font-bold text-brand-900">{t("fieldHeading", { code: field.code, title: field.title })}</h3>
            {progress && <p className="mt-1 text-sm text-slate-700">{t("fieldSummary", { count: progress.initiativeCount, progress: f.percent(progress.percent) })}</p>}
            {field.reports.length === 0 ? <p className="mt-3">{t("none")}</p> : field.reports.map((entry) => <ReportEntry key={entry.id} entry={entry} date={f.date} />)}
          </section>
        );
      })}
    </ReportSection>
  );
}
