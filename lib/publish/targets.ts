// Four eyes before publishing (PUBLISH_REVIEW): what a publication request points at. For each kind
// of target (initiative, milestone, KPI, council decision, document, budget line) this says what it is called, whose department it belongs to,
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
  if (kind === "DECISION") return loadDecision(tx, id);
  if (kind === "BUDGET_LINE") {
    const b = await tx.budgetLine.findUnique({ where: { id }, select: { ...budgetLineLabelSelect, version: true, initiativeId: true, initiative: { select: { code: true, departmentId: true } } } });
    return b && { version: b.version, label: budgetLineLabel(b), initiativeId: b.initiativeId, departmentId: b.initiative.departmentId };
  }
  if (kind === "DOCUMENT") {
    const d = await tx.document.findUnique({ where: { id }, select: { version: true, name: true, initiativeId: true, initiative: { select: { code: true, departmentId: true } } } });
    return d && { version: d.version, label: `${d.initiative.code}: ${d.name}`, initiativeId: d.initiativeId, departmentId: d.initiative.departmentId };
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

/**
 * A council decision may stand behind several initiatives, the plan or a field: it belongs to a
 * department (whose head may approve it) only when every link is an initiative of that one
 * department; otherwise only admins decide, as for a KPI of the plan.
 */
async function loadDecision(tx: Db | Tx, id: string): Promise<TargetFacts | null> {
  const d = await tx.councilDecision.findUnique({
    where: { id },
    select: { version: true, number: true, title: true, links: { select: { initiativeId: true, initiative: { select: { departmentId: true } } } } },
  });
  if (!d) return null;
  const departments = new Set(d.links.map((l) => l.initiative?.departmentId ?? null));
  const initiatives = new Set(d.links.map((l) => l.initiativeId));
  const only = <T>(set: Set<T | null>) => (set.size === 1 ? ([...set][0] ?? null) : null);
  return { version: d.version, label: `${d.number} ${d.title}`, initiativeId: only(initiatives), departmentId: only(departments) };
}

/** Makes the target public where it still has `version`; the count of changed rows (0: changed since). */
export async function makePublic(tx: Tx, kind: PublishTargetKind, id: string, version: number): Promise<number> {
  const where = { id, version };
  const bump = { version: { increment: 1 } } as const;
  if (kind === "INITIATIVE") return (await tx.initiative.updateMany({ where: { ...where, archivedAt: null }, data: { visibility: "PUBLIC", ...bump } })).count;
  if (kind === "MILESTONE") return (await tx.milestone.updateMany({ where, data: { isPublic: true, ...bump } })).count;
  if (kind === "DECISION") return (await tx.councilDecision.updateMany({ where, data: { isPublic: true, ...bump } })).count;
  if (kind === "DOCUMENT") return (await tx.document.updateMany({ where, data: { isPublic: true, ...bump } })).count;
  if (kind === "BUDGET_LINE") return (await tx.budgetLine.updateMany({ where, data: { isPublic: true, ...bump } })).count;
  return (await tx.kpi.updateMany({ where, data: { isPublic: true, ...bump } })).count;
}

/** The audit entity type of a target kind (as the other actions on it record it). */
export const TARGET_ENTITY: Record<PublishTargetKind, string> = {
  INITIATIVE: "Initiative",
  MILESTONE: "Milestone",
  KPI: "Kpi",
  DECISION: "CouncilDecision",
  DOCUMENT: "Document",
  BUDGET_LINE: "BudgetLine",
};

const budgetLineLabelSelect = { year: true, fundingSource: true, programme: { select: { name: true } }, initiative: { select: { code: true } } } as const;

/**
 * A budget line's name in lists and digests: "MOB-01: 2027, budget.source.EU, EFRE/JTF NRW". The
 * level stays a catalogue key, which the review page and the digest show in the reader's language
 * (lib/publish/label.ts).
 */
export function budgetLineLabel(b: { year: number; fundingSource: string; programme: { name: string } | null; initiative: { code: string } }): string {
  return `${b.initiative.code}: ${b.year}, budget.source.${b.fundingSource}${b.programme ? `, ${b.programme.name}` : ""}`;
}
