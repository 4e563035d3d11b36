// Internal reads of dependencies, each scoped by the viewer: the list on an initiative's page
// (what it needs, what needs it, with the slip risk and the choices for the add form), and the
// at-risk flags the portfolio, the roadmap, the council report and the reminders show. The slip
// itself is slip.ts, on the day asked; a fixed number of queries whatever the plan's size.
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { appNow, cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";
import { MILESTONE_ORDER } from "@/lib/milestones/records";
import { loadDependencyViews, type DependencyView } from "./views";

export type { DependencyPart, DependencyView } from "./views";


/** What an initiative needs and what needs it, the slip risk of each, and for editors the add form's choices. Null when it does not exist. */
export async function listInitiativeDependencies(db: Db, viewer: Actor | null | undefined, initiativeId: string, today = cityToday(appNow())) {
  assertCan(viewer, "portfolio.read");
  const facts = await loadInitiativeFacts(db, initiativeId);
  if (!facts) return null;
  const canEdit = can(viewer, "dependency.edit", facts);
  const views = await loadDependencyViews(db, today, { OR: [{ successorInitiativeId: initiativeId }, { predecessorInitiativeId: initiativeId }] });
  const [own, others] = canEdit
    ? await Promise.all([
        db.milestone.findMany({ where: { initiativeId }, orderBy: [...MILESTONE_ORDER], select: { id: true, code: true, title: true } }),
        db.initiative.findMany({
          where: { archivedAt: null },
          orderBy: { code: "asc" },
          select: { id: true, code: true, title: true, milestones: { orderBy: [...MILESTONE_ORDER], select: { id: true, code: true, title: true } } },
        }),
      ])
    : [[], []];
  return {
    needs: views.filter((v) => v.successor.initiativeId === initiativeId),
    neededBy: views.filter((v) => v.predecessor.initiativeId === initiativeId && v.successor.initiativeId !== initiativeId),
    canEdit,
    /** The successor choices: the initiative itself or one of its milestones. */
    ownMilestones: own,
    /** The predecessor choices, grouped by initiative. */
    candidates: others,
  };
}

export type InitiativeDependencies = NonNullable<Awaited<ReturnType<typeof listInitiativeDependencies>>>;

/** A successor's flag: which predecessor threatens it and by how many days. */
export type SlipFlag = { dependencyId: string; predecessor: string; successor: string; days: number };

/** Per initiative id, the flags of its at-risk dependencies (the initiative or one of its milestones as successor), worst first. */
export async function slipFlagsByInitiative(db: Db, viewer: Actor | null | undefined, today = cityToday(appNow()), initiativeIds?: readonly string[]) {
  assertCan(viewer, "portfolio.read");
  const views = await loadDependencyViews(db, today, initiativeIds ? { successorInitiativeId: { in: [...initiativeIds] } } : {});
  return flagsByInitiative(views);
}

export function flagsByInitiative(views: readonly DependencyView[]): Map<string, SlipFlag[]> {
  const out = new Map<string, SlipFlag[]>();
  for (const v of views) {
    if (v.riskDays === null) continue;
    const list = out.get(v.successor.initiativeId) ?? [];
    list.push({ dependencyId: v.id, predecessor: v.predecessor.label, successor: v.successor.label, days: v.riskDays });
    out.set(v.successor.initiativeId, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.days - a.days);
  return out;
}

/** The dependencies between the initiatives with these codes (a roadmap page), with their slip risk. */
export async function dependenciesBetween(db: Db, viewer: Actor | null | undefined, codes: readonly string[], today = cityToday(appNow())) {
  assertCan(viewer, "portfolio.read");
  if (codes.length === 0) return [];
  return loadDependencyViews(db, today, { predecessorInitiative: { code: { in: [...codes] } }, successorInitiative: { code: { in: [...codes] } } });
}
