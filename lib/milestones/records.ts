// What the milestone actions share: the columns they read, how a milestone is presented (dates as
// YYYY-MM-DD, the shape forms and conflict views compare against), and how the target row is
// loaded together with the facts the policy needs (the initiative's department and leads).
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isoDate } from "./dates";
import { initiativeFacts, initiativeFactsSelect, partnerContactFacts } from "@/lib/initiatives/facts";

/** The reason stored with the first forecast of a new milestone (as in the demo data). */
export const INITIAL_PLAN_REASON = "Ausgangsplanung";
/** The reason stored when a milestone is created with a forecast other than its baseline (the new-initiative form). */
export const FORECAST_AT_CREATION_REASON = "Abweichende Prognose bei Anlage";

/** The order milestones are shown and moved in; ties (possible after concurrent adds) fall back to dates and id. */
export const MILESTONE_ORDER = [{ sortOrder: "asc" }, { baselineDate: "asc" }, { id: "asc" }] as const;

export const milestoneSelect = {
  id: true,
  initiativeId: true,
  code: true,
  title: true,
  titleEn: true,
  description: true,
  descriptionEn: true,
  weight: true,
  sortOrder: true,
  baselineDate: true,
  forecastDate: true,
  completedDate: true,
  isPublic: true,
  responsiblePartnerId: true,
  version: true,
} as const;

type MilestoneRow = {
  id: string;
  initiativeId: string;
  code: string | null;
  title: string;
  description: string;
  weight: number;
  sortOrder: number;
  baselineDate: Date;
  forecastDate: Date;
  completedDate: Date | null;
  isPublic: boolean;
  responsiblePartnerId: string | null;
  version: number;
};

export type PresentedMilestone = Omit<MilestoneRow, "baselineDate" | "forecastDate" | "completedDate"> & {
  baselineDate: string;
  forecastDate: string;
  completedDate: string | null;
};

/** A milestone as actions return it, audit it and send it back on a conflict. */
export function presentMilestone(m: MilestoneRow): PresentedMilestone {
  return { ...m, baselineDate: isoDate(m.baselineDate), forecastDate: isoDate(m.forecastDate), completedDate: m.completedDate ? isoDate(m.completedDate) : null };
}

export async function findMilestone(tx: Tx, id: string): Promise<PresentedMilestone | null> {
  const m = await tx.milestone.findUnique({ where: { id }, select: milestoneSelect });
  return m ? presentMilestone(m) : null;
}

export async function getMilestone(tx: Tx, id: string): Promise<PresentedMilestone> {
  return presentMilestone(await tx.milestone.findUniqueOrThrow({ where: { id }, select: milestoneSelect }));
}

/** The target milestone with the policy facts of its initiative; null when it does not exist. */
export async function loadMilestone(tx: Tx, id: string) {
  const row = await tx.milestone.findUnique({
    where: { id },
    select: { ...milestoneSelect, initiative: { select: initiativeFactsSelect } },
  });
  if (!row) return null;
  const { initiative, ...milestone } = row;
  return { milestone: presentMilestone(milestone), ...initiativeFacts(initiative), ...partnerContactFacts(initiative.members, milestone.responsiblePartnerId) };
}

/** A stale version is a conflict that carries the stored milestone, so the form can show what changed. */
export function assertVersion(stored: PresentedMilestone, version: number): void {
  if (stored.version !== version) throw new AppError("CONFLICT", "Milestone was changed by someone else in the meantime.", { current: stored });
}

/** The responsible partner must work on the milestone's initiative. */
export async function assertPartnerOfInitiative(tx: Tx, initiativeId: string, partnerId: string | null): Promise<void> {
  if (!partnerId) return;
  const link = await tx.initiativePartner.findFirst({ where: { initiativeId, partnerId }, select: { id: true } });
  if (!link) {
    throw new AppError("VALIDATION", "The partner does not work on this initiative.", {
      fieldErrors: { responsiblePartnerId: ["#milestones.errors.partnerNotInInitiative"] },
    });
  }
}

/**
 * A milestone date (baseline of a new milestone, a new forecast) may not lie before the start of the
 * masterplan the initiative belongs to: it would read as late from the first day of the plan.
 */
export async function assertNotBeforePlanStart(tx: Tx, initiativeId: string, date: string, field: "baselineDate" | "forecastDate") {
  const plan = await tx.masterplan.findFirst({ where: { fieldsOfAction: { some: { initiatives: { some: { id: initiativeId } } } } }, select: { periodStart: true } });
  if (plan && date < isoDate(plan.periodStart)) {
    throw new AppError("VALIDATION", `The ${field} lies before the start of the masterplan (${isoDate(plan.periodStart)}).`, { fieldErrors: { [field]: ["#milestones.errors.beforePlanStart"] } });
  }
}
