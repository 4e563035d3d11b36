// Assigning and removing an initiative's project leads (Projektleitung). Only active users who
// act for a department (project leads and department heads) can lead an initiative. The checks and
// the audited write are shared with the new-initiative form, which assigns the first leads.
import { defineAction } from "@/lib/actions/define-action";
import type { AuditInput } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { initiativeLeadInput } from "../schemas";
import { loadInitiative } from "./shared";

/** Roles that may be assigned as project lead. */
export const LEAD_ROLES: readonly Role[] = ["PROJECT_LEAD", "DEPARTMENT_HEAD"];

const userSelect = { id: true, name: true, role: true, departmentId: true } as const;
type LeadUser = { id: string; name: string; role: Role; departmentId: string | null };

/** The users `ids` (in that order) when every one of them may lead an initiative; else a VALIDATION error on `field`. */
export async function eligibleLeads(tx: Tx, ids: readonly string[], field: string): Promise<LeadUser[]> {
  const users = await tx.user.findMany({ where: { id: { in: [...ids] } }, select: { ...userSelect, active: true } });
  const byId = new Map(users.filter((u) => u.active && LEAD_ROLES.includes(u.role)).map(({ active: _a, ...u }) => [u.id, u]));
  if (ids.some((id) => !byId.has(id))) {
    throw new AppError("VALIDATION", "Only active project leads and department heads can lead an initiative.", {
      fieldErrors: { [field]: ["#initiatives.errors.leadRole"] },
    });
  }
  return ids.map((id) => byId.get(id)!);
}

/** Adds `lead` to the initiative's leads (`current` before), audited; returns the leads after. */
export async function assignLead(tx: Tx, initiativeId: string, lead: LeadUser, current: readonly string[], audit: (e: AuditInput) => void, field = "userId") {
  if (current.includes(lead.id)) {
    throw new AppError("CONFLICT", "Already a lead of this initiative.", { fieldErrors: { [field]: ["#initiatives.errors.alreadyLead"] } });
  }
  // One responsibility per person: a deputy or editor is made lead by removing that role first.
  if (await tx.initiativeMember.findUnique({ where: { initiativeId_userId: { initiativeId, userId: lead.id } }, select: { role: true } })) {
    throw new AppError("CONFLICT", "Already a deputy or editor of this initiative.", { fieldErrors: { [field]: ["#initiatives.errors.alreadyMember"] } });
  }
  // A concurrent assignment of the same user fails on the primary key and reaches the caller as CONFLICT.
  await tx.initiativeLead.create({ data: { initiativeId, userId: lead.id } });
  const after = [...current, lead.id];
  audit({
    action: "initiative.addLead",
    entityType: "InitiativeLead",
    entityId: lead.id,
    initiativeId,
    before: { leadUserIds: [...current] },
    after: { lead, leadUserIds: after },
  });
  return after;
}

export const addInitiativeLeadAction = defineAction({
  name: "initiative.addLead",
  input: initiativeLeadInput,
  permission: "initiative.assignLeads",
  load: (tx, input) => loadInitiative(tx, input.initiativeId),
  run: async ({ tx, input, resource, audit }) => {
    const [user] = await eligibleLeads(tx, [input.userId], "userId");
    await assignLead(tx, input.initiativeId, user!, resource.leadUserIds, audit);
    return { initiativeId: input.initiativeId, userId: user!.id, name: user!.name };
  },
});

export const removeInitiativeLeadAction = defineAction({
  name: "initiative.removeLead",
  input: initiativeLeadInput,
  permission: "initiative.assignLeads",
  load: (tx, input) => loadInitiative(tx, input.initiativeId),
  run: async ({ tx, input, resource, audit }) => {
    const { count } = await tx.initiativeLead.deleteMany({ where: { initiativeId: input.initiativeId, userId: input.userId } });
    if (count === 0) throw new AppError("NOT_FOUND", "This user does not lead the initiative.");
    const lead = await tx.user.findUnique({ where: { id: input.userId }, select: userSelect });
    audit({
      action: "initiative.removeLead",
      entityType: "InitiativeLead",
      entityId: input.userId,
      initiativeId: input.initiativeId,
      before: { lead, leadUserIds: resource.leadUserIds },
      after: { leadUserIds: resource.leadUserIds.filter((id) => id !== input.userId) },
    });
    return { initiativeId: input.initiativeId, userId: input.userId };
  },
});
