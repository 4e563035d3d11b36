// Four eyes before publishing (PUBLISH_REVIEW): what a publication request points at. For each kind
// of target (initiative, milestone, KPI) this says what it is called, whose department it belongs to,
// its version, and how it is made public once a request is approved — version-checked, so a target
// changed after the request cannot be published by an old approval.
import type { Db, Tx } from "@/lib/db/client";
import type { PublishTargetKind } from "@/lib/generated/prisma/enums";

export type TargetFacts = {
  version: number;
  label: string;
  /** The initiative the target belongs to (itself for an initiative); null for a KPI of the plan. */
  initiativeId: string | null;
  departmentId: string | null;
};

/** The target as stored now; null when it no longer exists (or an initiative is archived). */
export async function loadTarget(tx: Db | Tx, kind: PublishTargetKind, id: string): Promise<TargetFacts | null> {
  if (kind === "INITIATIVE") {
    const i = await tx.initiative.findFirst({ where: { id, archivedAt: null }, select: { version: true, code: true, title: true, departmentId: true } });
    return i && { version: i.version, label: `${i.code} ${i.title}`, initiativeId: id, departmentId: i.departmentId };
  }
  if (kind === "MILESTONE") {
    const m = await tx.milestone.findUnique({
      where: { id },
      select: { version: true, title: true, initiativeId: true, initiative: { select: { code: true, departmentId: true } } },
    });
    return m && { version: m.version, label: `${m.initiative.code}: ${m.title}`, initiativeId: m.initiativeId, departmentId: m.initiative.departmentId };
  }
  const k = await tx.kpi.findUnique({ where: { id }, select: { version: true, name: true, initiativeId: true, initiative: { select: { code: true, departmentId: true } } } });
  return (
    k && {
      version: k.version,
      label: k.initiative ? `${k.initiative.code}: ${k.name}` : k.name,
      initiativeId: k.initiativeId,
      departmentId: k.initiative?.departmentId ?? null,
    }
  );
}

/** Makes the target public where it still has `version`; the count of changed rows (0: changed since). */
export async function makePublic(tx: Tx, kind: PublishTargetKind, id: string, version: number): Promise<number> {
  const where = { id, version };
  const bump = { version: { increment: 1 } } as const;
  if (kind === "INITIATIVE") return (await tx.initiative.updateMany({ where: { ...where, archivedAt: null }, data: { visibility: "PUBLIC", ...bump } })).count;
  if (kind === "MILESTONE") return (await tx.milestone.updateMany({ where, data: { isPublic: true, ...bump } })).count;
  return (await tx.kpi.updateMany({ where, data: { isPublic: true, ...bump } })).count;
}

/** The audit entity type of a target kind (as the other actions on it record it). */
export const TARGET_ENTITY: Record<PublishTargetKind, string> = { INITIATIVE: "Initiative", MILESTONE: "Milestone", KPI: "Kpi" };
