// Contributing departments (beteiligte Ämter) of an initiative, beside its lead department
// (Initiative.departmentId, whose head approves the status reports). A contributing department
// sees the initiative in its department's lists; it gains no rights on it (those come from the lead
// department or from a responsibility on the initiative).
import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { contributingDepartmentInput } from "../schemas";
import { loadInitiative } from "./shared";

const departmentSelect = { id: true, code: true, name: true } as const;

export const addContributingDepartmentAction = defineAction({
  name: "initiative.addContributingDepartment",
  input: contributingDepartmentInput,
  permission: "initiative.update",
  load: (tx, input) => loadInitiative(tx, input.initiativeId),
  run: async ({ tx, input, resource, audit }) => {
    const department = await tx.department.findUnique({ where: { id: input.departmentId }, select: departmentSelect });
    if (!department) throw new AppError("VALIDATION", "Unknown department.", { fieldErrors: { departmentId: ["#initiatives.errors.unknownDepartment"] } });
    if (department.id === resource.departmentId) {
      throw new AppError("VALIDATION", "The lead department does not also contribute.", { fieldErrors: { departmentId: ["#initiatives.errors.leadDepartment"] } });
    }
    const key = { initiativeId_departmentId: { initiativeId: input.initiativeId, departmentId: department.id } };
    if (await tx.initiativeContributingDepartment.findUnique({ where: key, select: { departmentId: true } })) {
      throw new AppError("CONFLICT", "Already contributing.", { fieldErrors: { departmentId: ["#initiatives.errors.alreadyContributing"] } });
    }
    await tx.initiativeContributingDepartment.create({ data: { initiativeId: input.initiativeId, departmentId: department.id } });
    audit({ action: "initiative.addContributingDepartment", entityType: "InitiativeContributingDepartment", entityId: department.id, initiativeId: input.initiativeId, after: { department } });
    return { initiativeId: input.initiativeId, departmentId: department.id };
  },
});

export const removeContributingDepartmentAction = defineAction({
  name: "initiative.removeContributingDepartment",
  input: contributingDepartmentInput,
  permission: "initiative.update",
  load: (tx, input) => loadInitiative(tx, input.initiativeId),
  run: async ({ tx, input, audit }) => {
    const { count } = await tx.initiativeContributingDepartment.deleteMany({ where: { initiativeId: input.initiativeId, departmentId: input.departmentId } });
    if (count === 0) throw new AppError("NOT_FOUND", "This department does not contribute to the initiative.");
    const department = await tx.department.findUnique({ where: { id: input.departmentId }, select: departmentSelect });
    audit({ action: "initiative.removeContributingDepartment", entityType: "InitiativeContributingDepartment", entityId: input.departmentId, initiativeId: input.initiativeId, before: { department } });
    return { initiativeId: input.initiativeId, departmentId: input.departmentId };
  },
});
