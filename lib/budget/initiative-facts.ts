// The facts the policy needs about an initiative (its department and project leads), loaded in
// one query for actions and section reads on the initiative's parts: budget lines, KPIs, risks.
// (A natural home later is lib/initiatives/; it lives here until that module offers it.)
import type { ResourceFacts } from "@/lib/authz/policy";
import type { Db, Tx } from "@/lib/db/client";

/** Nested `select` for an initiative relation that yields its policy facts. */
export const initiativeFactsSelect = { id: true, departmentId: true, leads: { select: { userId: true } } } as const;

type FactsRow = { id: string; departmentId: string; leads: { userId: string }[] };

export type InitiativeFacts = Required<Pick<ResourceFacts, "departmentId" | "leadUserIds">> & { initiativeId: string };

export function toFacts(initiative: FactsRow): InitiativeFacts {
  return { initiativeId: initiative.id, departmentId: initiative.departmentId, leadUserIds: initiative.leads.map((l) => l.userId) };
}

/** Facts of one initiative, or null when it does not exist. */
export async function loadInitiativeFacts(db: Db | Tx, initiativeId: string): Promise<InitiativeFacts | null> {
  const initiative = await db.initiative.findUnique({ where: { id: initiativeId }, select: initiativeFactsSelect });
  return initiative ? toFacts(initiative) : null;
}
