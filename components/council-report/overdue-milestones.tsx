// Milestones overdue on the report's day of generation: since how many days and how far behind
// the original plan (delay by lib/milestones/lateness.ts), so a milestone never re-forecast shows
// up here even though it never appears among the forecast moves.
import { getTranslations } from "next-intl/server";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { SimpleTable } from "./simple-table";

export async function OverdueMilestones({ report }: { report: CouncilReport }) {
  const t = await getTranslations("councilReport");
  const f = reportFormat(report.locale);
  const date = f.date(report.generatedOn);
  return (
    <section aria-labelledby="cr-late" className="mt-12">
      <h2 id="cr-late" className="text-xl font-bold text-brand-900">{t("late.heading")}</h2>
      <p className="mt-2 max-w-3xl">{t("late.intro", { date })}</p>
      {report.late.length === 0 ? (
        <p className="mt-3">{t("late.none", { date })}</p>
      ) : (
        <SimpleTable locale={report.locale}
          caption={t("late.heading")}
          columns={[
            { label: t("col.initiative") },
            { label: t("col.milestone") },
            { label: t("col.milestoneBaseline") },
            { label: t("col.forecast") },
            { label: t("col.overdueDays"), numeric: true },
            { label: t("col.delayDays"), numeric: true },
          ]}
          rows={report.late.map((m, i) => ({
            key: `${m.initiativeCode}-${i}`,
            cells: [
              <span key="i"><span className="font-mono">{m.initiativeCode}</span> {m.initiativeTitle}</span>,
              m.milestoneTitle,
              f.date(m.baselineDate),
              f.date(m.forecastDate),
              m.overdueDays,
              m.delayDays,
            ],
          }))}
        />
      )}
    </section>
  );
}
