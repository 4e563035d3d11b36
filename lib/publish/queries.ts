// Reads of publication requests (/app/publications), scoped by the viewer: admins see every request,
// department heads those of their department's targets (and their own), everyone else only the ones
// they asked for. A pending request comes with the diff of what would become visible — its stored
// preview against what the public site shows of the target now (nothing, unless already public) —
// and whether it went stale (the target changed after the request: it must be asked again).
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublishRequestStatus, PublishTargetKind } from "@/lib/generated/prisma/enums";
import { isPublicNow, previewTarget, samePreview, type PublicPreview } from "@/lib/publish/preview";
import { requestFields } from "./request-select";
import { loadTarget } from "./targets";

export type DiffRow = { key: string; old: string[] | null; new: string[]; changed: boolean };

/** Field by field: what citizens see now (null: nothing, the target is not public) → what they would see. */
export function previewDiff(current: PublicPreview | null, requested: PublicPreview): DiffRow[] {
  const before = new Map((current ?? []).map((f) => [f.key, f.value]));
  return requested.map((f) => {
    const old = current ? (before.get(f.key) ?? []) : null;
    return { key: f.key, old, new: f.value, changed: old === null || JSON.stringify(old) !== JSON.stringify(f.value) };
  });
}

function scope(viewer: Actor): Prisma.PublishRequestWhereInput {
  if (viewer.role === "ADMIN") return {};
  const own = { requestedById: viewer.id };
  if (viewer.role === "DEPARTMENT_HEAD" && viewer.departmentId) return { OR: [{ departmentId: viewer.departmentId }, own] };
  return own;
}

const listSelect = {
  ...requestFields,
  requestedAt: true,
  decidedAt: true,
  comment: true,
  requestedBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
} as const satisfies Prisma.PublishRequestSelect;

/** The pending requests the viewer may see, oldest first, each with its diff, staleness and what the viewer may do. */
export async function listPendingPublishRequests(db: Db, viewer: Actor) {
  assertCan(viewer, "portfolio.read");
  const rows = await db.publishRequest.findMany({
    where: { status: "PENDING", ...scope(viewer) },
    orderBy: { requestedAt: "asc" },
    take: 100,
    select: { ...listSelect, snapshot: true },
  });
  return Promise.all(
    rows.map(async ({ snapshot, ...r }) => {
      const requested = (snapshot ?? []) as PublicPreview;
      const [target, current, live] = await Promise.all([
        loadTarget(db, r.targetKind, r.targetId),
        isPublicNow(db, r.targetKind, r.targetId).then((yes) => (yes ? previewTarget(db, r.targetKind, r.targetId) : null)),
        previewTarget(db, r.targetKind, r.targetId),
      ]);
      const stale = !target || target.version !== r.targetVersion || !samePreview(live, requested);
      const facts = { departmentId: target ? target.departmentId : r.departmentId, requesterId: r.requestedById };
      return {
        ...r,
        diff: previewDiff(current, requested),
        alreadyPublic: current !== null,
        stale,
        mayDecide: can(viewer, "publish.review", facts),
        mayWithdraw: can(viewer, "publish.withdraw", { ownerId: r.requestedById }),
      };
    }),
  );
}

export type PendingPublishRequest = Awaited<ReturnType<typeof listPendingPublishRequests>>[number];

/** Who asked, who decided, what and when: the decided requests the viewer may see, newest first. */
export async function listDecidedPublishRequests(db: Db, viewer: Actor, take = 200) {
  assertCan(viewer, "portfolio.read");
  return db.publishRequest.findMany({
    where: { status: { not: "PENDING" }, ...scope(viewer) },
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    take,
    select: listSelect,
  });
}

/** How many requests wait for the viewer's decision (the navigation's badge, "my work"). */
export async function countPublishRequestsToDecide(db: Db, viewer: Actor): Promise<number> {
  if (viewer.role === "ADMIN") return db.publishRequest.count({ where: { status: "PENDING", NOT: { requestedById: viewer.id } } });
  if (viewer.role !== "DEPARTMENT_HEAD" || !viewer.departmentId) return 0;
  return db.publishRequest.count({ where: { status: "PENDING", departmentId: viewer.departmentId, NOT: { requestedById: viewer.id } } });
}

/** The pending request for a target, if any (the initiative page says "publication requested"). */
export function pendingRequestFor(db: Db, kind: PublishTargetKind, targetId: string) {
  return db.publishRequest.findFirst({ where: { targetKind: kind, targetId, status: "PENDING" as PublishRequestStatus }, select: { id: true, requestedAt: true, requestedBy: { select: { name: true } } } });
}
