// Comments section of the internal initiative page: the discussion, oldest first, and a form for a
// new comment (comment.create, every signed-in role). Authors edit or delete their own comments.
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { getTranslations } from "next-intl/server";
import { CommentItem } from "@/components/comments/comment-item";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { listInitiativeComments } from "@/lib/comments/queries";
import { db } from "@/lib/db/client";
import { createComment } from "@/lib/comments/actions";
import type { SectionProps } from "./section-props";

export async function CommentsSection({ initiativeId, viewer }: SectionProps) {
  const { comments, canComment } = await listInitiativeComments(await db(), viewer, initiativeId);
  const t = await getTranslations("comments");
  return (
    <CollapsibleSection id="comments" title={t("title")}>
      {comments.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {comments.map((c) => (
            <li key={c.id}>
              <CommentItem comment={c} viewerId={viewer.id} />
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <ActionForm action={createComment} schema="comment.create" label={t("newLabel")} resetOnSuccess successMessage={t("posted")} className="mt-4 grid max-w-2xl gap-3">
          <input type="hidden" name="initiativeId" value={initiativeId} />
          <Field name="body" type="textarea" label={t("body")} hint={t("bodyHint")} required />
          <div>
            <SubmitButton>{t("submit")}</SubmitButton>
          </div>
        </ActionForm>
      )}
    </CollapsibleSection>
  );
}
