// Matrix rows for dependencies (lib/dependencies): whoever plans the successor initiative
// (dependency.edit: admins, the head of its department, its project lead) adds and removes what it
// needs. "Own" successors are the demo project lead's initiatives; "foreign" ones another
// department's that the lead does not lead.
import { addDependencyAction, removeDependencyAction } from "@/lib/dependencies/mutations";
import { leadInitiativeId, type Case, type Fixture, type Expectation, type Outcome, type RoleKey, type Scope } from "./shared";

const planners: Expectation = { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "ok", viewer: "FORBIDDEN" };
const adminOutside: Partial<Record<RoleKey, Outcome>> = { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN" };

/** A predecessor that needs nothing itself (so no cycle) and is not yet one of the successor's. */
async function freshPredecessor(f: Fixture, successorId: string): Promise<string> {
  const p = await f.db.initiative.findFirstOrThrow({
    where: { id: { not: successorId }, dependsOn: { none: {} }, dependedOnBy: { none: { successorInitiativeId: successorId, successorMilestoneId: null, predecessorMilestoneId: null } } },
    orderBy: { code: "asc" },
    select: { id: true },
  });
  return p.id;
}

async function addInput(f: Fixture, scope: Scope) {
  const initiativeId = await leadInitiativeId(f, scope);
  return { initiativeId, predecessor: `initiative:${await freshPredecessor(f, initiativeId)}`, kind: "NEEDS" };
}

async function scratchDependency(f: Fixture, scope: Scope) {
  const successorInitiativeId = await leadInitiativeId(f, scope);
  const d = await f.db.dependency.create({ data: { successorInitiativeId, predecessorInitiativeId: await freshPredecessor(f, successorInitiativeId) } });
  return { id: d.id };
}

export const CASES: Case[] = [
  {
    action: addDependencyAction as Case["action"],
    input: (f) => addInput(f, "own"),
    expect: planners,
    foreign: { input: (f) => addInput(f, "foreign"), expect: adminOutside },
  },
  {
    action: removeDependencyAction as Case["action"],
    input: (f) => scratchDependency(f, "own"),
    expect: planners,
    foreign: { input: (f) => scratchDependency(f, "foreign"), expect: adminOutside },
  },
];
