// Dependencies at risk from slip on the report's day of generation ("Abhängigkeiten mit
// Verzugsrisiko"): which initiative or milestone waits for which late predecessor, and by how many
// days it is threatened (lib/dependencies/slip.ts, as on the roadmap and in the portfolio).
import { getTranslations } from "next-intl/server";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { InitiativeTableSection } from "./report-section";

export async function DependencyRisks({ report }: { report: CouncilReport }) {
  const t = await getTranslations("councilReport");
  return (
    <InitiativeTableSection
      id="cr-dependencies"
      messages="dependencies"
      note={report.asOf === "approval" ? t("asOfTodayNote", { date: reportFormat(report.locale).date(report.generatedOn) }) : undefined}
      locale={report.locale}
      columns={[{ key: "col.dependencyPart" }, { key: "col.dependsOn" }, { key: "col.slipDays", numeric: true }]}
      items={report.dependencyRisks}
      cells={(d) => [d.successor, `${d.predecessor} – ${d.predecessorTitle}`, d.days]}
    />
  );
}
