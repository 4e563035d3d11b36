// Milestones overdue on the report's day of generation (a past quarter: at its end, as approved): since how many days and how far behind
// the original plan (delay by lib/milestones/lateness.ts), so a milestone never re-forecast shows
// up here even though it never appears among the forecast moves.
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { InitiativeTableSection } from "./report-section";

export function OverdueMilestones({ report }: { report: CouncilReport }) {
  const f = reportFormat(report.locale);
  const date = f.date(report.lateAsOf);
  return (
    <InitiativeTableSection
      id="cr-late"
      messages="late"
      values={{ date }}
      locale={report.locale}
      columns={[
        { key: "col.milestone" },
        { key: "col.milestoneBaseline" },
        { key: "col.forecast" },
        { key: "col.overdueDays", numeric: true },
        { key: "col.delayDays", numeric: true },
      ]}
      items={report.late}
      cells={(m) => [m.milestoneTitle, f.date(m.baselineDate), f.date(m.forecastDate), m.overdueDays, m.delayDays]}
    />
  );
}
