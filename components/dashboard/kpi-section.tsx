// KPI attainment: how many KPIs are on course, the rule in words, and the classes per field of
// action as a stacked bar chart with its table.
import { getTranslations } from "@/lib/i18n/translations";
import type { DashboardFilters, DashboardOptions, KpiAttainmentFigures } from "@/lib/dashboard/queries";
import { ATTAINMENT_CLASSES } from "@/lib/kpis/attainment";
import { DashboardBarChart } from "./bar-chart";
import { ATTAINMENT_COLORS } from "./colors";
import { DashboardSection, SingleFigure } from "./dashboard-section";

export async function KpiSection({ figures, filters, options }: { figures: KpiAttainmentFigures; filters: DashboardFilters; options: DashboardOptions }) {
  const t = await getTranslations("dashboard");
  const fieldTitle = (code: string | null) => (code === null ? t("kpis.masterplanWide") : (options.fields.find((f) => f.code === code)?.title ?? code));
  const narrowed = filters.depts.length + filters.partners.length + filters.districts.length + filters.fields.length > 0;
  const groups = figures.byField.map((g) => ({ ...g, label: fieldTitle(g.field) }));
  const title = t("kpis.byFieldTitle");
  return (
    <DashboardSection id="dashboard-kpis" heading={t("kpis.heading")}>
      <p className="mt-1 text-lg" data-testid="dashboard-kpi-summary">
        {t("kpis.summary", { good: figures.counts.ON_COURSE + figures.counts.TARGET_REACHED, total: figures.total })}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {ATTAINMENT_CLASSES.map((c) => (
          <li key={c} className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: ATTAINMENT_COLORS[c] }} />
            {t(`kpis.class.${c}`)}: <strong className="tabular-nums">{figures.counts[c]}</strong>
          </li>
        ))}
      </ul>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("kpis.rule")}</p>
      {narrowed && <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("kpis.scopeNote")}</p>}
      <SingleFigure
        empty={figures.total === 0 && t("kpis.empty")}
        id="dashboard-kpi-attainment"
        title={title}
        description={t("kpis.byFieldDescription")}
        chart={
          <DashboardBarChart
            stacked
            horizontal
            width={720}
            height={Math.max(160, 48 + groups.length * 36)}
            data={groups.map((g) => ({ label: g.label, ...g.counts }))}
            series={ATTAINMENT_CLASSES.map((c) => ({ key: c, label: t(`kpis.class.${c}`), color: ATTAINMENT_COLORS[c] }))}
          />
        }
        rowHeader={t("kpis.colArea")}
        columns={[...ATTAINMENT_CLASSES.map((c) => t(`kpis.class.${c}`)), t("total")]}
        rows={groups.map((g) => ({ header: { text: g.label }, cells: [...ATTAINMENT_CLASSES.map((c) => ({ text: String(g.counts[c]) })), { text: String(g.total) }] }))}
        footer={{ header: { text: t("total") }, cells: [...ATTAINMENT_CLASSES.map((c) => ({ text: String(figures.counts[c]) })), { text: String(figures.total) }] }}
      />
    </DashboardSection>
  );
}
