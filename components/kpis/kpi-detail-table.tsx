// The numbers behind the KPI chart: per date the measurement (with its note), the planned path and
// the projection. Baseline, target date and the projected day of reaching the target are marked.
import { getTranslations } from "next-intl/server";
import type { KpiDetail } from "@/lib/kpis/queries";
import type { KpiFormat } from "./kpi-detail-format";

export async function KpiDetailTable({ kpi, f }: { kpi: KpiDetail; f: KpiFormat }) {
  const t = await getTranslations("kpiDetail");
  const notes = new Map(kpi.measurements.map((m) => [m.date, m]));
  const reachOn = kpi.projection.kind === "onTrack" ? kpi.projection.on : null;
  const marker = (date: string) =>
    date === kpi.plan.baseline.date ? t("rowBaseline") : date === kpi.plan.target.date ? t("rowTarget") : date === reachOn ? t("rowReach") : null;
  const cell = "py-1 pr-3";
  const num = `${cell} text-right tabular-nums`;
  const dash = "–";
  return (
    <table className="w-full min-w-[36rem] text-left text-sm" data-testid="kpi-detail-table">
      <caption className="text-left text-sm font-semibold">{t("tableCaption", { name: kpi.name, unit: kpi.unit })}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className={cell}>{t("colDate")}</th>
          <th scope="col" className={`${cell} text-right`}>{t("colMeasured")}</th>
          <th scope="col" className={`${cell} text-right`}>{t("colPlanned")}</th>
          <th scope="col" className={`${cell} text-right`}>{t("colProjected")}</th>
          <th scope="col" className="py-1">{t("colNote")}</th>
        </tr>
      </thead>
      <tbody>
        {kpi.series.map((r) => {
          const m = notes.get(r.date);
          const mark = marker(r.date);
          return (
            <tr key={r.date} className="border-b border-slate-100">
              <th scope="row" className={`${cell} font-normal`}>
                {f.date(r.date)}
                {mark && <span className="ml-2 rounded bg-slate-100 px-1 text-xs font-semibold">{mark}</span>}
              </th>
              <td className={num}>{m ? f.value(m.value) : r.measured === null ? dash : f.value(r.measured)}</td>
              <td className={num}>{r.planned === null ? dash : f.value(r.planned)}</td>
              <td className={num}>{r.projected === null ? dash : f.value(r.projected)}</td>
              <td className="py-1">{m?.note ?? ""}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
