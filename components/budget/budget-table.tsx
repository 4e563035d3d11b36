// The budget of an initiative as a table: one row per year, funding source and programme with planned and
// actual amounts, a subtotal per year and the grand total (both summed by the database).
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, formatCell, type DataTableColumn } from "@/components/ui/data-table";
import type { InitiativeBudget } from "@/lib/budget/queries";

type Line = InitiativeBudget["lines"][number];

export async function BudgetTable({ budget }: { budget: InitiativeBudget }) {
  const [t, locale] = await Promise.all([getTranslations("budget"), getLocale()]);
  const pending = new Set(budget.publishPending);
  const eur = (amount: string) => formatCell(amount, "currencyCents", locale);
  const columns: DataTableColumn<Line>[] = [
    { id: "year", header: t("colYear"), value: (l) => String(l.year) },
    { id: "source", header: t("colSource"), rowHeader: true, cell: (l) => t(`source.${l.fundingSource}`) },
    { id: "programme", header: t("colProgramme"), value: (l) => l.programme?.name ?? "" },
    { id: "grantReference", header: t("grantReference"), value: (l) => l.grantReference },
    { id: "planned", header: t("colPlanned"), value: (l) => l.planned, format: "currencyCents" },
    { id: "actual", header: t("colActual"), value: (l) => l.actual, format: "currencyCents" },
    { id: "visibility", header: t("colVisibility"), cell: (l) => (l.isPublic ? t("public") : pending.has(l.id) ? t("internalPending") : t("internal")) },
  ];
  const groups = budget.yearTotals.map((year) => ({
    key: String(year.year),
    rows: budget.lines.filter((l) => l.year === year.year),
    foot: { key: `total-${year.year}`, label: t("yearTotal", { year: String(year.year) }), span: 4, values: { planned: eur(year.planned), actual: eur(year.actual) } },
  }));
  return (
    <DataTable
      columns={columns}
      groups={groups}
      rowKey={(l) => l.id}
      caption={t("caption")}
      locale={locale}
      minWidth="36rem"
      className="mt-3"
      footer={[{ key: "total", label: t("total"), span: 4, values: { planned: eur(budget.total.planned), actual: eur(budget.total.actual) } }]}
    />
  );
}
