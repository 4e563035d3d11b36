// The numbers behind a funding chart: planned, actual and the share spent per row, with the total
// of the selection (the masterplan roll-up) in the footer. Exact amounts in the reader's locale.
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { formatEuro } from "@/lib/funding/format";
import { utilisation, type Sums } from "@/lib/funding/queries";

export type FundingTableRow = Sums & { key: string; label: string };

export async function FundingTable({ caption, labelHeader, rows, total, testId }: { caption: string; labelHeader: string; rows: FundingTableRow[]; total: Sums; testId: string }) {
  const [t, locale] = await Promise.all([getTranslations("funding"), getLocale()]);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const share = (s: Sums) => {
    const u = utilisation(s);
    return u === null ? t("noUtilisation") : percent.format(u);
  };
  // Amounts are formatted from the exact decimal strings (formatEuro), sorted as numbers.
  const columns: DataTableColumn<FundingTableRow>[] = [
    { id: "label", header: labelHeader, value: (r) => r.label, rowHeader: true },
    { id: "planned", header: t("colPlanned"), value: (r) => Number(r.planned), cell: (r) => formatEuro(locale, r.planned), format: "currencyCents" },
    { id: "actual", header: t("colActual"), value: (r) => Number(r.actual), cell: (r) => formatEuro(locale, r.actual), format: "currencyCents" },
    { id: "utilisation", header: t("colUtilisation"), value: (r) => utilisation(r), cell: (r) => share(r), format: "percent" },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      caption={caption}
      captionVisible
      locale={locale}
      minWidth="32rem"
      testId={testId}
      footer={[{ key: "total", label: t("total"), values: { planned: formatEuro(locale, total.planned), actual: formatEuro(locale, total.actual), utilisation: share(total) } }]}
    />
  );
}
