// Progress of the masterplan and of each field of action, with the formula in plain words (the
// text the citizens' site shows, so both explain the same rule).
import { getTranslations } from "@/lib/i18n/translations";
import { portfolioHref, type DashboardFilters, type PortfolioFigures } from "@/lib/dashboard/queries";
import { toPercent } from "@/lib/initiatives/progress";
import { DashboardBarChart } from "./bar-chart";
import { DashboardSection, SingleFigure } from "./dashboard-section";

export async function ProgressSection({ figures, filters }: { figures: PortfolioFigures; filters: DashboardFilters }) {
  const t = await getTranslations("dashboard");
  const tHome = await getTranslations("home");
  const percentText = (p: number | null) => {
    const v = toPercent(p);
    return v === null ? t("none") : t("progress.value", { value: v });
  };
  const title = t("progress.title");
  const masterplan = t("progress.masterplan");
  const rows = figures.fields.map((f) => ({
    header: { text: f.title, href: portfolioHref(filters, { field: f.code }), label: t("progress.fieldLabel", { field: f.title }) },
    cells: [{ text: percentText(f.progress) }, { text: String(f.counted) }],
  }));
  return (
    <DashboardSection id="dashboard-progress" heading={t("progress.heading")}>
      <p className="mt-1 text-lg" data-testid="dashboard-masterplan-progress">
        {masterplan}: <strong>{percentText(figures.progress)}</strong>
      </p>
      <SingleFigure
        id="dashboard-progress-chart"
        title={title}
        description={tHome("formula")}
        chart={
          <DashboardBarChart
            horizontal
            width={720}
            max={100}
            unit=" %"
            height={Math.max(160, 80 + figures.fields.length * 32)}
            data={[
              { label: masterplan, progress: toPercent(figures.progress) ?? 0 },
              ...figures.fields.map((f) => ({ label: f.title, progress: toPercent(f.progress) ?? 0 })),
            ]}
            series={[{ key: "progress", label: t("progress.colProgress"), color: "#0b5394" }]}
          />
        }
        rowHeader={t("progress.colArea")}
        columns={[t("progress.colProgress"), t("progress.colCounted")]}
        rows={rows}
        footer={{ header: { text: masterplan }, cells: [{ text: percentText(figures.progress) }, { text: String(figures.counted) }] }}
      />
    </DashboardSection>
  );
}
