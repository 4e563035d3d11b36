// One funding breakdown (by source, year or field): chart and table of the same rows in a ChartFigure.
import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/ui/chart-figure";
import type { Sums } from "@/lib/funding/queries";
import { FundingBarChart } from "./funding-bar-chart";
import { FundingTable, type FundingTableRow } from "./funding-table";

export async function FundingFigure(props: { id: string; title: string; description: string; caption: string; labelHeader: string; rows: FundingTableRow[]; total: Sums }) {
  const [t, locale] = await Promise.all([getTranslations("funding"), getLocale()]);
  // The chart needs numbers; the table keeps the exact decimal strings.
  const bars = props.rows.map((r) => ({ label: r.key, planned: Number(r.planned), actual: Number(r.actual) }));
  return (
    <ChartFigure
      id={props.id}
      title={props.title}
      description={props.description}
      chart={<FundingBarChart id={props.id} rows={bars} locale={locale} labels={{ planned: t("planned"), actual: t("actual") }} />}
      table={<FundingTable caption={props.caption} labelHeader={props.labelHeader} rows={props.rows} total={props.total} testId={`${props.id}-table`} />}
      tableLabel={t("tableLabel")}
    />
  );
}
