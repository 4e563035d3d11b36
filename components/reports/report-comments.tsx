// The discussion of one status report: its comments (plain text) and, for signed-in users who may
// comment, a form for a new one.
import { getTranslations } from "next-intl/server";
import { CommentItem } from "@/components/comments/comment-item";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import type { InitiativeReport } from "@/lib/reports/queries";
import { createReportComment } from "@/lib/comments/actions";

export async function ReportComments({
  report,
  periodText,
  viewerId,
  canComment,
}: {
  report: InitiativeReport;
  periodText: string;
  viewerId: string;
  canComment: boolean;
}) {
  const t = await getTranslations("comments");
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm text-brand-700 underline underline-offset-2">
        {t("onReport", { count: report.comments.length })}
        <span className="sr-only">: {periodText}</span>
      </summary>
      {report.comments.length > 0 && (
        <ol className="mt-2 space-y-2">
          {report.comments.map((c) => (
            <li key={c.id}>
              <CommentItem comment={c} viewerId={viewerId} />
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <ActionForm action={createReportComment} schema="comment.createOnReport" label={t("newOnReportLabel", { period: periodText })} resetOnSuccess successMessage={t("posted")} className="mt-3 grid max-w-2xl gap-2">
          <input type="hidden" name="statusReportId" value={report.id} />
          <Field name="body" type="textarea" label={t("body")} required />
          <div>
            <SubmitButton>{t("submit")}</SubmitButton>
          </div>
        </ActionForm>
      )}
    </details>
  );
}
