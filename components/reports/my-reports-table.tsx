// The project lead's part of the reports inbox: per initiative they lead, where this period's
// report stands (with the reviewer's feedback when it was returned) and whether last period's
// is overdue. Overdue is said in words and marked with an icon, not by colour alone.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { periodLabel } from "@/lib/reports/labels";
import type { PeriodStanding, ReportsInbox } from "@/lib/reports/inbox-queries";

async function Standing({ standing }: { standing: PeriodStanding }) {
  const [tState, t] = await Promise.all([getTranslations("reportState"), getTranslations("statusReports.inbox")]);
  return <>{standing === "DUE" || standing === "NOT_DUE" ? t(`standing.${standing}`) : tState(standing)}</>;
}

export async function MyReportsTable({ rows, current, previous }: { rows: ReportsInbox["mine"]; current: string; previous: string }) {
  const [t, tAll] = await Promise.all([getTranslations("statusReports.inbox"), getTranslations()]);
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
                <th scope="col" className="py-2">{t("colReport", { period: periodLabel(tAll, previous) })}</th>
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
                    <Standing standing={r.previous} />
                    {r.overdue && (
                      <span className="ml-2 inline-flex items-center gap-1 rounded bg-red-100 px-2 py-0.5 font-medium text-red-900 ring-1 ring-red-300">
                        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth={2}>
                          <path d="M8 1.8l6.5 12H1.5z" strokeLinejoin="round" />
                          <path d="M8 6.5v3.2M8 11.8v.2" strokeLinecap="round" />
                        </svg>
                        {t("overdue")}
                      </span>
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
