// Internal reads of initiatives, each scoped by the viewer through the policy.
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { initiativeHeadSelect } from "./head-select";

export async function listPortfolio(db: Db, viewer: Actor | null) {
  assertCan(viewer, "portfolio.read");
  return db.initiative.findMany({
    where: { archivedAt: null },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      title: true,
      status: true,
      health: true,
      visibility: true,
      fieldOfAction: { select: { code: true, title: true } },
      department: { select: { code: true, name: true } },
    },
  });
}

export async function getInitiativeForViewer(db: Db, viewer: Actor | null, code: string) {
  assertCan(viewer, "portfolio.read");
  return db.initiative.findUnique({
    where: { code },
    select: {
      ...initiativeHeadSelect,
      visibility: true,
      departmentId: true,
      fieldOfAction: { select: { code: true, title: true } },
      department: { select: { code: true, name: true } },
      leads: { select: { user: { select: { id: true, name: true } } } },
      // For the page's in-page navigation; counted in the same statement, so no query per section.
      _count: { select: { milestones: true, kpis: true, risks: true, comments: { where: { deletedAt: null } } } },
    },
  });
}

/** The initiative's change history: every audit event recorded for it or its parts, newest first. */
export async function initiativeHistory(db: Db, viewer: Actor | null, initiativeId: string, take = 100) {
  assertCan(viewer, "initiative.history.read");
  return db.auditEvent.findMany({
    where: { initiativeId },
    orderBy: { at: "desc" },
    take,
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      actorLabel: true,
      actor: { select: { name: true } },
    },
  });
}
