// Starting the status report of a period: one button; the draft is prefilled on the server in
// the user's language.
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { periodLabel } from "@/lib/reports/labels";
import { HiddenFieldErrors } from "./hidden-field-errors";
import type { FormAction } from "./types";

export async function StartReportForm({ initiativeId, period, late, action }: { initiativeId: string; period: string; late: boolean; action: FormAction }) {
  const [t, tAll, locale] = await Promise.all([getTranslations("statusReports"), getTranslations(), getLocale()]);
  const label = periodLabel(tAll, period);
  return (
    <ActionForm action={action} label={t("startLabel", { period: label })} successMessage={t("created")} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <input type="hidden" name="period" value={period} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton variant={late ? "secondary" : "primary"}>{t(late ? "startLate" : "start", { period: label })}</SubmitButton>
      <HiddenFieldErrors names={["period", "initiativeId", "locale"]} />
    </ActionForm>
  );
}
