// Deputies (Stellvertretung) and editors (Bearbeitung) of an initiative, beside its project leads:
// rights on the initiative follow these roles whatever the person's department (lib/authz/policy.ts).
// Deputy: the lead's rights (milestones, KPI values, risks, budget actuals, status reports).
// Editor: milestones, KPI values and risks; no status reports, no budget.
// Like leads, only active users who act for a department (project leads, department heads) can
// hold one; one responsibility per person and initiative.
// Partner contact: an active user of role PARTNER_CONTACT whose partner works on the initiative; they
// see and update only their partner's milestones and KPIs there. Nobody else holds this member role,
// and a partner contact holds no other.
import { defineAction } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { InitiativeMemberRole } from "@/lib/generated/prisma/enums";
import { initiativeLeadInput, initiativeMemberInput } from "../schemas";
import { eligibleLeads } from "./leads";
import { loadInitiative } from "./shared";

const userSelect = { id: true, name: true, role: true, departmentId: true } as const;

/** The user who may take `role` on the initiative, or a field error. */
async function eligibleMember(tx: Tx, initiativeId: string, userId: string, role: InitiativeMemberRole) {
  if (role !== "PARTNER_CONTACT") return (await eligibleLeads(tx, [userId], "userId"))[0]!;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { ...userSelect, active: true, partnerId: true } });
  if (!user?.active || user.role !== "PARTNER_CONTACT" || !user.partnerId) {
    throw new AppError("VALIDATION", "Only active partner contacts can be assigned as partner contact.", { fieldErrors: { userId: ["#initiatives.errors.partnerContactRole"] } });
  }
  const works = await tx.initiativePartner.findFirst({ where: { initiativeId, partnerId: user.partnerId }, select: { id: true } });
  if (!works) {
    throw new AppError("VALIDATION", "The contact's partner does not work on this initiative.", { fieldErrors: { userId: ["#initiatives.errors.partnerContactNotOnInitiative"] } });
  }
  const { active: _a, partnerId: _p, ...person } = user;
  return person;
}

/** Assigns a deputy, editor or partner contact, or gives a member another role. */
export const setInitiativeMemberAction = defineAction({
  name: "initiative.setMember",
  input: initiativeMemberInput,
  permission: "initiative.assignMembers",
  load: (tx, input) => loadInitiative(tx, input.initiativeId),
  run: async ({ tx, input, resource, audit, unchanged }) => {
    const user = await eligibleMember(tx, input.initiativeId, input.userId, input.role);
    if (resource.leadUserIds.includes(user!.id)) {
      throw new AppError("CONFLICT", "Already a lead of this initiative.", { fieldErrors: { userId: ["#initiatives.errors.alreadyLead"] } });
    }
    const key = { initiativeId_userId: { initiativeId: input.initiativeId, userId: user!.id } };
    const before = await tx.initiativeMember.findUnique({ where: key, select: { role: true } });
    const result = { initiativeId: input.initiativeId, userId: user!.id, name: user!.name, role: input.role };
    if (before?.role === input.role) {
      unchanged();
      return result;
    }
    // A concurrent assignment of the same user fails on the primary key and reaches the caller as CONFLICT.
    if (before) await tx.initiativeMember.update({ where: key, data: { role: input.role } });
    else await tx.initiativeMember.create({ data: { initiativeId: input.initiativeId, userId: user!.id, role: input.role } });
    audit({
      action: "initiative.setMember",
      entityType: "InitiativeMember",
      entityId: user!.id,
      initiativeId: input.initiativeId,
      before: before ? { member: user, role: before.role } : null,
      after: { member: user, role: input.role },
    });
    return result;
  },
});

export const removeInitiativeMemberAction = defineAction({
  name: "initiative.removeMember",
  input: initiativeLeadInput,
  permission: "initiative.assignMembers",
  load: (tx, input) => loadInitiative(tx, input.initiativeId),
  run: async ({ tx, input, audit }) => {
    const key = { initiativeId_userId: { initiativeId: input.initiativeId, userId: input.userId } };
    const before = await tx.initiativeMember.findUnique({ where: key, select: { role: true } });
    if (!before) throw new AppError("NOT_FOUND", "This user is no deputy or editor of the initiative.");
    await tx.initiativeMember.delete({ where: key });
    const member = await tx.user.findUnique({ where: { id: input.userId }, select: userSelect });
    audit({
      action: "initiative.removeMember",
      entityType: "InitiativeMember",
      entityId: input.userId,
      initiativeId: input.initiativeId,
      before: { member, role: before.role },
    });
    return { initiativeId: input.initiativeId, userId: input.userId };
  },
});
