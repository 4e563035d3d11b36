// Deputies (Stellvertretung) and editors (Bearbeitung) of an initiative, beside its project leads:
// rights on the initiative follow these roles whatever the person's department (lib/authz/policy.ts).
// Deputy: the lead's rights (milestones, KPI values, risks, budget actuals, status reports).
// Editor: milestones, KPI values and risks; no status reports, no budget.
// Like leads, only active users who act for a department (project leads, department heads) can
// hold one; one responsibility per person and initiative.
import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { initiativeLeadInput, initiativeMemberInput } from "../schemas";
import { eligibleLeads } from "./leads";
import { loadInitiative } from "./shared";

const userSelect = { id: true, name: true, role: true, departmentId: true } as const;

/** Assigns a deputy or editor, or gives a member another role. */
export const setInitiativeMemberAction = defineAction({
  name: "initiative.setMember",
  input: initiativeMemberInput,
  permission: "initiative.assignMembers",
  load: (tx, input) => loadInitiative(tx, input.initiativeId),
  run: async ({ tx, input, resource, audit, unchanged }) => {
    const [user] = await eligibleLeads(tx, [input.userId], "userId");
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
