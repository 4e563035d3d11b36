// Budget planned against actual, by year and by funding source. Amounts in the tables are the
// exact sums (Decimal in the database); the charts draw the same sums as numbers.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/ui/chart-figure";
import type { BudgetFigures, Money } from "@/lib/dashboard/queries";
import { DashboardBarChart } from "./bar-chart";
import { BUDGET_COLORS } from "./colors";
import { FigureTable } from "./figure-table";

export async function BudgetSection({ figures }: { figures: BudgetFigures }) {
  const t = await getTranslations("dashboard");
  const tSource = await getTranslations("budget.source");
  const format = await getFormatter();
  const locale = await getLocale();
  const eur = (amount: string) => format.number(Number(amount), { style: "currency", currency: "EUR" });
  const cells = (m: Money) => [{ text: eur(m.planned) }, { text: eur(m.actual) }];
  const series = [
    { key: "planned", label: t("budget.planned"), color: BUDGET_COLORS.planned },
    { key: "actual", label: t("budget.actual"), color: BUDGET_COLORS.actual },
  ];
  const chartData = (rows: ({ label: string } & Money)[]) => rows.map((r) => ({ label: r.label, planned: r.plannedNumber, actual: r.actualNumber }));
  const columns = [t("budget.planned"), t("budget.actual")];
  const footer = { header: { text: t("total") }, cells: cells(figures.total) };
  const description = figures.year === null ? t("budget.description") : t("budget.descriptionYear", { year: figures.year });
  const byYear = figures.byYear.map((y) => ({ ...y, label: String(y.year) }));
  const bySource = figures.bySource.map((s) => ({ ...s, label: tSource(s.source) }));
  const yearTitle = t("budget.byYearTitle");
  const sourceTitle = t("budget.bySourceTitle");
  return (
    <section aria-labelledby="dashboard-budget" className="mt-8">
      <h2 id="dashboard-budget" className="text-xl font-semibold text-brand-900">{t("budget.heading")}</h2>
      {figures.cells.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("budget.empty")}</p>
      ) : (
        <div className="mt-4 grid grid-cols-1 gap-6 xl:grid-cols-2 [&>*]:min-w-0">
          <ChartFigure
            id="dashboard-budget-year"
            title={yearTitle}
            description={description}
            tableLabel={t("tableLabel")}
            chart={<DashboardBarChart width={500} compactLocale={locale} data={chartData(byYear)} series={series} />}
            table={
              <FigureTable caption={yearTitle} rowHeader={t("budget.colYear")} columns={columns} footer={footer}
                rows={byYear.map((y) => ({ header: { text: y.label }, cells: cells(y) }))} />
            }
          />
          <ChartFigure
            id="dashboard-budget-source"
            title={sourceTitle}
            description={description}
            tableLabel={t("tableLabel")}
            chart={<DashboardBarChart width={500} compactLocale={locale} data={chartData(bySource)} series={series} />}
            table={
              <FigureTable caption={sourceTitle} rowHeader={t("budget.colSource")} columns={columns} footer={footer}
                rows={bySource.map((s) => ({ header: { text: s.label }, cells: cells(s) }))} />
            }
          />
        </div>
      )}
    </section>
  );
}
