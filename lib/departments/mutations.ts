// Department management (admins). Each action is declared through the one builder.
import { catalogueActions } from "@/lib/actions/catalogue-actions";
import { AppError } from "@/lib/errors/app-error";
import { createDepartmentInput, deleteDepartmentInput, updateDepartmentInput } from "./schemas";

const select = { id: true, code: true, name: true, version: true } as const;

const departments = catalogueActions({
  entity: "department",
  entityType: "Department",
  permission: "department.manage",
  load: (tx, input) => tx.department.findUnique({ where: { id: input.id }, select }),
});

export const createDepartmentAction = departments.create({
  input: createDepartmentInput,
  create: (tx, input) => tx.department.create({ data: input, select }),
});

export const updateDepartmentAction = departments.update({
  input: updateDepartmentInput,
  update: (tx, where, data) => tx.department.updateMany({ where, data }),
});

export const deleteDepartmentAction = departments.remove({
  input: deleteDepartmentInput,
  loadWithUses: (tx, input) =>
    tx.department.findUnique({ where: { id: input.id }, select: { ...select, _count: { select: { initiatives: true, users: true } } } }),
  inUse: (uses) => (uses.initiatives > 0 || uses.users > 0 ? new AppError("CONFLICT", "The department still has initiatives or users.") : null),
  remove: (tx, where) => tx.department.deleteMany({ where }),
});
