// Budget section of the internal initiative page: the table by year × funding source with totals
// from the database; forms to plan lines (budget.plan) and to record actual spending
// (budget.recordActual) appear only for those allowed; the actions check again.
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { getTranslations } from "next-intl/server";
import { BudgetLineForms } from "@/components/budget/budget-line-forms";
import { BudgetTable } from "@/components/budget/budget-table";
import { NewBudgetLineForm } from "@/components/budget/new-budget-line-form";
import { Disclosure } from "@/components/kpis/disclosure";
import { getInitiativeBudget } from "@/lib/budget/queries";
import { db } from "@/lib/db/client";
import { cityToday } from "@/lib/kpis/mutations";
import type { SectionProps } from "./section-props";

export async function BudgetSection({ initiativeId, viewer }: SectionProps) {
  const budget = await getInitiativeBudget(await db(), viewer, initiativeId);
  if (!budget) return null;
  const t = await getTranslations("budget");
  const editable = budget.canPlan || budget.canRecordActual;
  return (
    <CollapsibleSection id="budget" title={t("title")}>
      {budget.lines.length === 0 ? <p className="mt-2">{t("empty")}</p> : <BudgetTable budget={budget} />}
      {editable && budget.lines.length > 0 && (
        <ul className="mt-4 grid items-start gap-2 md:grid-cols-2">
          {budget.lines.map((line) => (
            <li key={line.id}>
              <BudgetLineForms line={line} canPlan={budget.canPlan} canRecordActual={budget.canRecordActual} />
            </li>
          ))}
        </ul>
      )}
      {budget.canPlan && (
        <Disclosure summary={t("new")} className="mt-4">
          <NewBudgetLineForm initiativeId={initiativeId} defaultYear={Number(cityToday().slice(0, 4))} programmes={budget.programmes} />
        </Disclosure>
      )}
    </CollapsibleSection>
  );
}
