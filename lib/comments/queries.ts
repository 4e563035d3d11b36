// Internal reads of the comments on an initiative: live ones, oldest first, with author and
// whether the viewer may edit each (only their own). Scoped by the viewer.
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";

/** The newest this many comments are shown; older ones stay in the database and the history. */
export const COMMENT_LIMIT = 200;

export async function listInitiativeComments(db: Db, viewer: Actor | null | undefined, initiativeId: string) {
  assertCan(viewer, "portfolio.read");
  const rows = await db.comment.findMany({
    where: { initiativeId, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: COMMENT_LIMIT,
    select: { id: true, body: true, version: true, createdAt: true, updatedAt: true, author: { select: { id: true, name: true } } },
  });
  return {
    comments: rows.reverse().map((c) => ({ ...c, edited: c.version > 1, canEdit: can(viewer, "comment.editOwn", { ownerId: c.author.id }) })),
    canComment: can(viewer, "comment.create"),
  };
}

export type InitiativeComments = Awaited<ReturnType<typeof listInitiativeComments>>;
export type CommentRow = InitiativeComments["comments"][number];
