// The whole council report as the page shows and prints it, from the structure buildCouncilReport
// returns. Kept apart from the page so that its markup can be rendered and checked without a session.
import type { CouncilReport } from "@/lib/council-report/build";
import { DependencyRisks } from "./dependency-risks";
import { FieldReports } from "./field-reports";
import { FrozenQuarter } from "./frozen-quarter";
import { HealthFlags } from "./health-flags";
import { KeyFigures } from "./key-figures";
import { KpiAttainment } from "./kpi-attainment";
import { OverdueMilestones } from "./overdue-milestones";
import { PlanRevisions } from "./plan-revisions";
import { ReportControls } from "./report-controls";
import { ReportMeta, ReportTitle } from "./report-title";
import { SlippedMilestones } from "./slipped-milestones";

export function CouncilReportView({ report }: { report: CouncilReport }) {
  return (
    <div className="council-report">
      <ReportTitle report={report} />
      <ReportControls report={report} />
      <ReportMeta report={report} />
      <KeyFigures report={report} />
      <HealthFlags report={report} />
      <FieldReports report={report} />
      <SlippedMilestones report={report} />
      <OverdueMilestones report={report} />
      <DependencyRisks report={report} />
      <KpiAttainment report={report} />
      <FrozenQuarter report={report} />
      <PlanRevisions report={report} />
    </div>
  );
}
