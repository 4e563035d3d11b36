// Reads behind the initiative overview and its edit forms, each scoped by the viewer: the
// initiative's editable fields, its progress facts and last change by a person (one query each),
// and the choices the forms offer. Dates leave as YYYY-MM-DD, money as strings, so that the
// results can be handed to client components as they are.
import { initiativePeriodSelect } from "./head-select";
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { overdueSql } from "@/lib/milestones/lateness";
import { LEAD_ROLES } from "./mutations/leads";
import { suggestInitiativeCode } from "./schemas";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function getInitiativeOverview(db: Db, viewer: Actor | null | undefined, initiativeId: string) {
  assertCan(viewer, "portfolio.read");
  const i = await db.initiative.findUnique({
    where: { id: initiativeId },
    select: {
      id: true,
      code: true,
      title: true,
      summary: true,
      description: true,
      plainLanguageSummary: true,
      titleEn: true,
      summaryEn: true,
      descriptionEn: true,
      plainLanguageSummaryEn: true,
      status: true,
      health: true,
      healthReason: true,
      visibility: true,
      ...initiativePeriodSelect,
      tags: true,
      archivedAt: true,
      version: true,
      fieldOfAction: { select: { id: true, code: true, title: true } },
      department: { select: { id: true, code: true, name: true } },
      districts: { orderBy: { district: { sortOrder: "asc" } }, select: { district: { select: { id: true, name: true } } } },
      leads: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, role: true } } } },
      members: { orderBy: [{ role: "asc" }, { createdAt: "asc" }], select: { role: true, user: { select: { id: true, name: true, role: true } } } },
      contributingDepartments: { orderBy: { department: { code: "asc" } }, select: { department: { select: { id: true, code: true, name: true } } } },
      partners: {
        orderBy: [{ partner: { name: "asc" } }, { role: "asc" }],
        select: { id: true, role: true, contribution: true, committedAmount: true, version: true, partner: { select: { id: true, name: true } } },
      },
    },
  });
  if (!i) return null;
  return {
    ...i,
    plannedStart: day(i.plannedStart),
    plannedEnd: day(i.plannedEnd),
    actualStart: day(i.actualStart),
    actualEnd: day(i.actualEnd),
    districts: i.districts.map((d) => d.district),
    leads: i.leads.map((l) => l.user),
    members: i.members.map((m) => ({ ...m.user, memberRole: m.role })),
    contributingDepartments: i.contributingDepartments.map((c) => c.department),
    partners: i.partners.map(({ committedAmount, ...p }) => ({ ...p, committedAmount: committedAmount?.toFixed(2) ?? null })),
  };
}

export type InitiativeOverview = NonNullable<Awaited<ReturnType<typeof getInitiativeOverview>>>;

/**
 * Milestone facts for progress, aggregated in the database in one query: total and done weight,
 * how many milestones there are, and how many are overdue on `today` (isOverdue of
 * lib/milestones/lateness.ts, through its SQL fragment; the same count as the portfolio).
 */
export async function initiativeMilestoneFacts(db: Db, viewer: Actor | null | undefined, initiativeId: string, today: string) {
  assertCan(viewer, "portfolio.read");
  const [row] = await db.$queryRaw<{ total: number; done: number; count: number; overdue: number }[]>`
    SELECT COALESCE(SUM(weight), 0)::int AS total,
           COALESCE(SUM(weight) FILTER (WHERE completed_date IS NOT NULL), 0)::int AS done,
           COUNT(*)::int AS count,
           COUNT(*) FILTER (WHERE ${overdueSql(today)})::int AS overdue
    FROM milestones
    WHERE initiative_id = ${initiativeId}::uuid`;
  return { totalWeight: row?.total ?? 0, doneWeight: row?.done ?? 0, count: row?.count ?? 0, overdue: row?.overdue ?? 0 };
}

/** The latest change to the initiative (or any of its parts) made by a person, not by the seed or an import. */
export async function lastUpdateByPerson(db: Db, viewer: Actor | null | undefined, initiativeId: string) {
  assertCan(viewer, "portfolio.read");
  return db.auditEvent.findFirst({
    where: { initiativeId, actorId: { not: null } },
    orderBy: { at: "desc" },
    select: { at: true, actor: { select: { name: true } } },
  });
}

/**
 * Choices of the edit forms. Departments are limited to those the viewer may move initiatives into.
 * Archived fields of action and districts are not offered, except those the initiative being
 * edited (`current`) already has: it keeps them until someone moves it.
 */
export async function initiativeEditOptions(
  db: Db,
  viewer: Actor | null | undefined,
  current: { fieldOfActionId?: string; districtIds?: string[] } = {},
) {
  assertCan(viewer, "portfolio.read");
  const keepField = current.fieldOfActionId ? [{ id: current.fieldOfActionId }] : [];
  const keepDistricts = current.districtIds?.length ? [{ id: { in: current.districtIds } }] : [];
  const [fields, departments, districts, leadCandidates, partners, partnerContacts] = await Promise.all([
    db.fieldOfAction.findMany({ where: { OR: [{ archivedAt: null }, ...keepField] }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, title: true } }),
    db.department.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    db.district.findMany({ where: { OR: [{ archivedAt: null }, ...keepDistricts] }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { active: true, role: { in: [...LEAD_ROLES] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, role: true, department: { select: { code: true } } },
    }),
    db.partner.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { active: true, role: "PARTNER_CONTACT", partnerId: { not: null } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, role: true, partner: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    fields,
    departments: departments.filter((d) => can(viewer, "initiative.update", { departmentId: d.id })),
    // Any department may contribute; only the lead department's head and admins choose them.
    allDepartments: departments,
    districts,
    leadCandidates: leadCandidates.map((u) => ({ id: u.id, name: u.name, role: u.role, departmentCode: u.department?.code ?? null })),
    // Contact persons of partners (role PARTNER_CONTACT), offered where their partner works on the initiative.
    partnerContactCandidates: partnerContacts.map((u) => ({ id: u.id, name: u.name, role: u.role, partnerId: u.partner!.id, partnerName: u.partner!.name })),
    partners,
  };
}

export type InitiativeEditOptions = Awaited<ReturnType<typeof initiativeEditOptions>>;

/**
 * Choices of the "new initiative" form: departments the viewer may create in, a suggested code per
 * field of action, and only fields of action and districts that are not archived.
 */
export async function newInitiativeOptions(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "portfolio.read");
  const [fields, departments, districts, codes, leadCandidates, partners] = await Promise.all([
    db.fieldOfAction.findMany({ where: { archivedAt: null }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, title: true } }),
    db.department.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    db.district.findMany({ where: { archivedAt: null }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    db.initiative.findMany({ select: { code: true } }),
    db.user.findMany({
      where: { active: true, role: { in: [...LEAD_ROLES] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, role: true, department: { select: { code: true } } },
    }),
    db.partner.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const taken = codes.map((c) => c.code);
  return {
    fields: fields.map((f) => ({ ...f, suggestedCode: suggestInitiativeCode(f.code, taken) })),
    departments: departments.filter((d) => can(viewer, "initiative.create", { departmentId: d.id })),
    districts,
    // The first leads and partners can be set in the same form (the same rules as on the initiative page).
    leadCandidates: leadCandidates.map((u) => ({ id: u.id, name: u.name, role: u.role, departmentCode: u.department?.code ?? null })),
    partners,
  };
}

export type NewInitiativeOptions = Awaited<ReturnType<typeof newInitiativeOptions>>;
