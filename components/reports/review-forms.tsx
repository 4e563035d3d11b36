// The reviewer's decision on a submitted report: approve (locks it and sets the initiative's
// health), or return it to the project lead with a comment that is required.
import { getTranslations } from "next-intl/server";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { RowIds } from "@/components/ui/row-ids";
import type { Health } from "@/lib/generated/prisma/enums";
import type { FormAction } from "./types";

export async function ReviewForms({
  report,
  periodText,
  approve,
  returnReport,
}: {
  report: { id: string; version: number; health: Health };
  periodText: string;
  approve: FormAction;
  returnReport: FormAction;
}) {
  const [t, tHealth] = await Promise.all([getTranslations("statusReports"), getTranslations("health")]);
  return (
    <div className="mt-4 grid gap-4 border-t border-slate-200 pt-4 md:grid-cols-2">
      <ActionForm action={approve} label={t("approveLabel", { period: periodText })} successMessage={t("approved")} className="grid content-start gap-2">
        <RowIds row={report} />
        <p className="text-sm">{t("approveHint", { health: tHealth(report.health) })}</p>
        <div>
          <SubmitButton>{t("approve")}</SubmitButton>
        </div>
      </ActionForm>
      <ActionForm action={returnReport} schema="statusReport.return" label={t("returnLabel", { period: periodText })} successMessage={t("returned")} className="grid content-start gap-2">
        <RowIds row={report} />
        <Field name="reviewComment" type="textarea" label={t("reviewComment")} hint={t("reviewCommentHint")} required />
        <div>
          <SubmitButton variant="danger">{t("return")}</SubmitButton>
        </div>
      </ActionForm>
    </div>
  );
}
