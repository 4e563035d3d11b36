// All partners in one table: kind, initiatives, committed funds, milestones they are responsible
// for, the share completed on time and how many are overdue. Each partner links to its page.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { formatEuro } from "@/lib/funding/format";
import { onTimeShare, type PartnerSummaryRow } from "@/lib/partners/report-queries";

export async function PartnerSummaryTable({ rows }: { rows: PartnerSummaryRow[] }) {
  const [t, tp, locale] = await Promise.all([getTranslations("partnerView"), getTranslations("partners"), getLocale()]);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const columns: DataTableColumn<PartnerSummaryRow>[] = [
    {
      id: "partner",
      header: t("colPartner"),
      rowHeader: true,
      cell: (r) => <Link href={`/app/partners/${r.slug}`} className="text-brand-700 underline underline-offset-2">{r.name}</Link>,
    },
    { id: "kind", header: t("colKind"), cell: (r) => tp(`kinds.${r.kind}`) },
    { id: "initiatives", header: t("colInitiatives"), value: (r) => r.initiatives, format: "integer" },
    { id: "committed", header: t("colCommitted"), format: "currencyCents", cell: (r) => formatEuro(locale, r.committed) },
    { id: "responsible", header: t("colResponsible"), value: (r) => r.responsible, format: "integer" },
    {
      id: "onTime",
      header: t("colOnTime"),
      format: "percent",
      cell: (r) => {
        const share = onTimeShare(r);
        return share === null ? t("noneCompleted") : t("share", { percent: percent.format(share), onTime: r.onTime, completed: r.completed });
      },
    },
    { id: "overdue", header: t("colOverdue"), value: (r) => r.overdue, format: "integer" },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      caption={t("tableCaption")}
      locale={locale}
      minWidth="48rem"
      className="mt-4"
      testId="partner-summary-table"
    />
  );
}
