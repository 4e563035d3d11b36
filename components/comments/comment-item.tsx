// One comment: author, time, "edited" marker and the body as plain text (line breaks kept, never
// HTML or Markdown); the author also gets the forms to edit and delete it.
import { getFormatter, getTranslations } from "next-intl/server";
import { Disclosure } from "@/components/kpis/disclosure";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { DeleteForm } from "@/components/ui/delete-form";
import { RowIds } from "@/components/ui/row-ids";
import type { CommentRow } from "@/lib/comments/queries";
import { deleteComment, updateComment } from "@/lib/comments/actions";

export async function CommentItem({ comment, viewerId }: { comment: CommentRow; viewerId: string }) {
  const t = await getTranslations("comments");
  const tf = await getTranslations("forms");
  const format = await getFormatter();
  const when = format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" });
  return (
    <article className="rounded border border-slate-200 p-3" aria-label={`${comment.author.name}, ${when}`}>
      <p className="flex flex-wrap gap-x-2 text-sm text-slate-700">
        <span className="font-semibold text-slate-900">
          {comment.author.name}
          {comment.author.id === viewerId && ` (${t("you")})`}
        </span>
        <time dateTime={comment.createdAt.toISOString()}>{when}</time>
        {comment.edited && <span>· {t("edited")}</span>}
      </p>
      <p className="mt-1 whitespace-pre-line break-words">{comment.body}</p>
      {comment.canEdit && (
        <Disclosure summary={t("edit")} className="mt-2">
          <ActionForm action={updateComment} schema="comment.update" label={t("editLabel", { date: when })} className="grid gap-3">
            <RowIds row={comment} />
            <Field name="body" type="textarea" label={t("body")} hint={t("bodyHint")} defaultValue={comment.body} required />
            <div>
              <SubmitButton>{tf("save")}</SubmitButton>
            </div>
          </ActionForm>
          <DeleteForm action={deleteComment} label={t("deleteLabel", { date: when })} successMessage={t("deleted")} className="mt-3 border-t border-slate-200 pt-3" row={comment}>{t("delete")}</DeleteForm>
        </Disclosure>
      )}
    </article>
  );
}
