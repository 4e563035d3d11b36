// The reviewer's part of "my work" (a department head for their department, an admin for all):
// reports awaiting approval with the report inbox's approve / return forms inline, initiatives
// whose report for the last quarter is missing, stale initiatives, and overdue milestones.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import { ReviewForms } from "@/components/reports/review-forms";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { portfolioHref, NO_FILTERS } from "@/lib/dashboard/filters";
import type { MyWork } from "@/lib/my-work/queries";
import { periodLabel } from "@/lib/reports/labels";
import { MilestoneList } from "./milestone-list";
import { InitiativeLink, NothingDue, ShownOf, WorkSection, initiativeHref, linkStyle } from "./parts";
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
  const [t, tWork, tAll, tState, locale] = await Promise.all([
    getTranslations("myWork.oversight"),
    getTranslations("myWork"),
    getTranslations(),
    getTranslations("reportState"),
    getLocale(),
  ]);
  const lastText = periodLabel(tAll, lastPeriod);
  const filters = work.departmentCode ? { ...NO_FILTERS, depts: [work.departmentCode] } : NO_FILTERS;
  // The department column only where the list spans departments (an admin's).
  const missingColumns = ([
    { id: "initiative", header: tWork("colInitiative"), rowHeader: true, cell: (i) => <InitiativeLink code={i.code} title={i.title} anchor="#reports" /> },
    { id: "department", header: tWork("colDepartment"), value: (i) => i.departmentCode },
    { id: "leads", header: t("colLeads"), cell: (i) => (i.leads.length > 0 ? i.leads.join(", ") : t("noLeads")) },
    { id: "state", header: t("colState"), cell: (i) => (i.state ? tState(i.state) : t("noReport")) },
  ] satisfies DataTableColumn<Oversight["missingReports"]["items"][number]>[]).filter((c) => c.id !== "department" || work.allDepartments);
  const staleColumns: DataTableColumn<Oversight["stale"]["items"][number]>[] = [
    { id: "initiative", header: tWork("colInitiative"), rowHeader: true, cell: (i) => <InitiativeLink code={i.code} title={i.title} /> },
    { id: "health", header: tWork("colHealth"), cell: (i) => <HealthBadge health={i.health} /> },
    {
      id: "updated",
      header: tWork("lead.colUpdated"),
      cell: (i) => (i.daysSinceChange === null ? tWork("lead.neverUpdated") : tWork("lead.staleDays", { days: i.daysSinceChange })),
    },
  ];
  const table = { locale, minWidth: "36rem", className: "mt-2", empty: tWork("nothingDue") };
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
        <DataTable {...table} columns={missingColumns} rows={work.missingReports.items} rowKey={(i) => i.code} caption={t("missingCaption", { period: lastText })} />
        <ShownOf shown={work.missingReports.items.length} total={work.missingReports.total} />
      </WorkSection>

      <WorkSection id="stale-heading" title={t("staleHeading")} level={3}>
        <DataTable {...table} columns={staleColumns} rows={work.stale.items} rowKey={(i) => i.code} caption={t("staleCaption")} />
        <ShownOf shown={work.stale.items.length} total={work.stale.total} href={portfolioHref(filters, { stale: true })} />
      </WorkSection>

      <WorkSection id="overdue-heading" title={t("overdueHeading")} level={3}>
        <MilestoneList list={work.overdueMilestones} today={today} actions={actions} moreHref={portfolioHref(filters, { overdue: true })} />
      </WorkSection>
    </WorkSection>
  );
}
