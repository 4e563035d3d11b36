// The numbers behind the KPI chart: per date the measurement (with its note), the planned path and
// the projection. Baseline, target date and the projected day of reaching the target are marked.
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { KpiDetail } from "@/lib/kpis/queries";
import type { KpiFormat } from "./kpi-detail-format";

type Point = KpiDetail["series"][number];

export async function KpiDetailTable({ kpi, f }: { kpi: KpiDetail; f: KpiFormat }) {
  const [t, locale] = await Promise.all([getTranslations("kpiDetail"), getLocale()]);
  const notes = new Map(kpi.measurements.map((m) => [m.date, m]));
  const reachOn = kpi.projection.kind === "onTrack" ? kpi.projection.on : null;
  const marker = (date: string) =>
    date === kpi.plan.baseline.date ? t("rowBaseline") : date === kpi.plan.target.date ? t("rowTarget") : date === reachOn ? t("rowReach") : null;
  const dash = "–";
  // Values carry the KPI's unit (f.value); a measurement keeps its exact decimals.
  const columns: DataTableColumn<Point>[] = [
    {
      id: "date",
      header: t("colDate"),
      rowHeader: true,
      cell: (r) => {
        const mark = marker(r.date);
        return (
          <>
            {f.date(r.date)}
            {mark && <span className="ml-2 rounded bg-slate-100 px-1 text-xs font-semibold">{mark}</span>}
          </>
        );
      },
    },
    {
      id: "measured",
      header: t("colMeasured"),
      format: "number",
      cell: (r) => {
        const m = notes.get(r.date);
        return m ? f.value(m.value) : r.measured === null ? dash : f.value(r.measured);
      },
    },
    { id: "planned", header: t("colPlanned"), format: "number", cell: (r) => (r.planned === null ? dash : f.value(r.planned)) },
    { id: "projected", header: t("colProjected"), format: "number", cell: (r) => (r.projected === null ? dash : f.value(r.projected)) },
    { id: "note", header: t("colNote"), cell: (r) => notes.get(r.date)?.note ?? "" },
  ];
  return (
    <DataTable
      columns={columns}
      rows={kpi.series}
      rowKey={(r) => r.date}
      caption={t("tableCaption", { name: kpi.name, unit: kpi.unit })}
      captionVisible
      locale={locale}
      minWidth="36rem"
      testId="kpi-detail-table"
    />
  );
}
