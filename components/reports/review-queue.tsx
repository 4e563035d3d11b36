// The reviewer's part of the reports inbox: submitted reports awaiting a decision, oldest first,
// each linking to the report on its initiative's page.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import { periodLabel } from "@/lib/reports/labels";
import type { ReportsInbox } from "@/lib/reports/inbox-queries";
import { LateBadge } from "./late-badge";

export async function ReviewQueue({ rows }: { rows: ReportsInbox["toReview"] }) {
  const [t, tAll, format] = await Promise.all([getTranslations("statusReports.inbox"), getTranslations(), getFormatter()]);
  return (
    <section aria-labelledby="review-heading" className="mt-8">
      <h2 id="review-heading" className="text-xl font-semibold">{t("reviewHeading")}</h2>
      {rows.length === 0 ? (
        <p className="mt-2">{t("reviewEmpty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">{t("reviewCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">{t("colInitiative")}</th>
                <th scope="col" className="py-2 pr-3">{t("colPeriod")}</th>
                <th scope="col" className="py-2 pr-3">{t("colDepartment")}</th>
                <th scope="col" className="py-2 pr-3">{t("colHealth")}</th>
                <th scope="col" className="py-2">{t("colSubmitted")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const period = periodLabel(tAll, r.period);
                return (
                  <tr key={r.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link
                        href={`/app/initiatives/${encodeURIComponent(r.initiative.code)}#reports`}
                        aria-label={t("openLabel", { period, code: r.initiative.code })}
                        className="text-brand-700 underline underline-offset-2"
                      >
                        <span className="font-mono">{r.initiative.code}</span> {r.initiative.title}
                      </Link>
                    </th>
                    <td className="py-2 pr-3">
                      {period}
                      {r.late && <span className="ml-2"><LateBadge /></span>}
                    </td>
                    <td className="py-2 pr-3">{r.initiative.department.code}</td>
                    <td className="py-2 pr-3"><HealthBadge health={r.health} /></td>
                    <td className="py-2">
                      {r.submittedAt ? format.dateTime(r.submittedAt, { dateStyle: "medium" }) : "–"}
                      {r.submittedBy && <span className="block text-slate-700">{r.submittedBy.name}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
