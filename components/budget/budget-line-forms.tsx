// The forms for one budget line, as far as the viewer may use them: the plan (planned amount,
// grant reference, public flag, note) and deletion for planners (budget.plan), the actual amount for everyone who
// may record it (budget.recordActual, also the initiative's project leads).
import { getLocale, getTranslations } from "next-intl/server";
import { Disclosure } from "@/components/kpis/disclosure";
import { DecimalField } from "@/components/kpis/decimal-field";
import { inputDecimal } from "@/components/kpis/number-text";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { DeleteForm } from "@/components/ui/delete-form";
import { RowIds } from "@/components/ui/row-ids";
import type { BudgetLineRow } from "@/lib/budget/queries";
import { deleteBudgetLine, recordBudgetActual, updateBudgetPlan } from "@/lib/budget/actions";
import { publishReviewOn } from "@/lib/publish/gate";

export async function BudgetLineForms({ line, canPlan, canRecordActual }: { line: BudgetLineRow; canPlan: boolean; canRecordActual: boolean }) {
  const t = await getTranslations("budget");
  const tf = await getTranslations("forms");
  const locale = await getLocale();
  const level = t(`source.${line.fundingSource}`);
  const names = { year: String(line.year), source: line.programme ? `${level}, ${line.programme.name}` : level };
  return (
    <Disclosure summary={canPlan ? t("manageLabel", names) : t("recordActualLabel", names)}>
      <div className="space-y-4">
        {canPlan && (
          <ActionForm action={updateBudgetPlan} schema="budgetLine.plan" label={t("editPlanLabel", names)} booleans={["isPublic"]} className="grid gap-3">
            <RowIds row={line} />
            <DecimalField name="planned" label={t("planned")} hint={t("amountHint")} unit="€" defaultValue={inputDecimal(line.planned, locale)} required />
            <Field name="grantReference" label={t("grantReference")} hint={t("grantReferenceHint")} defaultValue={line.grantReference} />
            <Field name="note" label={t("note")} defaultValue={line.note} />
            <Field name="isPublic" type="checkbox" label={t("isPublic")} hint={publishReviewOn() ? t("isPublicReviewHint") : undefined} defaultValue={line.isPublic} />
            <div>
              <SubmitButton>{tf("save")}</SubmitButton>
            </div>
          </ActionForm>
        )}
        {canRecordActual && (
          <ActionForm action={recordBudgetActual} schema="budgetLine.recordActual" label={t("recordActualLabel", names)} className={`grid gap-3 ${canPlan ? "border-t border-slate-200 pt-3" : ""}`}>
            <RowIds row={line} />
            <DecimalField name="actual" label={t("actual")} hint={t("amountHint")} unit="€" defaultValue={inputDecimal(line.actual, locale)} required />
            <div>
              <SubmitButton>{t("recordActual")}</SubmitButton>
            </div>
          </ActionForm>
        )}
        {canPlan && (
          <DeleteForm action={deleteBudgetLine} label={t("deleteLabel", names)} className="border-t border-slate-200 pt-3" row={line}>{t("delete")}</DeleteForm>
        )}
      </div>
    </Disclosure>
  );
}
