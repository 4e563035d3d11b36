// Initiatives whose health, set by hand, is better than the suggestion from their data
// (lib/initiatives/health-suggestion.ts): the manual health, the suggestion with its reasons, and
// the reason given for the health, so the council sees where the two disagree.
import { getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { healthReasonTexts } from "@/lib/initiatives/health-suggestion";
import { InitiativeTableSection } from "./report-section";

export async function HealthFlags({ report }: { report: CouncilReport }) {
  const [t, tSuggestion] = await Promise.all([getTranslations("councilReport"), getTranslations("healthSuggestion")]);
  return (
    <InitiativeTableSection
      id="cr-greener"
      messages="greener"
      note={report.asOf === "approval" ? t("asOfTodayNote", { date: reportFormat(report.locale).date(report.generatedOn) }) : undefined}
      locale={report.locale}
      columns={[
        { key: "col.health" },
        { key: "greener.suggested" },
        { key: "greener.reasons" },
        { key: "greener.healthReason" },
      ]}
      items={report.healthFlags}
      cells={(h) => [
        <HealthBadge key="h" health={h.health} />,
        <HealthBadge key="s" health={h.suggested} />,
        healthReasonTexts(tSuggestion, h.reasons).join(", "),
        h.healthReason ?? t("greener.noReason"),
      ]}
    />
  );
}
