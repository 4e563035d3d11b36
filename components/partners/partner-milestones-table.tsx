// The milestones a partner is responsible for: baseline, forecast, completion, delay in days
// (lib/milestones/lateness.ts) and whether it was done on time, late, is overdue (since how many
// days) or still open (words, not colour alone).
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
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
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const day = (iso: string | null) => (iso ? date.format(dateValue(iso)) : t("notDone"));
  const delay = new Intl.NumberFormat(locale, { signDisplay: "exceptZero" });
  const columns: DataTableColumn<PartnerMilestoneRow>[] = [
    { id: "milestone", header: t("colMilestone"), value: (m) => m.title, rowHeader: true },
    {
      id: "initiative",
      header: t("colInitiative"),
      cell: (m) => (
        <Link href={`/app/initiatives/${m.initiativeCode}`} className="text-brand-700 underline underline-offset-2">
          <span className="font-mono">{m.initiativeCode}</span> {m.initiativeTitle}
        </Link>
      ),
    },
    { id: "baseline", header: t("colBaseline"), value: (m) => m.baselineDate, cell: (m) => day(m.baselineDate) },
    { id: "forecast", header: t("colForecast"), value: (m) => m.forecastDate, cell: (m) => day(m.forecastDate) },
    { id: "completed", header: t("colCompleted"), value: (m) => m.completedDate, cell: (m) => day(m.completedDate) },
    { id: "delay", header: t("colDelay"), value: (m) => m.delayDays, format: "integer", cell: (m) => delay.format(m.delayDays) },
    {
      id: "state",
      header: t("colState"),
      cell: (m) => {
        const state = stateOf(m);
        return (
          <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATE_CLASS[state]}`}>
            {state === "overdue" ? t("overdueBy", { days: m.overdueDays }) : t(`state.${state}`)}
          </span>
        );
      },
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(m) => m.id}
      caption={t("milestonesCaption", { name })}
      empty={t("noMilestones")}
      locale={locale}
      minWidth="52rem"
      className="mt-2"
      testId="partner-milestones-table"
    />
  );
}
