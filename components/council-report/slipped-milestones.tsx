// Milestones whose forecast moved later during the quarter: old and new date and the reason.
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { InitiativeTableSection } from "./report-section";

export function SlippedMilestones({ report }: { report: CouncilReport }) {
  const f = reportFormat(report.locale);
  return (
    <InitiativeTableSection
      id="cr-slips"
      messages="slips"
      pageBreak
      locale={report.locale}
      columns={[
        { key: "col.milestone" },
        { key: "col.reportedOn" },
        { key: "col.oldDate" },
        { key: "col.newDate" },
        { key: "col.reason" },
      ]}
      items={report.slips}
      cells={(s) => [s.milestoneTitle, f.date(s.reportedOn), f.date(s.oldDate), f.date(s.newDate), s.reason]}
    />
  );
}
