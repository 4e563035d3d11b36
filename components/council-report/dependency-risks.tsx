// Dependencies at risk from slip on the report's day of generation ("Abhängigkeiten mit
// Verzugsrisiko"): which initiative or milestone waits for which late predecessor, and by how many
// days it is threatened (lib/dependencies/slip.ts, as on the roadmap and in the portfolio).
import type { CouncilReport } from "@/lib/council-report/build";
import { InitiativeTableSection } from "./report-section";

export function DependencyRisks({ report }: { report: CouncilReport }) {
  return (
    <InitiativeTableSection
      id="cr-dependencies"
      messages="dependencies"
      locale={report.locale}
      columns={[{ key: "col.dependencyPart" }, { key: "col.dependsOn" }, { key: "col.slipDays", numeric: true }]}
      items={report.dependencyRisks}
      cells={(d) => [d.successor, `${d.predecessor} – ${d.predecessorTitle}`, d.days]}
    />
  );
}
