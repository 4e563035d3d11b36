// The "at risk" flag of a dependency: a warning sign and the words, never colour alone
// ("Verzugsrisiko durch INF-02: 45 Tage Verzug").
import { getTranslations } from "@/lib/i18n/translations";

export async function SlipFlag({ predecessor, days }: { predecessor: string; days: number }) {
  const t = await getTranslations("dependencies");
  return (
    <span className="inline-flex items-center gap-1 rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-950 ring-1 ring-amber-400" data-slip-flag>
      <span aria-hidden="true">⚠</span>
      {t("atRisk", { predecessor, days })}
    </span>
  );
}
