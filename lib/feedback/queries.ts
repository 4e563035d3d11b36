// The moderation queue: citizens' feedback on the initiatives the viewer may moderate — all for
// admins, those of their own department for department heads, none for anyone else (the `where`
// is built from the policy's own rule, so the queue and the actions agree).
import { couldHold, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { FeedbackStatus, Prisma } from "@/lib/generated/prisma/client";

/** The feedback rows `viewer` may moderate, as a `where`; null: none at all. */
export function moderatableWhere(viewer: Actor | null | undefined): Prisma.FeedbackWhereInput | null {
  if (!viewer || !couldHold(viewer, "feedback.moderate")) return null;
  if (viewer.role === "ADMIN") return {};
  if (viewer.role === "DEPARTMENT_HEAD" && viewer.departmentId) return { initiative: { departmentId: viewer.departmentId } };
  return null;
}

export const FEEDBACK_QUEUE_STATUSES = ["PENDING", "ANSWERED", "PUBLISHED", "DISCARDED"] as const satisfies readonly FeedbackStatus[];

export async function listFeedbackQueue(db: Db, viewer: Actor, status: FeedbackStatus = "PENDING") {
  const scope = moderatableWhere(viewer);
  if (!scope) return [];
  return db.feedback.findMany({
    where: { ...scope, status },
    select: {
      id: true,
      message: true,
      name: true,
      email: true,
      showName: true,
      status: true,
      answer: true,
      createdAt: true,
      moderatedAt: true,
      publishedAt: true,
      version: true,
      personalDataDeletedAt: true,
      initiative: { select: { id: true, code: true, title: true, slug: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
  });
}

/** How many wait for the viewer's moderation (My Work, the navigation). */
export async function countPendingFeedback(db: Db, viewer: Actor): Promise<number> {
  const scope = moderatableWhere(viewer);
  if (!scope) return 0;
  return db.feedback.count({ where: { ...scope, status: "PENDING" } });
}
