// Adding a milestone to an initiative: its plan and the baseline date, which is also the first
// forecast.
import { getTranslations } from "next-intl/server";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { MilestonePlanFields } from "./milestone-plan-fields";
import type { FormAction, PartnerOption } from "./types";

export async function AddMilestoneForm({ initiativeId, action, partners }: { initiativeId: string; action: FormAction; partners: PartnerOption[] }) {
  const t = await getTranslations("milestones");
  return (
    <details className="mt-4 rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-semibold text-brand-700">{t("add")}</summary>
      <ActionForm
        action={action} schema="milestone.create"
        label={t("add")}
        booleans={["isPublic"]}
        resetOnSuccess
        successMessage={t("addedMessage")}
        className="mt-3 grid max-w-2xl gap-3 sm:grid-cols-2"
      >
        <input type="hidden" name="initiativeId" value={initiativeId} />
        <MilestonePlanFields partners={partners} />
        <Field name="baselineDate" type="date" label={t("baseline")} hint={t("baselineHint")} required />
        <div className="sm:col-span-2">
          <SubmitButton>{t("addButton")}</SubmitButton>
        </div>
      </ActionForm>
    </details>
  );
}
