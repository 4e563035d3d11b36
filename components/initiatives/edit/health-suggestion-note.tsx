// The suggested health from the data (lib/initiatives/health-suggestion.ts) in one sentence:
// "Vorschlag aus den Daten: Gefährdet — 2 Meilensteine überfällig, …". Shown where the health is
// edited and on the internal overview, beside the health set by hand.
import { getTranslations } from "next-intl/server";
import { healthReasonTexts, type HealthSuggestion } from "@/lib/initiatives/health-suggestion";

export async function HealthSuggestionNote({ suggestion, className = "block text-sm" }: { suggestion: HealthSuggestion | null; className?: string }) {
  const [t, tHealth] = await Promise.all([getTranslations("healthSuggestion"), getTranslations("health")]);
  if (!suggestion) return <span className={className} data-testid="health-suggestion">{t("none")}</span>;
  const reasons = suggestion.reasons.length ? healthReasonTexts(t, suggestion.reasons).join(", ") : t("noSignal");
  return (
    <span className={className} data-testid="health-suggestion">
      {t("summary", { health: tHealth(suggestion.health), reasons })}
    </span>
  );
}
