// The budget of an initiative as a table: one row per year and funding source with planned and
// actual amounts, a subtotal per year and the grand total (both summed by the database).
import { getFormatter, getTranslations } from "next-intl/server";
import type { InitiativeBudget } from "@/lib/budget/queries";

export async function BudgetTable({ budget }: { budget: InitiativeBudget }) {
  const t = await getTranslations("budget");
  const format = await getFormatter();
  const eur = (amount: string) => format.number(Number(amount), { style: "currency", currency: "EUR" });
  const cell = "py-2 pr-3";
  const money = `${cell} text-right tabular-nums`;
  return (
    // Focusable, so keyboard users can scroll the table on a narrow screen.
    <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={t("caption")}>
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={cell}>{t("colYear")}</th>
            <th scope="col" className={cell}>{t("colSource")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("colPlanned")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("colActual")}</th>
            <th scope="col" className="py-2">{t("colVisibility")}</th>
          </tr>
        </thead>
        {budget.yearTotals.map((year) => (
          <tbody key={year.year}>
            {budget.lines
              .filter((l) => l.year === year.year)
              .map((l) => (
                <tr key={l.id} className="border-b border-slate-100">
                  <td className={cell}>{l.year}</td>
                  <th scope="row" className={`${cell} font-normal`}>{t(`source.${l.fundingSource}`)}</th>
                  <td className={money}>{eur(l.planned)}</td>
                  <td className={money}>{eur(l.actual)}</td>
                  <td className="py-2">{l.isPublic ? t("public") : t("internal")}</td>
                </tr>
              ))}
            <tr className="border-b border-slate-300 bg-slate-50 font-semibold">
              <th scope="row" colSpan={2} className={cell}>{t("yearTotal", { year: String(year.year) })}</th>
              <td className={money}>{eur(year.planned)}</td>
              <td className={money}>{eur(year.actual)}</td>
              <td />
            </tr>
          </tbody>
        ))}
        <tfoot>
          <tr className="border-t-2 border-slate-400 font-bold">
            <th scope="row" colSpan={2} className={cell}>{t("total")}</th>
            <td className={money}>{eur(budget.total.planned)}</td>
            <td className={money}>{eur(budget.total.actual)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
