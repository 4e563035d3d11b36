// Slip tables of the trend analysis: one row per milestone (baseline, current forecast or
// completion, slip in days, delay in days by lib/milestones/lateness.ts, state with "overdue by N
// days"), and one row per group (responsible partner, initiative) with count, mean and largest slip
// and the share on time. Numbers in the reader's language.
import { getFormatter, getTranslations } from "next-intl/server";
import { dateValue } from "@/lib/dates";
import type { InitiativeMta, SlipSummary } from "@/lib/mta/queries";

const TH = "px-2 py-1 text-left align-bottom";
const TD = "px-2 py-1";
const NUM = "px-2 py-1 text-right tabular-nums";

export async function MilestoneSlipTable({ milestones, caption }: { milestones: InitiativeMta["milestones"]; caption: string }) {
  const t = await getTranslations("mta");
  const tm = await getTranslations("milestones");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(dateValue(iso), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b-2 border-slate-300">
          <tr>
            <th scope="col" className={TH}>{t("short")}</th>
            <th scope="col" className={TH}>{t("milestone")}</th>
            <th scope="col" className={TH}>{tm("responsiblePartner")}</th>
            <th scope="col" className={TH}>{tm("baseline")}</th>
            <th scope="col" className={TH}>{t("currentOrDone")}</th>
            <th scope="col" className={`${TH} text-right`}>{t("slipDays")}</th>
            <th scope="col" className={`${TH} text-right`}>{t("delayDays")}</th>
            <th scope="col" className={TH}>{t("state")}</th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m) => (
            <tr key={m.id} className="border-b border-slate-200">
              <td className={`${TD} font-semibold`}>{m.label}</td>
              <th scope="row" className={`${TD} text-left font-normal`}>{m.title}</th>
              <td className={TD}>{m.partner?.name ?? t("noPartner")}</td>
              <td className={TD}><time dateTime={m.baselineDate}>{day(m.baselineDate)}</time></td>
              <td className={TD}>
                {m.completedDate ? (
                  <>{tm("completed")} <time dateTime={m.completedDate}>{day(m.completedDate)}</time></>
                ) : (
                  <time dateTime={m.forecastDate}>{day(m.forecastDate)}</time>
                )}
              </td>
              <td className={NUM}>{format.number(m.slipDays)}</td>
              <td className={NUM}>{format.number(m.delayDays)}</td>
              <td className={TD}>
                {m.completedDate ? tm("state.done") : m.overdue ? <strong className="text-red-800">{t("overdueBy", { days: m.overdueDays })}</strong> : tm("state.open")}
                {m.onTime && <> · {t("onTime")}</>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export type SlipGroupRow = { key: string; name: React.ReactNode; summary: SlipSummary };

export async function SlipSummaryTable({ caption, groupLabel, rows }: { caption: string; groupLabel: string; rows: SlipGroupRow[] }) {
  const t = await getTranslations("mta");
  const format = await getFormatter();
  const num = (v: number | null) => (v === null ? "–" : format.number(v, { maximumFractionDigits: 1 }));
  const share = (v: number | null) => (v === null ? "–" : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b-2 border-slate-300">
          <tr>
            <th scope="col" className={TH}>{groupLabel}</th>
            <th scope="col" className={`${TH} text-right`}>{t("count")}</th>
            <th scope="col" className={`${TH} text-right`}>{t("slippedCount")}</th>
            <th scope="col" className={`${TH} text-right`}>{t("meanSlip")}</th>
            <th scope="col" className={`${TH} text-right`}>{t("maxSlip")}</th>
            <th scope="col" className={`${TH} text-right`}>{t("onTimeShare")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-slate-200">
              <th scope="row" className={`${TD} text-left font-normal`}>{r.name}</th>
              <td className={NUM}>{format.number(r.summary.count)}</td>
              <td className={NUM}>{format.number(r.summary.slippedCount)}</td>
              <td className={NUM}>{num(r.summary.meanSlipDays)}</td>
              <td className={NUM}>{num(r.summary.maxSlipDays)}</td>
              <td className={NUM}>{share(r.summary.onTimeShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
