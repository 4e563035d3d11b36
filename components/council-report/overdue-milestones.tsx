// Milestones overdue on the report's day of generation: since how many days and how far behind
// the original plan (delay by lib/milestones/lateness.ts), so a milestone never re-forecast shows
// up here even though it never appears among the forecast moves.
import { getTranslations } from "next-intl/server";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { InitiativeCell, TableSection } from "./report-section";

export async function OverdueMilestones({ report }: { report: CouncilReport }) {
  const t = await getTranslations("councilReport");
  const f = reportFormat(report.locale);
  const date = f.date(report.generatedOn);
  return (
    <TableSection
      id="cr-late"
      heading={t("late.heading")}
      intro={t("late.intro", { date })}
      none={t("late.none", { date })}
      locale={report.locale}
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
          <InitiativeCell key="i" code={m.initiativeCode} title={m.initiativeTitle} />,
          m.milestoneTitle,
          f.date(m.baselineDate),
          f.date(m.forecastDate),
          m.overdueDays,
          m.delayDays,
        ],
      }))}
    />
  );
}
