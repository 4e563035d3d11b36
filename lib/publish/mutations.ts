// Deciding on publication requests (PUBLISH_REVIEW). Approving publishes the target — but only the
// target as it was asked for: its version must be unchanged and what citizens would see must equal
// the stored preview, else the request is stale (CONFLICT) and must be asked again. Who may decide is
// the policy's `publish.review` (an admin, or the head of the target's department, never the
// requester), checked against the request and its target as stored. Rejecting needs a reason; the
// requester may withdraw their own pending request. Every decision is audited; the action builder
// revalidates the public pages after an approval.
import { defineAction, ensureUpdated, type ActionContext } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { previewTarget, samePreview } from "@/lib/publish/preview";
import { approvePublishInput, rejectPublishInput, withdrawPublishInput } from "./schemas";
import { requestFields } from "./request-select";
import { loadTarget, makePublic, TARGET_ENTITY } from "./targets";

const requestSelect = { ...requestFields, snapshot: true } as const;

/** The request with the policy's facts: the target's department as stored now (as asked, when the target is gone) and the requester. */
async function loadRequest(tx: Tx, id: string) {
  const request = await tx.publishRequest.findUnique({ where: { id }, select: requestSelect });
  if (!request) return null;
  const target = await loadTarget(tx, request.targetKind, request.targetId);
  return {
    request,
    target,
    departmentId: target ? target.departmentId : request.departmentId,
    requesterId: request.requestedById,
    ownerId: request.requestedById,
  };
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadRequest>>>;

function assertPending(request: Loaded["request"], version: number) {
  if (request.status !== "PENDING") {
    throw new AppError("CONFLICT", "The request has been decided already.", { fieldErrors: { _form: ["#publish.errors.decided"] } });
  }
  if (request.version !== version) throw new AppError("CONFLICT", "The request was changed in the meantime.", { current: request });
}

type Decision = "APPROVED" | "REJECTED" | "WITHDRAWN";
const DECISION_AUDIT = { APPROVED: "publish.approve", REJECTED: "publish.reject", WITHDRAWN: "publish.withdraw" } as const;

/**
 * Writes the decision where the request is still pending at the version the reviewer saw, and
 * audits it (with the comment, where there is one).
 */
async function decide(
  { tx, actor, audit }: Pick<ActionContext<unknown, unknown>, "tx" | "actor" | "audit">,
  request: Loaded["request"],
  version: number,
  status: Decision,
  comment: string | null,
) {
  const { count } = await tx.publishRequest.updateMany({
    where: { id: request.id, version, status: "PENDING" },
    data: { status, decidedById: actor.id, comment, decidedAt: new Date(), version: { increment: 1 } },
  });
  await ensureUpdated(count, "PublishRequest", () => tx.publishRequest.findUnique({ where: { id: request.id }, select: requestSelect }));
  const after = status === "WITHDRAWN" ? { status } : { status, comment };
  audit({ action: DECISION_AUDIT[status], entityType: "PublishRequest", entityId: request.id, initiativeId: request.initiativeId, before: { status: "PENDING" }, after });
  return { id: request.id, status };
}

/** Rejecting and withdrawing: a pending request is closed without publishing anything. */
function close(ctx: ActionContext<{ version: number }, Loaded>, status: "REJECTED" | "WITHDRAWN", comment: string | null) {
  assertPending(ctx.resource.request, ctx.input.version);
  return decide(ctx, ctx.resource.request, ctx.input.version, status, comment);
}

const stale = () =>
  new AppError("CONFLICT", "The target changed after the request; it must be requested again.", { fieldErrors: { _form: ["#publish.errors.stale"] } });

export const approvePublishAction = defineAction({
  name: "publish.approve",
  input: approvePublishInput,
  permission: "publish.review",
  load: (tx, input) => loadRequest(tx, input.id),
  run: async (ctx) => {
    const { tx, input, resource: { request, target }, audit } = ctx;
    assertPending(request, input.version);
    // What is approved is what becomes visible: the same version, the same public fields.
    if (!target || target.version !== request.targetVersion) throw stale();
    const now = await previewTarget(tx, request.targetKind, request.targetId);
    if (!samePreview(now, request.snapshot)) throw stale();
    if ((await makePublic(tx, request.targetKind, request.targetId, request.targetVersion)) === 0) throw stale();
    await decide(ctx, request, input.version, "APPROVED", input.comment || null);
    const field = request.targetKind === "INITIATIVE" ? "visibility" : "isPublic";
    audit({
      action: "publish.published",
      entityType: TARGET_ENTITY[request.targetKind],
      entityId: request.targetId,
      initiativeId: request.initiativeId,
      before: { [field]: field === "visibility" ? "INTERNAL" : false },
      after: { [field]: field === "visibility" ? "PUBLIC" : true, requestId: request.id, requestedById: request.requestedById },
    });
    return { id: request.id, status: "APPROVED" as const };
  },
});

export const rejectPublishAction = defineAction({
  name: "publish.reject",
  input: rejectPublishInput,
  permission: "publish.review",
  load: (tx, input) => loadRequest(tx, input.id),
  run: (ctx) => close(ctx, "REJECTED", ctx.input.comment),
});

export const withdrawPublishAction = defineAction({
  name: "publish.withdraw",
  input: withdrawPublishInput,
  permission: "publish.withdraw",
  load: (tx, input) => loadRequest(tx, input.id),
  run: (ctx) => close(ctx, "WITHDRAWN", null),
});
