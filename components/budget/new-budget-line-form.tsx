// The form for a new budget line (budget.plan). A line that exists already for the year and funding
// source is reported next to the funding source (AdminActionForm presents that conflict as a field error).
import { getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { DecimalField } from "@/components/kpis/decimal-field";
import { Field, SubmitButton } from "@/components/ui/action-form";
import { FundingSource } from "@/lib/generated/prisma/enums";
import { createBudgetLine } from "@/lib/budget/actions";

export async function NewBudgetLineForm({ initiativeId, defaultYear }: { initiativeId: string; defaultYear: number }) {
  const t = await getTranslations("budget");
  const tf = await getTranslations("forms");
  return (
    <AdminActionForm action={createBudgetLine} schema="budgetLine.create" label={t("newLabel")} booleans={["isPublic"]} resetOnSuccess successMessage={t("created")} className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <Field name="year" type="number" label={t("year")} defaultValue={defaultYear} required />
      <Field
        name="fundingSource"
        type="select"
        label={t("fundingSource")}
        defaultValue="CITY"
        options={Object.values(FundingSource).map((s) => ({ value: s, label: t(`source.${s}`) }))}
        required
      />
      <DecimalField name="planned" label={t("planned")} hint={t("amountHint")} unit="€" required />
      <Field name="note" label={t("note")} />
      <Field name="isPublic" type="checkbox" label={t("isPublic")} defaultValue wide />
      <div className="sm:col-span-2">
        <SubmitButton>{tf("create")}</SubmitButton>
      </div>
    </AdminActionForm>
  );
}
