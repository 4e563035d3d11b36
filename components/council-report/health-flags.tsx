// Initiatives whose health, set by hand, is better than the suggestion from their data
// (lib/initiatives/health-suggestion.ts): the manual health, the suggestion with its reasons, and
// the reason given for the health, so the council sees where the two disagree.
import { getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import type { CouncilReport } from "@/lib/council-report/build";
import { healthReasonTexts } from "@/lib/initiatives/health-suggestion";
import { InitiativeCell, TableSection } from "./report-section";

export async function HealthFlags({ report }: { report: CouncilReport }) {
  const [t, tSuggestion] = await Promise.all([getTranslations("councilReport"), getTranslations("healthSuggestion")]);
  return (
    <TableSection
      id="cr-greener"
      heading={t("greener.heading")}
      intro={t("greener.intro")}
      none={t("greener.none")}
      locale={report.locale}
      columns={[
        { label: t("col.initiative") },
        { label: t("col.health") },
        { label: t("greener.suggested") },
        { label: t("greener.reasons") },
        { label: t("greener.healthReason") },
      ]}
      rows={report.healthFlags.map((h) => ({
        key: h.initiativeCode,
        cells: [
          <InitiativeCell key="i" code={h.initiativeCode} title={h.initiativeTitle} />,
          <HealthBadge key="h" health={h.health} />,
          <HealthBadge key="s" health={h.suggested} />,
          healthReasonTexts(tSuggestion, h.reasons).join(", "),
          h.healthReason ?? t("greener.noReason"),
        ],
      }))}
    />
  );
}
