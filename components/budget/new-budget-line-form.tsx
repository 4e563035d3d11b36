// The form for a new budget line (budget.plan): year, funding level and optionally a named programme
// of that level with the line's grant reference. A line that exists already for the year, level and
// programme is reported next to the funding source (AdminActionForm presents that conflict as a
// field error); a programme of another level next to the programme.
import { getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { DecimalField } from "@/components/kpis/decimal-field";
import { Field, SubmitButton } from "@/components/ui/action-form";
import { createBudgetLine } from "@/lib/budget/actions";
import { FUNDING_LEVELS } from "@/lib/funding/levels";
import { publishReviewOn } from "@/lib/publish/gate";
import type { ProgrammeChoice } from "@/lib/funding/programme-queries";

export async function NewBudgetLineForm({ initiativeId, defaultYear, programmes }: { initiativeId: string; defaultYear: number; programmes: ProgrammeChoice[] }) {
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
        options={FUNDING_LEVELS.map((s) => ({ value: s, label: t(`source.${s}`) }))}
        required
      />
      <Field
        name="programmeId"
        type="select"
        label={t("programme")}
        hint={t("programmeHint")}
        defaultValue=""
        options={[
          { value: "", label: t("noProgramme") },
          ...programmes.map((p) => ({ value: p.id, label: `${p.name} (${t(`source.${p.level}`)})` })),
        ]}
      />
      <Field name="grantReference" label={t("grantReference")} hint={t("grantReferenceHint")} />
      <DecimalField name="planned" label={t("planned")} hint={t("amountHint")} unit="€" required />
      <Field name="note" label={t("note")} />
      <Field name="isPublic" type="checkbox" label={t("isPublic")} hint={publishReviewOn() ? t("isPublicReviewHint") : undefined} defaultValue wide />
      <div className="sm:col-span-2">
        <SubmitButton>{tf("create")}</SubmitButton>
      </div>
    </AdminActionForm>
  );
}
