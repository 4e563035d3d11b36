// KPI attainment at the quarter's end: how many KPIs reached their target, are on course or
// behind, and each KPI with baseline, target, latest value and verdict (as words, not colour).
import { getTranslations } from "next-intl/server";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import type { Attainment } from "@/lib/kpis/attainment";
import { ReportSection } from "./report-section";
import { SimpleTable } from "./simple-table";

const style: Record<Attainment, string> = {
  TARGET_REACHED: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  ON_COURSE: "bg-sky-100 text-sky-900 ring-sky-300",
  BEHIND: "bg-amber-100 text-amber-950 ring-amber-300",
  NO_MEASUREMENT: "bg-slate-100 text-slate-800 ring-slate-300",
};

export async function KpiAttainment({ report }: { report: CouncilReport }) {
  const t = await getTranslations("councilReport");
  const f = reportFormat(report.locale);
  const { rows, counts } = report.kpis;
  const label = (a: Attainment | null) =>
    a === null ? t("kpis.notJudged") : <span className={`inline-block rounded px-2 py-0.5 ring-1 ${style[a]}`}>{t(`kpis.attainment.${a}`)}</span>;
  return (
    <ReportSection id="cr-kpis" heading={t("kpis.heading")} intro={t("kpis.rule")}>
      {rows.length === 0 ? (
        <p className="mt-3">{t("kpis.none")}</p>
      ) : (
        <>
          <div className="max-w-md">
            <SimpleTable locale={report.locale} caption={t("kpis.summary")} columns={[{ label: t("col.attainment") }, { label: t("col.count"), numeric: true }]} rows={counts.map((c) => ({ key: c.key, cells: [label(c.key), c.count] }))} />
          </div>
          <SimpleTable locale={report.locale}
            caption={t("kpis.heading")}
            columns={[
              { label: t("col.kpi") },
              { label: t("col.owner") },
              { label: t("col.baseline"), numeric: true },
              { label: t("col.target"), numeric: true },
              { label: t("col.latest"), numeric: true },
              { label: t("col.attainment") },
            ]}
            rows={rows.map((k) => ({
              key: k.id,
              cells: [
                `${k.name} (${k.unit})`,
                <span key="o">{k.ownerCode ?? t("kpis.ownerMasterplan")}{k.asOfToday && <><br /><span className="text-xs text-slate-700">{t("asOfToday")}</span></>}</span>,
                k.baseline === null ? "–" : f.number(k.baseline),
                <span key="t">{f.number(k.target)}<br /><span className="text-xs text-slate-700">{f.date(k.targetDate)}</span></span>,
                k.latestValue === null || !k.latestDate ? "–" : <span key="l">{f.number(k.latestValue)}<br /><span className="text-xs text-slate-700">{f.date(k.latestDate)}</span></span>,
                label(k.attainment),
              ],
            }))}
          />
        </>
      )}
    </ReportSection>
  );
}
