// Budget planned against actual, by year and by funding source. Amounts in the tables are the
// exact sums (Decimal in the database); the charts draw the same sums as numbers.
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import type { BudgetFigures, Money } from "@/lib/dashboard/queries";
import { DashboardBarChart } from "./bar-chart";
import { BUDGET_COLORS } from "./colors";
import { DashboardFigure, DashboardSection } from "./dashboard-section";

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
  const groupings = [
    { id: "year", title: t("budget.byYearTitle"), rowHeader: t("budget.colYear"), groups: figures.byYear.map((y) => ({ ...y, label: String(y.year) })) },
    { id: "source", title: t("budget.bySourceTitle"), rowHeader: t("budget.colSource"), groups: figures.bySource.map((s) => ({ ...s, label: tSource(s.source) })) },
  ];
  return (
    <DashboardSection id="dashboard-budget" heading={t("budget.heading")}>
      {figures.cells.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("budget.empty")}</p>
      ) : (
        <div className="mt-4 grid grid-cols-1 gap-6 xl:grid-cols-2 [&>*]:min-w-0">
          {groupings.map((g) => (
            <DashboardFigure
              key={g.id}
              id={`dashboard-budget-${g.id}`}
              title={g.title}
              description={description}
              chart={<DashboardBarChart width={500} compactLocale={locale} data={chartData(g.groups)} series={series} />}
              rowHeader={g.rowHeader}
              columns={columns}
              footer={footer}
              rows={g.groups.map((y) => ({ header: { text: y.label }, cells: cells(y) }))}
            />
          ))}
        </div>
      )}
    </DashboardSection>
  );
}
