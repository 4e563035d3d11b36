// Progress that explains itself: the value, how it comes about for this initiative, the rule in
// plain words, overdue milestones, and when a person last updated the initiative (with a "stale"
// flag in words and colour, never colour alone).
import { getFormatter, getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";

export type ProgressFacts = {
  status: InitiativeStatus;
  progress: number | null;
  totalWeight: number;
  doneWeight: number;
  count: number;
  overdue: number;
  lastUpdated: { at: Date; name: string | null } | null;
  stale: boolean;
  staleAfterDays: number;
};

export async function ProgressPanel({ facts }: { facts: ProgressFacts }) {
  const [t, format] = await Promise.all([getTranslations("initiatives.overview"), getFormatter()]);
  const detail =
    facts.status === "COMPLETED"
      ? t("progressCompleted")
      : facts.status === "CANCELLED"
        ? t("progressCancelled")
        : facts.count === 0
          ? t("progressNoMilestones")
          : t("progressDetail", { done: facts.doneWeight, total: facts.totalWeight, count: facts.count });
  return (
    <div className="mt-4 grid gap-4 rounded border border-slate-200 p-4 md:grid-cols-2">
      <div>
        <h3 className="font-semibold">{t("progress")}</h3>
        <p className="mt-1"><ProgressBar value={facts.progress} /></p>
        <p className="mt-1 text-sm">{detail}</p>
        <p className={`mt-1 text-sm ${facts.overdue > 0 ? "font-semibold text-red-800" : "text-slate-700"}`}>
          {facts.overdue > 0 && <span aria-hidden="true">⚠ </span>}
          {t("overdue", { count: facts.overdue })}
        </p>
        <p className="mt-2 text-xs text-slate-700">{t("formula")}</p>
      </div>
      <div>
        <h3 className="font-semibold">{t("lastUpdated")}</h3>
        <p className="mt-1">
          {facts.lastUpdated ? (
            <time dateTime={facts.lastUpdated.at.toISOString()}>
              {t("lastUpdatedValue", { date: format.dateTime(facts.lastUpdated.at, { dateStyle: "medium", timeStyle: "short" }), name: facts.lastUpdated.name ?? "–" })}
            </time>
          ) : (
            t("neverUpdated")
          )}
        </p>
        {facts.stale ? (
          <p className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-950 ring-1 ring-amber-300">
            <span className="font-semibold"><span aria-hidden="true">⚠ </span>{t("stale")}:</span> {t("staleHint", { days: facts.staleAfterDays })}
          </p>
        ) : (
          <p className="mt-2 text-sm text-emerald-900"><span aria-hidden="true">✓ </span>{t("current")}</p>
        )}
      </div>
    </div>
  );
}
