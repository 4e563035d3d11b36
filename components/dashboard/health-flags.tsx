// Initiatives whose health, set by hand, is better than the suggestion from their data
// (lib/initiatives/health-suggestion.ts), each a link to the initiative with the suggestion's
// reasons and the reason given for the health.
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/translations";
import { healthReasonTexts, type InitiativeHealth } from "@/lib/initiatives/health-suggestion";

export async function HealthFlags({ flags }: { flags: InitiativeHealth[] }) {
  const [t, tHealth, tSuggestion] = await Promise.all([getTranslations("dashboard.attention"), getTranslations("health"), getTranslations("healthSuggestion")]);
  return (
    <div className="mt-3 rounded border border-slate-200 p-3" data-testid="dashboard-greener">
      <h3 className="font-semibold">{t("greener", { count: flags.length })}</h3>
      {flags.length > 0 && (
        <ul className="mt-2 space-y-2">
          {flags.map((f) => (
            <li key={f.id}>
              <Link href={`/app/initiatives/${encodeURIComponent(f.code)}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
                <span className="font-mono">{f.code}</span> {f.title}
              </Link>
              {f.suggestion && (
                <p className="text-sm">
                  {t("greenerEntry", { health: tHealth(f.health), suggested: tHealth(f.suggestion.health), reasons: healthReasonTexts(tSuggestion, f.suggestion.reasons).join(", ") })}
                </p>
              )}
              <p className="text-sm text-slate-700">{f.healthReason ? t("greenerReason", { reason: f.healthReason }) : t("greenerNoReason")}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
