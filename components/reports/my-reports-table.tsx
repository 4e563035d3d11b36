// The project lead's part of the reports inbox: per initiative they lead, where this period's
// report stands (with the reviewer's feedback when it was returned) and which earlier quarters it
// still owes, each with its due day or marked late — in words with an icon, not by colour alone.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { periodLabel } from "@/lib/reports/labels";
import { LateBadge } from "./late-badge";
import type { PeriodStanding, ReportsInbox } from "@/lib/reports/inbox-queries";

async function Standing({ standing }: { standing: PeriodStanding }) {
  const [tState, t] = await Promise.all([getTranslations("reportState"), getTranslations("statusReports.inbox")]);
  return <>{standing === "DUE" || standing === "NOT_DUE" ? t(`standing.${standing}`) : tState(standing)}</>;
}

export async function MyReportsTable({ rows, current }: { rows: ReportsInbox["mine"]; current: string }) {
  const [t, tAll, tDue, format] = await Promise.all([getTranslations("statusReports.inbox"), getTranslations(), getTranslations("reportDue"), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section aria-labelledby="mine-heading" className="mt-8">
      <h2 id="mine-heading" className="text-xl font-semibold">{t("mineHeading")}</h2>
      {rows.length === 0 ? (
        <p className="mt-2">{t("mineEmpty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">{t("mineCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">{t("colInitiative")}</th>
                <th scope="col" className="py-2 pr-3">{t("colReport", { period: periodLabel(tAll, current) })}</th>
                <th scope="col" className="py-2">{tDue("colOutstanding")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/app/initiatives/${encodeURIComponent(r.code)}#reports`} className="text-brand-700 underline underline-offset-2">
                      <span className="font-mono">{r.code}</span> {r.title}
                    </Link>
                  </th>
                  <td className="py-2 pr-3">
                    <Standing standing={r.current} />
                    {r.reviewComment && <p className="mt-1 whitespace-pre-line break-words text-slate-800">{t("returnedComment", { comment: r.reviewComment })}</p>}
                  </td>
                  <td className="py-2">
                    {r.outstanding.length === 0 ? (
                      tDue("outstandingNone")
                    ) : (
                      <ul className="space-y-1">
                        {r.outstanding.map((o) => (
                          <li key={o.period} className="flex flex-wrap items-center gap-2">
                            <span>{periodLabel(tAll, o.period)}: <Standing standing={o.standing} /></span>
                            {o.late ? <LateBadge /> : <span className="text-slate-700">{tDue("dueOn", { date: day(o.dueDate) })}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
