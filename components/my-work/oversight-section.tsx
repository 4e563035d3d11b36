// The reviewer's part of "my work" (a department head for their department, an admin for all):
// reports awaiting approval with the report inbox's approve / return forms inline, initiatives
// whose report for the last quarter is missing, stale initiatives, and overdue milestones.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import { ReviewForms } from "@/components/reports/review-forms";
import { portfolioHref, NO_FILTERS } from "@/lib/dashboard/filters";
import type { MyWork } from "@/lib/my-work/queries";
import { periodLabel } from "@/lib/reports/labels";
import { MilestoneList } from "./milestone-list";
import { InitiativeLink, NothingDue, ShownOf, WorkSection, initiativeHref, linkStyle, tableStyle } from "./parts";
import type { WorkActions } from "./types";

type Oversight = NonNullable<MyWork["oversight"]>;

export async function OversightSection({
  work,
  today,
  lastPeriod,
  actions,
}: {
  work: Oversight;
  today: string;
  lastPeriod: string;
  actions: WorkActions;
}) {
  const [t, tWork, tAll, tState] = await Promise.all([getTranslations("myWork.oversight"), getTranslations("myWork"), getTranslations(), getTranslations("reportState")]);
  const lastText = periodLabel(tAll, lastPeriod);
  const filters = work.departmentCode ? { ...NO_FILTERS, depts: [work.departmentCode] } : NO_FILTERS;
  return (
    <WorkSection id="oversight-heading" title={work.allDepartments ? t("headingAll") : t("headingDepartment")}>
      <WorkSection id="review-heading" title={t("reviewHeading")} level={3}>
        {work.toReview.length === 0 ? (
          <NothingDue />
        ) : (
          <ul className="mt-3 space-y-4">
            {work.toReview.map((r) => {
              const periodText = periodLabel(tAll, r.period);
              const values = { code: r.initiative.code, title: r.initiative.title, period: periodText, name: r.submittedBy?.name ?? "" };
              const label = r.submittedBy ? t("reviewItem", values) : t("reviewItemNoName", values);
              return (
                <li key={r.id} aria-label={label} className="rounded border border-slate-200 p-3">
                  <p className="font-semibold">
                    <InitiativeLink code={r.initiative.code} title={r.initiative.title} anchor="#reports" /> · {periodText}
                    {work.allDepartments && <span className="font-normal"> · {r.initiative.department.code}</span>}
                  </p>
                  <p className="mt-1 text-sm">
                    {t("reportHealth")} <HealthBadge health={r.health} />
                    {r.submittedBy && <> · {r.submittedBy.name}</>}
                    {" · "}
                    <Link href={initiativeHref(r.initiative.code, "#reports")} className={linkStyle}>{t("openReport")}</Link>
                  </p>
                  <ReviewForms report={r} periodText={`${periodText} (${r.initiative.code})`} approve={actions.approve} returnReport={actions.returnReport} />
                </li>
              );
            })}
          </ul>
        )}
      </WorkSection>

      <WorkSection id="missing-heading" title={t("missingHeading", { period: lastText })} level={3}>
        {work.missingReports.items.length === 0 ? (
          <NothingDue />
        ) : (
          <>
            <div className="mt-2 overflow-x-auto">
              <table className={tableStyle}>
                <caption className="sr-only">{t("missingCaption", { period: lastText })}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-2 pr-3">{tWork("colInitiative")}</th>
                    {work.allDepartments && <th scope="col" className="py-2 pr-3">{tWork("colDepartment")}</th>}
                    <th scope="col" className="py-2 pr-3">{t("colLeads")}</th>
                    <th scope="col" className="py-2">{t("colState")}</th>
                  </tr>
                </thead>
                <tbody>
                  {work.missingReports.items.map((i) => (
                    <tr key={i.code} className="border-b border-slate-100 align-top">
                      <th scope="row" className="py-2 pr-3 font-normal"><InitiativeLink code={i.code} title={i.title} anchor="#reports" /></th>
                      {work.allDepartments && <td className="py-2 pr-3">{i.departmentCode}</td>}
                      <td className="py-2 pr-3">{i.leads.length > 0 ? i.leads.join(", ") : t("noLeads")}</td>
                      <td className="py-2">{i.state ? tState(i.state) : t("noReport")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ShownOf shown={work.missingReports.items.length} total={work.missingReports.total} />
          </>
        )}
      </WorkSection>

      <WorkSection id="stale-heading" title={t("staleHeading")} level={3}>
        {work.stale.items.length === 0 ? (
          <NothingDue />
        ) : (
          <>
            <div className="mt-2 overflow-x-auto">
              <table className={tableStyle}>
                <caption className="sr-only">{t("staleCaption")}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-2 pr-3">{tWork("colInitiative")}</th>
                    <th scope="col" className="py-2 pr-3">{tWork("colHealth")}</th>
                    <th scope="col" className="py-2">{tWork("lead.colUpdated")}</th>
                  </tr>
                </thead>
                <tbody>
                  {work.stale.items.map((i) => (
                    <tr key={i.code} className="border-b border-slate-100 align-top">
                      <th scope="row" className="py-2 pr-3 font-normal"><InitiativeLink code={i.code} title={i.title} /></th>
                      <td className="py-2 pr-3"><HealthBadge health={i.health} /></td>
                      <td className="py-2">{i.daysSinceChange === null ? tWork("lead.neverUpdated") : tWork("lead.staleDays", { days: i.daysSinceChange })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ShownOf shown={work.stale.items.length} total={work.stale.total} href={portfolioHref(filters, { stale: true })} />
          </>
        )}
      </WorkSection>

      <WorkSection id="overdue-heading" title={t("overdueHeading")} level={3}>
        <MilestoneList list={work.overdueMilestones} today={today} actions={actions} moreHref={portfolioHref(filters, { overdue: true })} />
      </WorkSection>
    </WorkSection>
  );
}
