// Initiatives by status and by health per field of action: two stacked bar charts, each with its
// table, every count linking to the portfolio rows it counts.
import { getTranslations } from "@/lib/i18n/translations";
import { portfolioHref, type DashboardFilters, type PortfolioFigures } from "@/lib/dashboard/queries";
import { HEALTH_VALUES, INITIATIVE_STATUSES } from "@/lib/dashboard/labels";
import { DashboardBarChart } from "./bar-chart";
import { HEALTH_COLORS, STATUS_COLORS } from "./colors";
import { DashboardFigure, DashboardSection } from "./dashboard-section";
import type { TableRow } from "./figure-table";

type Kind = "status" | "health";

async function CountFigure({ kind, figures, filters }: { kind: Kind; figures: PortfolioFigures; filters: DashboardFilters }) {
  const t = await getTranslations("dashboard");
  const tValue = await getTranslations(kind);
  const values: readonly string[] = kind === "status" ? INITIATIVE_STATUSES : HEALTH_VALUES;
  const colors: Record<string, string> = kind === "status" ? STATUS_COLORS : HEALTH_COLORS;
  const countsOf = (f: { byStatus: Record<string, number>; byHealth: Record<string, number> }) => (kind === "status" ? f.byStatus : f.byHealth);
  const fmt = (n: number) => String(n);
  const pick = (v: string) => (kind === "status" ? { status: v } : { health: v });

  const rows: TableRow[] = figures.fields.map((f) => ({
    header: { text: f.title, href: portfolioHref(filters, { field: f.code }), label: t("portfolio.totalLabel", { count: f.total, field: f.title }) },
    cells: [
      ...values.map((v) => ({
        text: fmt(countsOf(f)[v] ?? 0),
        href: portfolioHref(filters, { field: f.code, ...pick(v) }),
        label: t("portfolio.cellLabel", { count: countsOf(f)[v] ?? 0, field: f.title, value: tValue(v) }),
      })),
      { text: fmt(f.total), href: portfolioHref(filters, { field: f.code }), label: t("portfolio.totalLabel", { count: f.total, field: f.title }) },
    ],
  }));
  const allLabel = t("portfolio.allFields");
  const footer: TableRow = {
    header: { text: t("total") },
    cells: [
      ...values.map((v) => ({
        text: fmt(countsOf(figures)[v] ?? 0),
        href: portfolioHref(filters, pick(v)),
        label: t("portfolio.cellLabel", { count: countsOf(figures)[v] ?? 0, field: allLabel, value: tValue(v) }),
      })),
      { text: fmt(figures.total), href: portfolioHref(filters), label: t("portfolio.totalLabel", { count: figures.total, field: allLabel }) },
    ],
  };
  const title = t(kind === "status" ? "portfolio.byStatusTitle" : "portfolio.byHealthTitle");
  return (
    <DashboardFigure
      id={`dashboard-by-${kind}`}
      title={title}
      description={t(kind === "status" ? "portfolio.byStatusDescription" : "portfolio.byHealthDescription")}
      chart={
        <DashboardBarChart
          stacked
          horizontal
          width={500}
          height={Math.max(160, 48 + figures.fields.length * 36)}
          data={figures.fields.map((f) => ({ label: f.title, ...countsOf(f) }))}
          series={values.map((v) => ({ key: v, label: tValue(v), color: colors[v]! }))}
        />
      }
      rowHeader={t("portfolio.colField")}
      columns={[...values.map((v) => tValue(v)), t("total")]}
      rows={rows}
      footer={footer}
    />
  );
}

export async function PortfolioSection({ figures, filters }: { figures: PortfolioFigures; filters: DashboardFilters }) {
  const t = await getTranslations("dashboard.portfolio");
  return (
    <DashboardSection id="dashboard-portfolio" heading={t("heading")}>
      <p className="mt-1 text-sm text-slate-700" data-testid="dashboard-total">{t("count", { count: figures.total })}</p>
      <div className="mt-4 grid grid-cols-1 gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <CountFigure kind="status" figures={figures} filters={filters} />
        <CountFigure kind="health" figures={figures} filters={filters} />
      </div>
    </DashboardSection>
  );
}
