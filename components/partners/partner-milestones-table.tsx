// The milestones a partner is responsible for: baseline, forecast, completion, delay in days
// (lib/milestones/lateness.ts) and whether it was done on time, late, is overdue (since how many
// days) or still open (words, not colour alone).
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { dateValue } from "@/lib/dates";
import type { PartnerMilestoneRow } from "@/lib/partners/report-queries";

type State = "onTime" | "late" | "overdue" | "open";

function stateOf(m: PartnerMilestoneRow): State {
  if (m.completedDate) return m.delayDays <= 0 ? "onTime" : "late";
  return m.overdue ? "overdue" : "open";
}

const STATE_CLASS: Record<State, string> = {
  onTime: "bg-green-100 text-green-900",
  late: "bg-amber-100 text-amber-900",
  overdue: "bg-red-100 text-red-900",
  open: "bg-slate-100 text-slate-900",
};

export async function PartnerMilestonesTable({ name, rows }: { name: string; rows: PartnerMilestoneRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("partnerView"), getLocale()]);
  if (rows.length === 0) return <p className="mt-2">{t("noMilestones")}</p>;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const day = (iso: string | null) => (iso ? date.format(dateValue(iso)) : t("notDone"));
  const delay = new Intl.NumberFormat(locale, { signDisplay: "exceptZero" });
  const cell = "py-2 pr-3 align-top";
  return (
    <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t("milestonesCaption", { name })}>
      <table className="w-full min-w-[52rem] text-left text-sm" data-testid="partner-milestones-table">
        <caption className="sr-only">{t("milestonesCaption", { name })}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={cell}>{t("colMilestone")}</th>
            <th scope="col" className={cell}>{t("colInitiative")}</th>
            <th scope="col" className={cell}>{t("colBaseline")}</th>
            <th scope="col" className={cell}>{t("colForecast")}</th>
            <th scope="col" className={cell}>{t("colCompleted")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("colDelay")}</th>
            <th scope="col" className="py-2">{t("colState")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            const state = stateOf(m);
            return (
              <tr key={m.id} className="border-b border-slate-100">
                <th scope="row" className={`${cell} font-normal`}>{m.title}</th>
                <td className={cell}>
                  <Link href={`/app/initiatives/${m.initiativeCode}`} className="text-brand-700 underline underline-offset-2">
                    <span className="font-mono">{m.initiativeCode}</span> {m.initiativeTitle}
                  </Link>
                </td>
                <td className={cell}>{day(m.baselineDate)}</td>
                <td className={cell}>{day(m.forecastDate)}</td>
                <td className={cell}>{day(m.completedDate)}</td>
                <td className={`${cell} text-right tabular-nums`}>{delay.format(m.delayDays)}</td>
                <td className="py-2 align-top">
                  <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATE_CLASS[state]}`}>
                    {state === "overdue" ? t("overdueBy", { days: m.overdueDays }) : t(`state.${state}`)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
