// One pending publication request: what it is, who asked and when, the diff of what would become
// visible, and the decisions the viewer may take (approve; reject with a reason; withdraw one's own).
// The server decides again on every action; these forms only show what is offered.
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { RowIds } from "@/components/ui/row-ids";
import { withEnumLabels } from "@/lib/publish/label";
import type { PendingPublishRequest } from "@/lib/publish/queries";
import type { FormAction } from "@/components/reports/types";
import { PreviewDiff } from "./preview-diff";

export type PublishActions = { approve: FormAction; reject: FormAction; withdraw: FormAction };

export async function PublishRequestCard({ r, actions }: { r: PendingPublishRequest; actions: PublishActions }) {
  const [t, tAll, format] = await Promise.all([getTranslations("publish"), getTranslations(), getFormatter()]);
  const label = withEnumLabels(r.label, tAll);
  const headingId = `publish-${r.id}`;
  return (
    <article aria-labelledby={headingId} className="mt-4 rounded border border-slate-300 p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {t(`kind.${r.targetKind}`)}: {label}
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {t("requestedBy", { name: r.requestedBy?.name ?? "–", at: format.dateTime(r.requestedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        {r.alreadyPublic ? ` · ${t("alreadyPublic")}` : ""}
      </p>
      {r.stale && <p className="mt-2 font-semibold text-red-800" role="note">{t("staleNote")}</p>}
      <PreviewDiff rows={r.diff} caption={t("diffCaption", { label })} />
      <div className="mt-4 grid gap-4 border-t border-slate-200 pt-4 md:grid-cols-2">
        {r.mayDecide && !r.stale && (
          <ActionForm action={actions.approve} schema="publish.approve" label={t("approveLabel", { label })} successMessage={t("approved")} className="grid content-start gap-2">
            <RowIds row={r} />
            <Field name="comment" type="textarea" label={t("comment")} />
            <div><SubmitButton>{t("approve")}</SubmitButton></div>
          </ActionForm>
        )}
        {r.mayDecide && (
          <ActionForm action={actions.reject} schema="publish.reject" label={t("rejectLabel", { label })} successMessage={t("rejected")} className="grid content-start gap-2">
            <RowIds row={r} />
            <Field name="comment" type="textarea" label={t("reason")} hint={t("reasonHint")} required />
            <div><SubmitButton variant="danger">{t("reject")}</SubmitButton></div>
          </ActionForm>
        )}
        {!r.mayDecide && <p className="text-sm">{r.mayWithdraw ? t("ownRequest") : t("notYours")}</p>}
        {r.mayWithdraw && (
          <ActionForm action={actions.withdraw} schema="publish.withdraw" label={t("withdrawLabel", { label })} successMessage={t("withdrawn")} className="grid content-start gap-2">
            <RowIds row={r} />
            <div><SubmitButton variant="secondary">{t("withdraw")}</SubmitButton></div>
          </ActionForm>
        )}
      </div>
    </article>
  );
}
