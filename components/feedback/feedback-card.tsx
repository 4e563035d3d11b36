// One citizen's feedback in the moderation queue: the message, who wrote it (as far as they said,
// and only until the retention job has deleted it), and the three decisions — answer privately
// (mailed when an address was given), publish with the answer, discard. The server decides again.
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { RowIds } from "@/components/ui/row-ids";
import type { FormAction } from "@/components/reports/types";
import type { listFeedbackQueue } from "@/lib/feedback/queries";

export type FeedbackActions = { answer: FormAction; publish: FormAction; discard: FormAction };
type Row = Awaited<ReturnType<typeof listFeedbackQueue>>[number];

export async function FeedbackCard({ f, actions }: { f: Row; actions: FeedbackActions }) {
  const [t, format] = await Promise.all([getTranslations("feedbackModeration"), getFormatter()]);
  const headingId = `feedback-${f.id}`;
  const label = `${f.initiative.code} ${f.initiative.title}`;
  return (
    <article aria-labelledby={headingId} className="mt-4 rounded border border-slate-300 p-4" data-testid="feedback-card">
      <h3 id={headingId} className="text-lg font-semibold">{label}</h3>
      <p className="mt-1 text-sm text-slate-700">
        {t("received", { at: format.dateTime(f.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
        {" · "}
        {f.personalDataDeletedAt ? t("personalDataDeleted") : f.name ? t(f.showName ? "fromNamePublic" : "fromName", { name: f.name }) : t("anonymous")}
        {!f.personalDataDeletedAt && (f.email ? ` · ${t("hasEmail")}` : ` · ${t("noEmail")}`)}
      </p>
      <p className="mt-3 whitespace-pre-line break-words rounded bg-slate-50 p-3">{f.message}</p>
      {f.answer && f.status !== "PENDING" && (
        <div className="mt-3"><p className="text-sm font-semibold">{t("currentAnswer")}</p><p className="whitespace-pre-line break-words">{f.answer}</p></div>
      )}
      {f.status !== "DISCARDED" && (
        <div className="mt-4 grid gap-4 border-t border-slate-200 pt-4 md:grid-cols-2">
          <ActionForm action={actions.publish} schema="feedback.publish" label={t("publishLabel", { label })} successMessage={t("published")} className="grid content-start gap-2">
            <RowIds row={f} />
            <Field name="answer" type="textarea" label={t("answer")} hint={t("answerHint")} required defaultValue={f.answer ?? ""} />
            <div className="flex flex-wrap gap-2">
              <SubmitButton>{t("publish")}</SubmitButton>
            </div>
          </ActionForm>
          <div className="grid content-start gap-4">
            {f.status === "PENDING" && (
              <ActionForm action={actions.answer} schema="feedback.answer" label={t("answerLabel", { label })} successMessage={t("answered")} className="grid content-start gap-2">
                <RowIds row={f} />
                <Field name="answer" type="textarea" label={t("privateAnswer")} hint={f.email && !f.personalDataDeletedAt ? t("privateAnswerMailed") : t("privateAnswerNotMailed")} required />
                <div><SubmitButton variant="secondary">{t("answerPrivately")}</SubmitButton></div>
              </ActionForm>
            )}
            <ActionForm action={actions.discard} schema="feedback.discard" label={t("discardLabel", { label })} successMessage={t("discarded")} className="grid content-start gap-2">
              <RowIds row={f} />
              <div><SubmitButton variant="danger">{t("discard")}</SubmitButton></div>
            </ActionForm>
          </div>
        </div>
      )}
    </article>
  );
}
