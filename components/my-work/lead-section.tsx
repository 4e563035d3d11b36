// The project lead's part of "my work": their initiatives with health and staleness, their
// milestones overdue or due soon (done / move forecast inline), KPI values due, and where this
// quarter's status report stands (with the reviewer's note when it was returned).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import { periodLabel } from "@/lib/reports/labels";
import { DUE_WITHIN_DAYS, type MyWork } from "@/lib/my-work/queries";
import { MilestoneList } from "./milestone-list";
import { InitiativeLink, NothingDue, WorkSection, dayFormatter, initiativeHref, linkStyle, tableStyle } from "./parts";
import type { WorkActions } from "./types";

type Lead = NonNullable<MyWork["lead"]>;

export async function LeadSection({ lead, today, period, actions }: { lead: Lead; today: string; period: string; actions: WorkActions }) {
  const [t, tWork, tAll, day] = await Promise.all([getTranslations("myWork.lead"), getTranslations("myWork"), getTranslations(), dayFormatter()]);
  const periodText = periodLabel(tAll, period);
  return (
    <WorkSection id="lead-heading" title={t("heading")}>
      <WorkSection id="lead-initiatives-heading" title={t("initiativesHeading")} level={3}>
        {lead.initiatives.length === 0 ? (
          <NothingDue />
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className={tableStyle}>
              <caption className="sr-only">{t("initiativesCaption")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{tWork("colInitiative")}</th>
                  <th scope="col" className="py-2 pr-3">{tWork("colHealth")}</th>
                  <th scope="col" className="py-2">{t("colUpdated")}</th>
                </tr>
              </thead>
              <tbody>
                {lead.initiatives.map((i) => (
                  <tr key={i.code} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-2 pr-3 font-normal"><InitiativeLink code={i.code} title={i.title} /></th>
                    <td className="py-2 pr-3"><HealthBadge health={i.health} /></td>
                    <td className={`py-2 ${i.stale ? "font-semibold text-red-900" : ""}`}>
                      {i.daysSinceChange === null ? t("neverUpdated") : i.stale ? t("staleDays", { days: i.daysSinceChange }) : t("updatedDaysAgo", { days: i.daysSinceChange })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </WorkSection>

      <WorkSection id="lead-milestones-heading" title={t("milestonesHeading", { days: DUE_WITHIN_DAYS })} level={3}>
        <MilestoneList list={lead.milestones} today={today} actions={actions} />
      </WorkSection>

      <WorkSection id="lead-kpis-heading" title={t("kpisHeading")} level={3}>
        {lead.kpis.length === 0 ? (
          <NothingDue />
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className={tableStyle}>
              <caption className="sr-only">{t("kpisCaption")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{t("colKpi")}</th>
                  <th scope="col" className="py-2 pr-3">{tWork("colInitiative")}</th>
                  <th scope="col" className="py-2">{t("colDue")}</th>
                </tr>
              </thead>
              <tbody>
                {lead.kpis.map((k) => (
                  <tr key={k.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link href={`/app/kpis/${k.id}`} className={linkStyle}>{k.name}</Link>
                    </th>
                    <td className="py-2 pr-3"><InitiativeLink code={k.initiative.code} title={k.initiative.title} anchor="#kpis-heading" /></td>
                    <td className={`py-2 ${k.due ? "font-semibold text-red-900" : ""}`}>
                      {k.due ? t("kpiDueSince", { date: day(k.dueDate) }) : t("kpiDueOn", { date: day(k.dueDate) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </WorkSection>

      <WorkSection id="lead-reports-heading" title={t("reportsHeading", { period: periodText })} level={3}>
        {lead.reports.length === 0 ? (
          <NothingDue />
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className={tableStyle}>
              <caption className="sr-only">{t("reportsCaption", { period: periodText })}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{tWork("colInitiative")}</th>
                  <th scope="col" className="py-2">{t("colReport")}</th>
                </tr>
              </thead>
              <tbody>
                {lead.reports.map((r) => (
                  <tr key={r.code} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-2 pr-3 font-normal"><InitiativeLink code={r.code} title={r.title} anchor="#reports" /></th>
                    <td className="py-2">
                      {tWork(`reportStanding.${r.current}`)}
                      {r.reviewComment && <p className="mt-1 whitespace-pre-line break-words text-slate-800">{t("returnedNote", { comment: r.reviewComment })}</p>}
                      {r.current !== "NOT_DUE" && r.current !== "APPROVED" && r.current !== "SUBMITTED" && (
                        <p className="mt-1">
                          <Link href={initiativeHref(r.code, "#reports")} className={linkStyle}>{t("openReport")}</Link>
                        </p>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </WorkSection>
    </WorkSection>
  );
}
