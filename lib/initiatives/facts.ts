// The facts the policy needs about an initiative (its department and project leads), in one place:
// the select that loads them, the mapping to ResourceFacts, and a loader for actions and section
// reads on the initiative's parts (milestones, KPIs, budget lines, risks, reports, comments).
import type { ResourceFacts } from "@/lib/authz/policy";
import type { Db, Tx } from "@/lib/db/client";

/** Nested `select` for an initiative relation that yields its policy facts. */
export const initiativeFactsSelect = { id: true, departmentId: true, leads: { select: { userId: true } } } as const;

type FactsRow = { id: string; departmentId: string; leads: { userId: string }[] };

export type InitiativeFacts = Required<Pick<ResourceFacts, "departmentId" | "leadUserIds">> & { initiativeId: string };

/** Department and project leads of an initiative row, as the policy reads them. */
export function initiativeFacts(i: { departmentId: string; leads: { userId: string }[] }): Required<Pick<ResourceFacts, "departmentId" | "leadUserIds">> {
  return { departmentId: i.departmentId, leadUserIds: i.leads.map((l) => l.userId) };
}

export function toFacts(initiative: FactsRow): InitiativeFacts {
  return { initiativeId: initiative.id, ...initiativeFacts(initiative) };
}

/** Facts of one initiative, or null when it does not exist. */
export async function loadInitiativeFacts(db: Db | Tx, initiativeId: string): Promise<InitiativeFacts | null> {
  const initiative = await db.initiative.findUnique({ where: { id: initiativeId }, select: initiativeFactsSelect });
  return initiative ? toFacts(initiative) : null;
}
