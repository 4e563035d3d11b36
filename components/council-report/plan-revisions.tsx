// The plan against its adopted baseline (Fortschreibung): what was added, removed, merged or
// superseded, moved or changed since the council adopted it (lib/baselines/compare.ts).
import { getTranslations } from "next-intl/server";
import { ComparisonTable } from "@/components/baselines/comparison-table";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { ReportSection } from "./report-section";

export async function PlanRevisions({ report }: { report: CouncilReport }) {
  const t = await getTranslations("councilReport");
  const rev = report.revisions;
  if (!rev) {
    return (
      <ReportSection id="cr-revisions" heading={t("revisions.heading")} intro={t("revisions.none")}>
        {null}
      </ReportSection>
    );
  }
  const f = reportFormat(report.locale);
  return (
    <ReportSection id="cr-revisions" heading={t("revisions.heading")} intro={t("revisions.intro", { name: rev.baseline.name, date: f.date(rev.baseline.baselineDate) })}>
      <ComparisonTable comparison={rev.comparison} locale={report.locale} caption={t("revisions.heading")} />
    </ReportSection>
  );
}
