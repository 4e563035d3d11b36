// The forecast history of one milestone, newest first, folded away by default: when which
// forecast was reported, why, and by whom. A list rather than a table, so it reads on a phone.
import { getFormatter, getTranslations } from "next-intl/server";
import { dateValue } from "@/lib/milestones/dates";
import type { MilestoneItem } from "@/lib/milestones/queries";
import { INITIAL_PLAN_REASON } from "@/lib/milestones/records";

export async function ForecastHistory({ title, history }: { title: string; history: MilestoneItem["history"] }) {
  const t = await getTranslations("milestones");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(dateValue(iso), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700 underline underline-offset-2">{t("history", { count: history.length })}</summary>
      <ol className="mt-2 space-y-2 border-l-2 border-slate-300 pl-3 text-sm" aria-label={t("historyCaption", { title })}>
        {history.map((h) => (
          <li key={h.id}>
            <p>
              <span className="sr-only">{t("reportedAt")}: </span>
              <time dateTime={h.reportedAt.toISOString()} className="text-slate-700">
                {format.dateTime(h.reportedAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
              <span aria-hidden="true"> → </span>
              <span className="sr-only">, {t("forecastDate")}: </span>
              <time dateTime={h.forecastDate} className="font-semibold">{day(h.forecastDate)}</time>
            </p>
            <p>
              <span className="sr-only">{t("reason")}: </span>
              {h.reason === INITIAL_PLAN_REASON ? t("initialPlan") : h.reason}
              <span className="text-slate-700"> – {t("byName", { name: h.reportedBy ?? t("unknownUser") })}</span>
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
