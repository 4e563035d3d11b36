// The project lead's part of "my work": their initiatives with health and staleness, their
// milestones overdue or due soon (done / move forecast inline), KPI values due, and where this
// quarter's status report stands (with the reviewer's note when it was returned).
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { periodLabel } from "@/lib/reports/labels";
import { DUE_WITHIN_DAYS, type MyWork } from "@/lib/my-work/queries";
import { MilestoneList } from "./milestone-list";
import { InitiativeLink, WorkSection, dayFormatter, initiativeHref, linkStyle } from "./parts";
import type { WorkActions } from "./types";

type Lead = NonNullable<MyWork["lead"]>;

export async function LeadSection({ lead, today, period, actions }: { lead: Lead; today: string; period: string; actions: WorkActions }) {
  const [t, tWork, tAll, day, locale] = await Promise.all([getTranslations("myWork.lead"), getTranslations("myWork"), getTranslations(), dayFormatter(), getLocale()]);
  const periodText = periodLabel(tAll, period);
  const initiativeColumns: DataTableColumn<Lead["initiatives"][number]>[] = [
    { id: "initiative", header: tWork("colInitiative"), rowHeader: true, cell: (i) => <InitiativeLink code={i.code} title={i.title} /> },
    { id: "health", header: tWork("colHealth"), cell: (i) => <HealthBadge health={i.health} /> },
    {
      id: "updated",
      header: t("colUpdated"),
      cell: (i) => (
        <span className={i.stale ? "font-semibold text-red-900" : undefined}>
          {i.daysSinceChange === null ? t("neverUpdated") : i.stale ? t("staleDays", { days: i.daysSinceChange }) : t("updatedDaysAgo", { days: i.daysSinceChange })}
        </span>
      ),
    },
  ];
  const kpiColumns: DataTableColumn<Lead["kpis"][number]>[] = [
    { id: "kpi", header: t("colKpi"), rowHeader: true, cell: (k) => <Link href={`/app/kpis/${k.id}`} className={linkStyle}>{k.name}</Link> },
    { id: "initiative", header: tWork("colInitiative"), cell: (k) => <InitiativeLink code={k.initiative.code} title={k.initiative.title} anchor="#kpis-heading" /> },
    {
      id: "due",
      header: t("colDue"),
      cell: (k) => (
        <span className={k.due ? "font-semibold text-red-900" : undefined}>
          {k.due ? t("kpiDueSince", { date: day(k.dueDate) }) : t("kpiDueOn", { date: day(k.dueDate) })}
        </span>
      ),
    },
  ];
  const reportColumns: DataTableColumn<Lead["reports"][number]>[] = [
    { id: "initiative", header: tWork("colInitiative"), rowHeader: true, cell: (r) => <InitiativeLink code={r.code} title={r.title} anchor="#reports" /> },
    {
      id: "report",
      header: t("colReport"),
      cell: (r) => (
        <>
          {tWork(`reportStanding.${r.current}`)}
          {r.reviewComment && <p className="mt-1 whitespace-pre-line break-words text-slate-800">{t("returnedNote", { comment: r.reviewComment })}</p>}
          {r.current !== "NOT_DUE" && r.current !== "APPROVED" && r.current !== "SUBMITTED" && (
            <p className="mt-1">
              <Link href={initiativeHref(r.code, "#reports")} className={linkStyle}>{t("openReport")}</Link>
            </p>
          )}
        </>
      ),
    },
  ];
  const table = { locale, minWidth: "36rem", className: "mt-2", empty: tWork("nothingDue") };
  return (
    <WorkSection id="lead-heading" title={t("heading")}>
      <WorkSection id="lead-initiatives-heading" title={t("initiativesHeading")} level={3}>
        <DataTable {...table} columns={initiativeColumns} rows={lead.initiatives} rowKey={(i) => i.code} caption={t("initiativesCaption")} />
      </WorkSection>

      <WorkSection id="lead-milestones-heading" title={t("milestonesHeading", { days: DUE_WITHIN_DAYS })} level={3}>
        <MilestoneList list={lead.milestones} today={today} actions={actions} />
      </WorkSection>

      <WorkSection id="lead-kpis-heading" title={t("kpisHeading")} level={3}>
        <DataTable {...table} columns={kpiColumns} rows={lead.kpis} rowKey={(k) => k.id} caption={t("kpisCaption")} />
      </WorkSection>

      <WorkSection id="lead-reports-heading" title={t("reportsHeading", { period: periodText })} level={3}>
        <DataTable {...table} columns={reportColumns} rows={lead.reports} rowKey={(r) => r.code} caption={t("reportsCaption", { period: periodText })} />
      </WorkSection>
    </WorkSection>
  );
}
