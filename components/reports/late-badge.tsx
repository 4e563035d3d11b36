// "verspätet" / "late" beside a status report or an owed quarter (lib/reports/obligation.ts isLate):
// in words with an icon, never by colour alone.
import { getTranslations } from "next-intl/server";

export async function LateBadge() {
  const t = await getTranslations("reportDue");
  return (
    <span className="inline-flex items-center gap-1 rounded bg-red-100 px-2 py-0.5 text-sm font-medium text-red-900 ring-1 ring-red-300">
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth={2}>
        <circle cx="8" cy="8" r="6.2" />
        <path d="M8 4.5V8l2.5 1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {t("late")}
    </span>
  );
}
