// Internal read of an initiative's milestones for its page: every milestone (public or not) in
// display order with its forecast history, the initiative's partners (to pick a responsible one)
// and the policy facts that decide whether the viewer sees edit controls. One query for the
// initiative and one for the milestones with their histories, however many there are.
import { assertCan, type Actor, type ResourceFacts } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { cityToday, isoDate, isOverdue, slipDays } from "./dates";
import { MILESTONE_ORDER, milestoneSelect, presentMilestone } from "./records";
import { initiativeFacts } from "@/lib/initiatives/facts";

export async function listMilestonesForViewer(db: Db, viewer: Actor | null | undefined, initiativeId: string, today = cityToday()) {
  assertCan(viewer, "portfolio.read");
  const initiative = await db.initiative.findUnique({
    where: { id: initiativeId },
    select: {
      departmentId: true,
      leads: { select: { userId: true } },
      members: { select: { userId: true, role: true } },
      partners: { orderBy: { partner: { name: "asc" } }, select: { partner: { select: { id: true, name: true } } } },
    },
  });
  if (!initiative) return null;
  const rows = await db.milestone.findMany({
    where: { initiativeId },
    orderBy: [...MILESTONE_ORDER],
    select: {
      ...milestoneSelect,
      responsiblePartner: { select: { name: true } },
      forecasts: {
        orderBy: [{ reportedAt: "desc" }, { id: "desc" }],
        select: { id: true, reportedAt: true, forecastDate: true, reason: true, reportedBy: { select: { name: true } } },
      },
    },
  });
  const milestones = rows.map(({ responsiblePartner, forecasts, ...row }) => {
    const m = presentMilestone(row);
    return {
      ...m,
      responsiblePartnerName: responsiblePartner?.name ?? null,
      slipDays: slipDays(m),
      overdue: isOverdue(m, today),
      history: forecasts.map((f) => ({ id: f.id, reportedAt: f.reportedAt, forecastDate: isoDate(f.forecastDate), reason: f.reason, reportedBy: f.reportedBy?.name ?? null })),
    };
  });
  // A partner may work on an initiative in several roles; offer it once.
  const partners = [...new Map(initiative.partners.map(({ partner }) => [partner.id, partner])).values()];
  const facts: ResourceFacts = { ...initiativeFacts(initiative) };
  return { facts, partners, milestones, today };
}

export type MilestoneListing = NonNullable<Awaited<ReturnType<typeof listMilestonesForViewer>>>;
export type MilestoneItem = MilestoneListing["milestones"][number];
