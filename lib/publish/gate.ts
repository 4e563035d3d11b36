// The step every "publish" action takes (initiative visibility, a milestone's or KPI's public flag):
// with PUBLISH_REVIEW on (the default) a change that would make something visible on the public site
// becomes a publication request instead, which another person approves (lib/publish/mutations.ts);
// with PUBLISH_REVIEW=false it is written at once, as before. Taking something off the public site
// is never gated: removing a fact needs no second pair of eyes, and waiting for one would keep a
// mistake public longer.
import type { AuditInput } from "@/lib/audit/record";
import type { Actor } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import type { PublishTargetKind } from "@/lib/generated/prisma/enums";
import { publicInitiativeWhere } from "@/lib/public/initiative-queries";
import { previewTarget } from "@/lib/publish/preview";
import { loadTarget } from "./targets";

/** What a publish action answers when it asked instead of publishing (the form says "Publication requested"). */
export type PublishRequested = { publishRequested: true; requestId: string };

/** Whether publishing needs another person's approval (PUBLISH_REVIEW, default true). */
export function publishReviewOn(): boolean {
  return env().publishReview;
}

/**
 * Whether flagging a milestone or KPI public would show it to citizens now: its initiative is
 * public (a KPI of the plan always is). Flagging a part of an internal initiative shows nothing yet;
 * the initiative's own request then previews it with everything else that becomes visible.
 */
export async function partBecomesVisible(tx: Tx, initiativeId: string | null): Promise<boolean> {
  if (initiativeId === null) return true;
  return (await tx.initiative.count({ where: { id: initiativeId, ...publicInitiativeWhere } })) > 0;
}

/**
 * Asks for the target to be published: stores what citizens would see (the public fields through
 * lib/public's selections) and the target's current version. An older pending request for the same
 * target is withdrawn (superseded): there is one question per target at a time.
 */
export async function requestPublication(
  ctx: { tx: Tx; actor: Actor; audit: (e: AuditInput) => void },
  kind: PublishTargetKind,
  targetId: string,
): Promise<PublishRequested> {
  const { tx, actor, audit } = ctx;
  const target = await loadTarget(tx, kind, targetId);
  const snapshot = target && (await previewTarget(tx, kind, targetId));
  if (!target || !snapshot) throw new AppError("NOT_FOUND", "Not found.");
  const older = await tx.publishRequest.findMany({ where: { targetKind: kind, targetId, status: "PENDING" }, select: { id: true } });
  for (const o of older) {
    await tx.publishRequest.update({ where: { id: o.id }, data: { status: "WITHDRAWN", decidedById: actor.id, decidedAt: new Date(), comment: "superseded", version: { increment: 1 } } });
    audit({ action: "publish.withdraw", entityType: "PublishRequest", entityId: o.id, initiativeId: target.initiativeId, after: { status: "WITHDRAWN", supersededBy: "new request" } });
  }
  const created = await tx.publishRequest.create({
    data: {
      targetKind: kind,
      targetId,
      targetVersion: target.version,
      initiativeId: target.initiativeId,
      departmentId: target.departmentId,
      label: target.label,
      snapshot,
      requestedById: actor.id,
    },
    select: { id: true },
  });
  audit({
    action: "publish.request",
    entityType: "PublishRequest",
    entityId: created.id,
    initiativeId: target.initiativeId,
    after: { targetKind: kind, targetId, targetVersion: target.version, label: target.label },
  });
  return { publishRequested: true, requestId: created.id };
}
