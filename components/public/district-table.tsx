// The districts (Stadtbezirke) with the number of public initiatives in each; names link to the
// district's page. District names are German, also on the English pages.
import { getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { localePath, type Locale } from "@/lib/i18n/config";
import type { PublicDistrictSummary } from "@/lib/public/district-queries";

export async function DistrictTable({ districts, locale }: { districts: PublicDistrictSummary[]; locale: Locale }) {
  const t = await getTranslations("publicDistricts");
  const columns: DataTableColumn<PublicDistrictSummary>[] = [
    {
      id: "district",
      header: t("colDistrict"),
      rowHeader: true,
      cell: (d) => (
        <a href={localePath(locale, `/districts/${d.slug}`)} lang="de" className="font-medium text-brand-700 underline underline-offset-2">
          {d.name}
        </a>
      ),
    },
    { id: "count", header: t("colCount"), value: (d) => d.initiativeCount, format: "integer" },
  ];
  return (
    <DataTable columns={columns} rows={districts} rowKey={(d) => d.slug} caption={t("tableCaption")} locale={locale} className="mt-6 max-w-xl" testId="district-table" />
  );
}
