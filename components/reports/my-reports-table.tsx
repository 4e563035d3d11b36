// The project lead's part of the reports inbox: per initiative they lead, where this period's
// report stands (with the reviewer's feedback when it was returned) and which earlier quarters it
// still owes, each with its due day or marked late — in words with an icon, not by colour alone.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { periodLabel } from "@/lib/reports/labels";
import { LateBadge } from "./late-badge";
import type { PeriodStanding, ReportsInbox } from "@/lib/reports/inbox-queries";

async function Standing({ standing }: { standing: PeriodStanding }) {
  const [tState, t] = await Promise.all([getTranslations("reportState"), getTranslations("statusReports.inbox")]);
  return <>{standing === "DUE" || standing === "NOT_DUE" ? t(`standing.${standing}`) : tState(standing)}</>;
}

export async function MyReportsTable({ rows, current }: { rows: ReportsInbox["mine"]; current: string }) {
  const [t, tAll, tDue, format, locale] = await Promise.all([
    getTranslations("statusReports.inbox"),
    getTranslations(),
    getTranslations("reportDue"),
    getFormatter(),
    getLocale(),
  ]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const columns: DataTableColumn<ReportsInbox["mine"][number]>[] = [
    {
      id: "initiative",
      header: t("colInitiative"),
      rowHeader: true,
      cell: (r) => (
        <Link href={`/app/initiatives/${encodeURIComponent(r.code)}#reports`} className="text-brand-700 underline underline-offset-2">
          <span className="font-mono">{r.code}</span> {r.title}
        </Link>
      ),
    },
    {
      id: "report",
      header: t("colReport", { period: periodLabel(tAll, current) }),
      cell: (r) => (
        <>
          <Standing standing={r.current} />
          {r.reviewComment && <p className="mt-1 whitespace-pre-line break-words text-slate-800">{t("returnedComment", { comment: r.reviewComment })}</p>}
        </>
      ),
    },
    {
      id: "outstanding",
      header: tDue("colOutstanding"),
      cell: (r) =>
        r.outstanding.length === 0 ? (
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
        ),
    },
  ];
  return (
    <section aria-labelledby="mine-heading" className="mt-8">
      <h2 id="mine-heading" className="text-xl font-semibold">{t("mineHeading")}</h2>
      <DataTable columns={columns} rows={rows} rowKey={(r) => r.code} caption={t("mineCaption")} empty={t("mineEmpty")} locale={locale} minWidth="36rem" className="mt-3" />
    </section>
  );
}
