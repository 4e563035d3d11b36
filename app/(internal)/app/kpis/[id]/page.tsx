// KPI detail: measurements against baseline and target over time, the planned path, the projection
// of the recent trend and whether it reaches the target in time. Every signed-in user may read it.
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { KpiDetailChart } from "@/components/kpis/kpi-detail-chart";
import { KpiDetailFacts, KpiDetailOwner } from "@/components/kpis/kpi-detail-facts";
import { kpiFormat } from "@/components/kpis/kpi-detail-format";
import { KpiDetailTable } from "@/components/kpis/kpi-detail-table";
import { KpiDetailVerdict } from "@/components/kpis/kpi-detail-verdict";
import { ChartFigure } from "@/components/ui/chart-figure";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getKpiDetail } from "@/lib/kpis/queries";

type Props = { params: Promise<{ id: string }> };

export default async function KpiDetailPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/app/kpis/${encodeURIComponent(id)}`);
  const kpi = await getKpiDetail(await db(), user, id);
  if (!kpi) notFound();
  const [t, locale] = await Promise.all([getTranslations("kpiDetail"), getLocale()]);
  const f = kpiFormat(locale, kpi.unit);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{kpi.name}</h1>
      <KpiDetailOwner kpi={kpi} />
      <KpiDetailFacts kpi={kpi} f={f} />
      <section aria-labelledby="kpi-chart-heading" className="mt-6">
        <h2 id="kpi-chart-heading" className="mb-2 text-xl font-semibold">{t("chartHeading")}</h2>
        <ChartFigure
          id="kpi-history"
          title={t("chartTitle", { name: kpi.name })}
          description={t("chartDescription")}
          chart={
            <KpiDetailChart
              rows={kpi.series}
              target={kpi.plan.target.value}
              locale={locale}
              labels={{ measured: t("seriesMeasured"), planned: t("seriesPlanned"), projected: t("seriesProjected"), target: t("seriesTarget") }}
            />
          }
          table={<KpiDetailTable kpi={kpi} f={f} />}
          tableLabel={t("tableLabel")}
        />
        {kpi.measurementCount > kpi.measurements.length && (
          <p className="mt-2 text-sm text-slate-700">{t("truncated", { shown: kpi.measurements.length, count: kpi.measurementCount })}</p>
        )}
      </section>
      <KpiDetailVerdict kpi={kpi} f={f} />
    </>
  );
}
