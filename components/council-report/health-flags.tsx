// Initiatives whose health, set by hand, is better than the suggestion from their data
// (lib/initiatives/health-suggestion.ts): the manual health, the suggestion with its reasons, and
// the reason given for the health, so the council sees where the two disagree.
import { getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import type { CouncilReport } from "@/lib/council-report/build";
import { healthReasonTexts } from "@/lib/initiatives/health-suggestion";
import { SimpleTable } from "./simple-table";

export async function HealthFlags({ report }: { report: CouncilReport }) {
  const [t, tSuggestion] = await Promise.all([getTranslations("councilReport"), getTranslations("healthSuggestion")]);
  return (
    <section aria-labelledby="cr-greener" className="mt-12">
      <h2 id="cr-greener" className="text-xl font-bold text-brand-900">{t("greener.heading")}</h2>
      <p className="mt-2 max-w-3xl">{t("greener.intro")}</p>
      {report.healthFlags.length === 0 ? (
        <p className="mt-3">{t("greener.none")}</p>
      ) : (
        <SimpleTable locale={report.locale}
          caption={t("greener.heading")}
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
              <span key="i"><span className="font-mono">{h.initiativeCode}</span> {h.initiativeTitle}</span>,
              <HealthBadge key="h" health={h.health} />,
              <HealthBadge key="s" health={h.suggested} />,
              healthReasonTexts(tSuggestion, h.reasons).join(", "),
              h.healthReason ?? t("greener.noReason"),
            ],
          }))}
        />
      )}
    </section>
  );
}
