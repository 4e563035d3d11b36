// Assigning and removing an initiative's project leads (Projektleitung). Only active users who
// act for a department (project leads and department heads) can lead an initiative.
import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { initiativeLeadInput } from "../schemas";
import { loadInitiative } from "./shared";

/** Roles that may be assigned as project lead. */
export const LEAD_ROLES: readonly Role[] = ["PROJECT_LEAD", "DEPARTMENT_HEAD"];

const userSelect = { id: true, name: true, role: true, departmentId: true } as const;

export const addInitiativeLeadAction = defineAction({
  name: "initiative.addLead",
  input: initiativeLeadInput,
  permission: "initiative.assignLeads",
  load: (tx, input) => loadInitiative(tx, input.initiativeId),
  run: async ({ tx, input, resource, audit }) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { ...userSelect, active: true } });
    if (!user || !user.active || !LEAD_ROLES.includes(user.role)) {
      throw new AppError("VALIDATION", "Only active project leads and department heads can lead an initiative.", {
        fieldErrors: { userId: ["#initiatives.errors.leadRole"] },
      });
    }
    if (resource.leadUserIds.includes(user.id)) {
      throw new AppError("CONFLICT", "Already a lead of this initiative.", { fieldErrors: { userId: ["#initiatives.errors.alreadyLead"] } });
    }
    // A concurrent assignment of the same user fails on the primary key and reaches the caller as CONFLICT.
    await tx.initiativeLead.create({ data: { initiativeId: input.initiativeId, userId: user.id } });
    const { active: _a, ...lead } = user;
    audit({
      action: "initiative.addLead",
      entityType: "InitiativeLead",
      entityId: user.id,
      initiativeId: input.initiativeId,
      before: { leadUserIds: resource.leadUserIds },
      after: { lead, leadUserIds: [...resource.leadUserIds, user.id] },
    });
    return { initiativeId: input.initiativeId, userId: user.id, name: user.name };
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
