// Slip tables of the trend analysis: one row per milestone (baseline, current forecast or
// completion, slip in days, delay in days by lib/milestones/lateness.ts, state with "overdue by N
// days"), and one row per group (responsible partner, initiative) with count, mean and largest slip
// and the share on time. Numbers in the reader's language.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { dateValue } from "@/lib/dates";
import type { InitiativeMta, SlipSummary } from "@/lib/mta/queries";

type MilestoneRow = InitiativeMta["milestones"][number];

export async function MilestoneSlipTable({ milestones, caption }: { milestones: MilestoneRow[]; caption: string }) {
  const t = await getTranslations("mta");
  const tm = await getTranslations("milestones");
  const format = await getFormatter();
  const locale = await getLocale();
  const day = (iso: string) => <time dateTime={iso}>{format.dateTime(dateValue(iso), { dateStyle: "medium", timeZone: "UTC" })}</time>;
  const columns: DataTableColumn<MilestoneRow>[] = [
    { id: "short", header: t("short"), value: (m) => m.label, className: "font-semibold" },
    { id: "milestone", header: t("milestone"), value: (m) => m.title, rowHeader: true },
    { id: "partner", header: tm("responsiblePartner"), value: (m) => m.partner?.name ?? t("noPartner") },
    { id: "baseline", header: tm("baseline"), cell: (m) => day(m.baselineDate) },
    {
      id: "current",
      header: t("currentOrDone"),
      cell: (m) => (m.completedDate ? <>{tm("completed")} {day(m.completedDate)}</> : day(m.forecastDate)),
    },
    { id: "slip", header: t("slipDays"), value: (m) => m.slipDays, format: "integer" },
    { id: "delay", header: t("delayDays"), value: (m) => m.delayDays, format: "integer" },
    {
      id: "state",
      header: t("state"),
      cell: (m) => (
        <>
          {m.completedDate ? tm("state.done") : m.overdue ? <strong className="text-red-800">{t("overdueBy", { days: m.overdueDays })}</strong> : tm("state.open")}
          {m.onTime && <> · {t("onTime")}</>}
        </>
      ),
    },
  ];
  return <DataTable columns={columns} rows={milestones} rowKey={(m) => m.id} caption={caption} locale={locale} className="mt-3" />;
}

export type SlipGroupRow = { key: string; name: React.ReactNode; summary: SlipSummary };

export async function SlipSummaryTable({ caption, groupLabel, rows }: { caption: string; groupLabel: string; rows: SlipGroupRow[] }) {
  const t = await getTranslations("mta");
  const format = await getFormatter();
  const locale = await getLocale();
  const num = (v: number | null) => (v === null ? "–" : format.number(v, { maximumFractionDigits: 1 }));
  const columns: DataTableColumn<SlipGroupRow>[] = [
    { id: "group", header: groupLabel, cell: (r) => r.name, rowHeader: true },
    { id: "count", header: t("count"), value: (r) => r.summary.count, format: "integer" },
    { id: "slipped", header: t("slippedCount"), value: (r) => r.summary.slippedCount, format: "integer" },
    { id: "mean", header: t("meanSlip"), value: (r) => r.summary.meanSlipDays, cell: (r) => num(r.summary.meanSlipDays), align: "end", className: "tabular-nums" },
    { id: "max", header: t("maxSlip"), value: (r) => r.summary.maxSlipDays, cell: (r) => num(r.summary.maxSlipDays), align: "end", className: "tabular-nums" },
    { id: "onTime", header: t("onTimeShare"), value: (r) => r.summary.onTimeShare, format: "percent" },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(r) => r.key} caption={caption} locale={locale} className="mt-3" />;
}
