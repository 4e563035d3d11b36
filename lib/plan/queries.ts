// Reads behind plan setup: what the admin screen edits (masterplan, fields of action, districts,
// each with how much hangs off it) and the first-run checklist on /app. Dates leave as
// YYYY-MM-DD so that the rows can be handed to client components as they are.
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";

/** A field of action's own fields, as the setup page lists them and its actions return them. */
export const fieldOfActionSelect = {
  id: true,
  masterplanId: true,
  code: true,
  slug: true,
  title: true,
  titleEn: true,
  description: true,
  descriptionEn: true,
  sortOrder: true,
  color: true,
  archivedAt: true,
  version: true,
} as const;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function loadPlanSetup(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "structure.manage");
  const [masterplan, fields, districts] = await Promise.all([
    db.masterplan.findFirst({
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, titleEn: true, vision: true, visionEn: true, periodStart: true, periodEnd: true, adoptedAt: true, version: true },
    }),
    db.fieldOfAction.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { ...fieldOfActionSelect, _count: { select: { initiatives: true, kpis: true } } },
    }),
    db.district.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true, sortOrder: true, archivedAt: true, version: true, _count: { select: { initiatives: true } } },
    }),
  ]);
  return {
    masterplan: masterplan
      ? { ...masterplan, periodStart: day(masterplan.periodStart)!, periodEnd: day(masterplan.periodEnd)!, adoptedAt: day(masterplan.adoptedAt) }
      : null,
    fields: fields.map(({ _count, archivedAt, ...f }) => ({ ...f, archived: archivedAt !== null, inUse: _count.initiatives + _count.kpis })),
    districts: districts.map(({ _count, archivedAt, ...d }) => ({ ...d, archived: archivedAt !== null, inUse: _count.initiatives })),
  };
}

export type PlanSetup = Awaited<ReturnType<typeof loadPlanSetup>>;

export const SETUP_STEPS = ["masterplan", "fields", "departments", "districts", "initiatives"] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/**
 * The first-run checklist: which setup steps are done. `ready` says whether initiatives can be
 * created (a masterplan, an active field of action and a department exist); `complete` also needs
 * an initiative: until then /app shows the checklist instead of an empty dashboard. Districts are
 * optional (not every city plans by district), so they never hold the dashboard back.
 */
export async function loadSetupState(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "portfolio.read");
  const [masterplans, fields, departments, districts, initiatives] = await Promise.all([
    db.masterplan.count(),
    db.fieldOfAction.count({ where: { archivedAt: null } }),
    db.department.count(),
    db.district.count({ where: { archivedAt: null } }),
    db.initiative.count(),
  ]);
  const done: Record<SetupStep, boolean> = {
    masterplan: masterplans > 0,
    fields: fields > 0,
    departments: departments > 0,
    districts: districts > 0,
    initiatives: initiatives > 0,
  };
  const ready = done.masterplan && done.fields && done.departments;
  return { done, ready, complete: ready && done.initiatives };
}

export type SetupState = Awaited<ReturnType<typeof loadSetupState>>;
