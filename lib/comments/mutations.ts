// Comments on an initiative: every signed-in role may write one (`comment.create`); only its
// author may edit or delete it (`comment.editOwn`, condition "owner"). Deleting is soft
// (deletedAt), so the history keeps what was said. Every change is audited with the initiative.
import { defineAction } from "@/lib/actions/define-action";
import { initiativeRowActions } from "@/lib/actions/initiative-row-actions";
import { updateVersioned } from "@/lib/actions/versioned-update";
import { can } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createCommentInput, createReportCommentInput, deleteCommentInput, updateCommentInput } from "./schemas";
import { initiativeFacts, initiativeFactsSelect } from "@/lib/initiatives/facts";

const select = { id: true, initiativeId: true, statusReportId: true, authorId: true, body: true, version: true, deletedAt: true } as const;

/** A live comment (on an initiative or a report), with its author as owner; deleted ones are gone for these actions. */
async function loadOwnComment(tx: Tx, id: string) {
  const comment = await tx.comment.findFirst({ where: { id, deletedAt: null }, select: { ...select, statusReport: { select: { initiativeId: true } } } });
  if (!comment) return null;
  const { statusReport, ...before } = comment;
  const initiativeId = comment.initiativeId ?? statusReport?.initiativeId ?? null;
  return initiativeId ? { ownerId: comment.authorId, initiativeId, before } : null;
}

/** The live comment, as a conflict answers with it (none once deleted). */
const findLive = (tx: Tx, id: string) => tx.comment.findFirst({ where: { id, deletedAt: null }, select });

const comments = initiativeRowActions({ entity: "comment", entityType: "Comment", permission: "comment.editOwn", load: loadOwnComment, find: findLive });

/**
 * Writes `data` only while the comment is live and has the version its author saw. A conflict
 * answers with the live comment (none once deleted); the changed row is read back as it is now,
 * soft-deleted or not.
 */
const updateLiveComment = (tx: Tx, row: { id: string; version: number }, data: Prisma.CommentUpdateManyMutationInput) =>
  updateVersioned(
    "Comment",
    () => tx.comment.updateMany({ where: { id: row.id, version: row.version, deletedAt: null }, data: { ...data, version: { increment: 1 } } }),
    () => findLive(tx, row.id),
    () => tx.comment.findUnique({ where: { id: row.id }, select }),
  );

export const createCommentAction = comments.create({
  input: createCommentInput,
  permission: "comment.create",
  load: (tx, input) => tx.initiative.findUnique({ where: { id: input.initiativeId }, select: { id: true } }),
  create: ({ tx, input, actor }) => tx.comment.create({ data: { initiativeId: input.initiativeId, body: input.body, authorId: actor.id }, select }),
});

/**
 * A comment on a status report. Reports still in the works (draft, returned) are visible only to
 * those who write or review them, so only they may comment on those; for anyone else the report
 * does not exist.
 */
export const createReportCommentAction = defineAction({
  name: "comment.createOnReport",
  input: createReportCommentInput,
  permission: "comment.create",
  load: async (tx, input, actor) => {
    const report = await tx.statusReport.findUnique({
      where: { id: input.statusReportId },
      select: { id: true, state: true, initiativeId: true, initiative: { select: initiativeFactsSelect } },
    });
    if (!report) return null;
    const facts = { ...initiativeFacts(report.initiative) };
    const inTheWorks = report.state === "DRAFT" || report.state === "RETURNED";
    if (inTheWorks && !can(actor, "statusReport.draft", facts) && !can(actor, "statusReport.review", facts)) return null;
    return { statusReportId: report.id, initiativeId: report.initiativeId };
  },
  run: async ({ tx, input, actor, resource, audit }) => {
    const created = await tx.comment.create({ data: { statusReportId: input.statusReportId, body: input.body, authorId: actor.id }, select });
    audit({ action: "comment.createOnReport", entityType: "Comment", entityId: created.id, initiativeId: resource.initiativeId, after: created });
    return { id: created.id };
  },
});

export const updateCommentAction = comments.edit("update", {
  input: updateCommentInput,
  edit: ({ tx, input }) => updateLiveComment(tx, input, { body: input.body }),
});

export const deleteCommentAction = defineAction({
  name: "comment.delete",
  input: deleteCommentInput,
  permission: "comment.editOwn",
  load: (tx, input) => loadOwnComment(tx, input.id),
  run: async ({ tx, input, resource: { before, initiativeId }, audit }) => {
    const after = await updateLiveComment(tx, input, { deletedAt: new Date() });
    audit({ action: "comment.delete", entityType: "Comment", entityId: input.id, initiativeId, before, after });
    return { id: input.id };
  },
});
