// The public milestones of an initiative: for each one its first plan (baseline), current forecast,
// completion and delay, and — in words, not colour alone — whether it is overdue and since when;
// then every published date change with its reason (never who reported it). One list of cards
// at every width: on a phone each milestone stacks its dates, nothing is cut off or scrolled away.
// Lateness comes ready from the loader (lib/milestones/lateness.ts, the city's calendar day).
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Localized } from "@/components/public/localized";
import { PageSection } from "@/components/public/page-head";
import { isLocale } from "@/lib/i18n/config";
import { contentText } from "@/lib/i18n/content";
import type { PublicInitiative, PublicLateness } from "@/lib/public/initiative-queries";

/** The milestone's state as text: overdue with its days, done, or open. */
function stateOf(completed: boolean, lateness: PublicLateness): "overdue" | "done" | "open" {
  if (lateness.overdue) return "overdue";
  return completed ? "done" : "open";
}

const STATE_CLASS = {
  overdue: "border-red-700 bg-red-50 text-red-900",
  done: "border-emerald-700 bg-emerald-50 text-emerald-900",
  open: "border-slate-500 bg-white text-slate-800",
} as const;

export async function InitiativeMilestones({ milestones, overdueCount }: { milestones: PublicInitiative["milestones"]; overdueCount: number }) {
  const t = await getTranslations("initiative");
  const tp = await getTranslations("publicInitiative");
  const format = await getFormatter();
  const current = await getLocale();
  const locale = isLocale(current) ? current : "de";
  const title = (m: PublicInitiative["milestones"][number]) => contentText(locale, m.title, m.titleEn);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const delay = (l: PublicLateness) => {
    if (l.noBaseline || l.delayDays === null) return tp("noBaseline");
    return l.delayDays < 0 ? tp("earlyValue", { days: -l.delayDays }) : tp("delayValue", { days: l.delayDays });
  };
  const changed = milestones.filter((m) => m.changes.length > 0);
  const pair = "flex flex-wrap justify-between gap-x-3 md:block";
  const dt = "font-semibold text-slate-700";
  return (
    <PageSection id="milestones-heading" heading={t("milestones")} empty={milestones.length === 0 && t("noMilestones")}>
      {overdueCount > 0 && <p className="mt-2 font-medium text-red-900">{tp("overdueSummary", { count: overdueCount })}</p>}
      <ol className="mt-3 divide-y divide-slate-200 border-y border-slate-200" data-testid="milestone-list">
        {milestones.map((m, i) => {
          const state = stateOf(m.completedDate !== null, m.lateness);
          return (
            <li key={i} className="py-3" data-testid="milestone">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <Localized as="p" value={title(m)} className="min-w-0 break-words font-medium" />
                <span className={`rounded border px-2 py-0.5 text-sm font-semibold ${STATE_CLASS[state]}`} data-testid={state === "overdue" ? "overdue-marker" : undefined}>
                  {state === "overdue" ? tp("overdueBy", { days: m.lateness.overdueDays }) : state === "done" ? tp("milestoneDone") : t("notDone")}
                </span>
              </div>
              <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm md:grid-cols-4">
                <div className={pair}>
                  <dt className={dt}>{t("baseline")}</dt>
                  <dd>{m.lateness.noBaseline ? tp("noBaseline") : date(m.baselineDate)}</dd>
                </div>
                <div className={pair}>
                  <dt className={dt}>{t("forecast")}</dt>
                  <dd>{date(m.forecastDate)}</dd>
                </div>
                <div className={pair}>
                  <dt className={dt}>{t("completed")}</dt>
                  <dd>{m.completedDate ? date(m.completedDate) : t("notDone")}</dd>
                </div>
                <div className={pair}>
                  <dt className={dt}>{tp("delay")}</dt>
                  <dd>{delay(m.lateness)}</dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ol>
      <h3 className="mt-6 text-lg font-semibold">{tp("changesHeading")}</h3>
      {changed.length === 0 ? (
        <p className="mt-2">{tp("noChanges")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">{tp("changesIntro")}</p>
          <ul className="mt-2 space-y-3">
            {changed.map((m, i) => (
              <li key={i}>
                <Localized as="p" value={title(m)} className="break-words font-medium" />
                <ol aria-label={tp("changesOf", { title: title(m).text })} className="mt-1 space-y-1 border-l-2 border-slate-300 pl-3 text-sm">
                  {m.changes.map((c, j) => (
                    <li key={j} className="break-words">
                      {tp("changeItem", { reportedAt: date(c.reportedAt), forecast: date(c.forecastDate) })}:{" "}
                      <Localized value={contentText(locale, c.reason, null)} />
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </>
      )}
    </PageSection>
  );
}
