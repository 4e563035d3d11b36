// The reviewer's part of the reports inbox: submitted reports awaiting a decision, oldest first,
// each linking to the report on its initiative's page.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { periodLabel } from "@/lib/reports/labels";
import type { ReportsInbox } from "@/lib/reports/inbox-queries";
import { LateBadge } from "./late-badge";

export async function ReviewQueue({ rows }: { rows: ReportsInbox["toReview"] }) {
  const [t, tAll, format, locale] = await Promise.all([getTranslations("statusReports.inbox"), getTranslations(), getFormatter(), getLocale()]);
  const columns: DataTableColumn<ReportsInbox["toReview"][number]>[] = [
    {
      id: "initiative",
      header: t("colInitiative"),
      rowHeader: true,
      cell: (r) => (
        <Link
          href={`/app/initiatives/${encodeURIComponent(r.initiative.code)}#reports`}
          aria-label={t("openLabel", { period: periodLabel(tAll, r.period), code: r.initiative.code })}
          className="text-brand-700 underline underline-offset-2"
        >
          <span className="font-mono">{r.initiative.code}</span> {r.initiative.title}
        </Link>
      ),
    },
    {
      id: "period",
      header: t("colPeriod"),
      cell: (r) => (
        <>
          {periodLabel(tAll, r.period)}
          {r.late && <span className="ml-2"><LateBadge /></span>}
        </>
      ),
    },
    { id: "department", header: t("colDepartment"), value: (r) => r.initiative.department.code },
    { id: "health", header: t("colHealth"), cell: (r) => <HealthBadge health={r.health} /> },
    {
      id: "submitted",
      header: t("colSubmitted"),
      cell: (r) => (
        <>
          {r.submittedAt ? format.dateTime(r.submittedAt, { dateStyle: "medium" }) : "–"}
          {r.submittedBy && <span className="block text-slate-700">{r.submittedBy.name}</span>}
        </>
      ),
    },
  ];
  return (
    <section aria-labelledby="review-heading" className="mt-8">
      <h2 id="review-heading" className="text-xl font-semibold">{t("reviewHeading")}</h2>
      <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} caption={t("reviewCaption")} empty={t("reviewEmpty")} locale={locale} minWidth="40rem" className="mt-3" />
    </section>
  );
}
