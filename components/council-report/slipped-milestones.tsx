// Milestones whose forecast moved later during the quarter: old and new date and the reason.
import { getTranslations } from "next-intl/server";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { InitiativeTableSection } from "./report-section";

export async function SlippedMilestones({ report }: { report: CouncilReport }) {
  const t = await getTranslations("councilReport");
  const f = reportFormat(report.locale);
  return (
    <InitiativeTableSection
      id="cr-slips"
      messages="slips"
      pageBreak
      locale={report.locale}
      columns={[
        { label: t("col.milestone") },
        { label: t("col.reportedOn") },
        { label: t("col.oldDate") },
        { label: t("col.newDate") },
        { label: t("col.reason") },
      ]}
      items={report.slips}
      cells={(s) => [s.milestoneTitle, f.date(s.reportedOn), f.date(s.oldDate), f.date(s.newDate), s.reason]}
    />
  );
}
