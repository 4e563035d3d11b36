// Adding and removing a dependency. Whoever may plan the successor initiative (`dependency.edit`,
// checked against the successor loaded from the database) may say what it needs. Before writing,
// the input is checked with field errors: the predecessor exists, is not the successor itself, is
// not already a predecessor, and does not close a cycle (the error names it: "MOB-03 → DAT-01 →
// MOB-03"). Every change is audited with the successor's initiative.
import { Prisma } from "@/lib/generated/prisma/client";
import { defineAction } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { messageWithValues } from "@/lib/i18n/validation";
import { initiativeFactsSelect, loadInitiativeFacts, toFacts } from "@/lib/initiatives/facts";
import { findCycle, samePart, type PlanPart } from "./graph";
import { chainLabel, type PartNames } from "./labels";
import { addDependencyInput, parsePart, removeDependencyInput } from "./schemas";

const invalid = (field: string, message: string, text = "The dependency is not valid.") => new AppError("VALIDATION", text, { fieldErrors: { [field]: [message] } });

/** The part a form value names, with its names; null when it does not exist. */
async function resolvePart(tx: Tx, value: string): Promise<(PlanPart & PartNames) | null> {
  const { kind, id } = parsePart(value);
  if (kind === "initiative") {
    const i = await tx.initiative.findUnique({ where: { id }, select: { id: true, code: true } });
    return i && { initiativeId: i.id, milestoneId: null, initiativeCode: i.code, milestone: null };
  }
  const m = await tx.milestone.findUnique({ where: { id }, select: { id: true, code: true, title: true, initiative: { select: { id: true, code: true } } } });
  return m && { initiativeId: m.initiative.id, milestoneId: m.id, initiativeCode: m.initiative.code, milestone: { code: m.code, title: m.title } };
}

/** Names for the parts along a cycle, read in one go. */
async function namesOf(tx: Tx, parts: readonly PlanPart[]): Promise<PartNames[]> {
  const [initiatives, milestones] = await Promise.all([
    tx.initiative.findMany({ where: { id: { in: parts.map((p) => p.initiativeId) } }, select: { id: true, code: true } }),
    tx.milestone.findMany({ where: { id: { in: parts.flatMap((p) => (p.milestoneId ? [p.milestoneId] : [])) } }, select: { id: true, code: true, title: true } }),
  ]);
  const code = new Map(initiatives.map((i) => [i.id, i.code]));
  const milestone = new Map(milestones.map((m) => [m.id, { code: m.code, title: m.title }]));
  return parts.map((p) => ({ initiativeCode: code.get(p.initiativeId) ?? "?", milestone: p.milestoneId ? (milestone.get(p.milestoneId) ?? null) : null }));
}

const partOf = (d: { predecessorInitiativeId: string; predecessorMilestoneId: string | null; successorInitiativeId: string; successorMilestoneId: string | null }) => ({
  predecessor: { initiativeId: d.predecessorInitiativeId, milestoneId: d.predecessorMilestoneId },
  successor: { initiativeId: d.successorInitiativeId, milestoneId: d.successorMilestoneId },
});

export const addDependencyAction = defineAction({
  name: "dependency.create",
  input: addDependencyInput,
  permission: "dependency.edit",
  load: (tx, input) => loadInitiativeFacts(tx, input.initiativeId),
  run: async ({ tx, input, audit }) => {
    // One writer at a time: two additions that each look harmless could close a cycle together.
    await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('dependencies'))`);
    const initiative = await tx.initiative.findUniqueOrThrow({ where: { id: input.initiativeId }, select: { code: true } });
    let successor: PlanPart & PartNames = { initiativeId: input.initiativeId, milestoneId: null, initiativeCode: initiative.code, milestone: null };
    if (input.successorMilestoneId) {
      const m = await tx.milestone.findFirst({ where: { id: input.successorMilestoneId, initiativeId: input.initiativeId }, select: { id: true, code: true, title: true } });
      if (!m) throw invalid("successorMilestoneId", "#dependencies.errors.successor");
      successor = { ...successor, milestoneId: m.id, milestone: { code: m.code, title: m.title } };
    }
    const predecessor = await resolvePart(tx, input.predecessor);
    if (!predecessor) throw invalid("predecessor", "#dependencies.errors.part");
    if (samePart(predecessor, successor)) throw invalid("predecessor", "#dependencies.errors.self", "A part of the plan cannot depend on itself.");

    const stored = await tx.dependency.findMany({
      select: { predecessorInitiativeId: true, predecessorMilestoneId: true, successorInitiativeId: true, successorMilestoneId: true },
    });
    const edges = stored.map(partOf);
    const added = { predecessor, successor };
    if (edges.some((e) => samePart(e.predecessor, predecessor) && samePart(e.successor, successor))) {
      throw invalid("predecessor", "#dependencies.errors.duplicate", "This dependency exists already.");
    }
    const involved = [...new Set([...edges, added].flatMap((e) => [e.predecessor.initiativeId, e.successor.initiativeId]))];
    const milestones = await tx.milestone.findMany({ where: { initiativeId: { in: involved } }, select: { id: true, initiativeId: true } });
    const milestonesOf = new Map<string, string[]>();
    for (const m of milestones) milestonesOf.set(m.initiativeId, [...(milestonesOf.get(m.initiativeId) ?? []), m.id]);
    const cycle = findCycle(edges, added, milestonesOf);
    if (cycle) {
      const text = chainLabel(await namesOf(tx, cycle));
      throw invalid("predecessor", messageWithValues("dependencies.errors.cycle", { cycle: text }), `The dependency would close a cycle: ${text}.`);
    }

    const row = await tx.dependency.create({
      data: {
        kind: input.kind,
        predecessorInitiativeId: predecessor.initiativeId,
        predecessorMilestoneId: predecessor.milestoneId,
        successorInitiativeId: successor.initiativeId,
        successorMilestoneId: successor.milestoneId,
      },
      select: { id: true, kind: true },
    });
    audit({
      action: "dependency.create",
      entityType: "Dependency",
      entityId: row.id,
      initiativeId: successor.initiativeId,
      after: {
        kind: row.kind,
        successor: chainLabel([successor]),
        predecessor: chainLabel([predecessor]),
        successorInitiativeId: successor.initiativeId,
        successorMilestoneId: successor.milestoneId,
        predecessorInitiativeId: predecessor.initiativeId,
        predecessorMilestoneId: predecessor.milestoneId,
      },
    });
    return { id: row.id };
  },
});

const dependencySelect = {
  id: true,
  kind: true,
  predecessorInitiativeId: true,
  predecessorMilestoneId: true,
  successorInitiativeId: true,
  successorMilestoneId: true,
  predecessorInitiative: { select: { code: true } },
  predecessorMilestone: { select: { code: true, title: true } },
  successorInitiative: { select: { ...initiativeFactsSelect, code: true } },
  successorMilestone: { select: { code: true, title: true } },
} as const;

export const removeDependencyAction = defineAction({
  name: "dependency.delete",
  input: removeDependencyInput,
  permission: "dependency.edit",
  load: async (tx, input) => {
    const d = await tx.dependency.findUnique({ where: { id: input.id }, select: dependencySelect });
    return d && { ...toFacts(d.successorInitiative), row: d };
  },
  run: async ({ tx, input, resource: { row, initiativeId }, audit }) => {
    const { count } = await tx.dependency.deleteMany({ where: { id: input.id } });
    if (count === 0) throw new AppError("NOT_FOUND", "The dependency no longer exists.");
    audit({
      action: "dependency.delete",
      entityType: "Dependency",
      entityId: input.id,
      initiativeId,
      before: {
        kind: row.kind,
        successor: chainLabel([{ initiativeCode: row.successorInitiative.code, milestone: row.successorMilestone }]),
        predecessor: chainLabel([{ initiativeCode: row.predecessorInitiative.code, milestone: row.predecessorMilestone }]),
        successorInitiativeId: row.successorInitiativeId,
        successorMilestoneId: row.successorMilestoneId,
        predecessorInitiativeId: row.predecessorInitiativeId,
        predecessorMilestoneId: row.predecessorMilestoneId,
      },
    });
    return { id: input.id };
  },
});
