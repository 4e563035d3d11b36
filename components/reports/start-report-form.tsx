// Starting a status report: the quarter is chosen from those the initiative owes without a report
// (late ones say so) and the current one, preselected with the default (the last quarter during
// its grace period); the draft is prefilled on the server in the user's language.
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { periodLabel } from "@/lib/reports/labels";
import { HiddenFieldErrors } from "./hidden-field-errors";
import type { FormAction } from "./types";

type Props = { initiativeId: string; options: { period: string; late: boolean }[]; preferred: string | null; action: FormAction };

export async function StartReportForm({ initiativeId, options, preferred, action }: Props) {
  const [t, tAll, locale] = await Promise.all([getTranslations("reportDue"), getTranslations(), getLocale()]);
  const choices = options.map(({ period, late }) => ({
    value: period,
    label: late ? t("periodOptionLate", { period: periodLabel(tAll, period) }) : periodLabel(tAll, period),
  }));
  return (
    <ActionForm action={action} schema="statusReport.createDraft" label={t("startLabel")} successMessage={tAll("statusReports.created")} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <input type="hidden" name="locale" value={locale} />
      <div className="min-w-[16rem]">
        <Field name="period" type="select" label={t("periodChoice")} options={choices} defaultValue={preferred ?? choices[0]?.value ?? ""} required />
      </div>
      <SubmitButton>{t("start")}</SubmitButton>
      <HiddenFieldErrors names={["initiativeId", "locale"]} />
    </ActionForm>
  );
}
