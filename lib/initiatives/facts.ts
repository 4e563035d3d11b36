// The facts the policy needs about an initiative (its department, project leads, deputies and
// editors), in one place: the select that loads them, the mapping to ResourceFacts, and a loader for
// actions and section reads on the initiative's parts (milestones, KPIs, budget lines, risks,
// reports, comments).
import type { ResourceFacts } from "@/lib/authz/policy";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InitiativeMemberRole } from "@/lib/generated/prisma/enums";

/** Nested `select` for an initiative relation that yields its policy facts. */
export const initiativeFactsSelect = {
  id: true,
  departmentId: true,
  leads: { select: { userId: true } },
  members: { select: { userId: true, role: true, user: { select: { partnerId: true } } } },
} as const;

type Member = { userId: string; role: InitiativeMemberRole; user?: { partnerId: string | null } };
type FactsRow = { id: string; departmentId: string; leads: { userId: string }[]; members: Member[] };

type Responsibility = Required<Pick<ResourceFacts, "departmentId" | "leadUserIds" | "deputyUserIds" | "editorUserIds">>;
export type InitiativeFacts = Responsibility & { initiativeId: string };

/** The members' user ids by role, as the policy reads them (a row without members: none). */
export function memberFacts(members: readonly Member[] | undefined): Pick<Responsibility, "deputyUserIds" | "editorUserIds"> {
  const of = (role: InitiativeMemberRole) => (members ?? []).filter((m) => m.role === role).map((m) => m.userId);
  return { deputyUserIds: of("DEPUTY"), editorUserIds: of("EDITOR") };
}

/** Department, project leads, deputies and editors of an initiative row, as the policy reads them. */
export function initiativeFacts(i: { departmentId: string; leads: { userId: string }[]; members: Member[] }): Responsibility {
  return { departmentId: i.departmentId, leadUserIds: i.leads.map((l) => l.userId), ...memberFacts(i.members) };
}

/**
 * The partner contacts who may act on a milestone or KPI of the initiative: members of role
 * PARTNER_CONTACT whose own partner is the target's responsible partner. None without one.
 */
export function partnerContactFacts(members: readonly Member[], responsiblePartnerId: string | null): Pick<ResourceFacts, "partnerContactUserIds"> {
  if (!responsiblePartnerId) return { partnerContactUserIds: [] };
  return { partnerContactUserIds: members.filter((m) => m.role === "PARTNER_CONTACT" && m.user?.partnerId === responsiblePartnerId).map((m) => m.userId) };
}

export function toFacts(initiative: FactsRow): InitiativeFacts {
  return { initiativeId: initiative.id, ...initiativeFacts(initiative) };
}

/** Facts of one initiative, or null when it does not exist. */
export async function loadInitiativeFacts(db: Db | Tx, initiativeId: string): Promise<InitiativeFacts | null> {
  const initiative = await db.initiative.findUnique({ where: { id: initiativeId }, select: initiativeFactsSelect });
  return initiative ? toFacts(initiative) : null;
}

/** Initiatives on which `userId` holds a responsibility: leads it, or is a member in one of `roles`. */
export function responsibleWhere(userId: string, roles: readonly InitiativeMemberRole[]): Prisma.InitiativeWhereInput {
  return { OR: [{ leads: { some: { userId } } }, { members: { some: { userId, role: { in: [...roles] } } } }] };
}
