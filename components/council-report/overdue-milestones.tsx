// Milestones overdue on the report's day of generation: since how many days and how far behind
// the original plan (delay by lib/milestones/lateness.ts), so a milestone never re-forecast shows
// up here even though it never appears among the forecast moves.
import { getTranslations } from "next-intl/server";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { InitiativeTableSection } from "./report-section";

export async function OverdueMilestones({ report }: { report: CouncilReport }) {
  const t = await getTranslations("councilReport");
  const f = reportFormat(report.locale);
  const date = f.date(report.generatedOn);
  return (
    <InitiativeTableSection
      id="cr-late"
      messages="late"
      values={{ date }}
      locale={report.locale}
      columns={[
        { label: t("col.milestone") },
        { label: t("col.milestoneBaseline") },
        { label: t("col.forecast") },
        { label: t("col.overdueDays"), numeric: true },
        { label: t("col.delayDays"), numeric: true },
      ]}
      items={report.late}
      cells={(m) => [m.milestoneTitle, f.date(m.baselineDate), f.date(m.forecastDate), m.overdueDays, m.delayDays]}
    />
  );
}
