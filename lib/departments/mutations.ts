// Department management (admins). Each action is declared through the one builder.
import { catalogueCreateAction, catalogueDeleteAction, catalogueUpdateAction } from "@/lib/actions/catalogue-actions";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createDepartmentInput, deleteDepartmentInput, updateDepartmentInput } from "./schemas";

const select = { id: true, code: true, name: true, version: true } as const;

const loadDepartment = (tx: Tx, input: { id: string }) => tx.department.findUnique({ where: { id: input.id }, select });

export const createDepartmentAction = catalogueCreateAction({
  name: "department.create",
  entityType: "Department",
  input: createDepartmentInput,
  permission: "department.manage",
  create: (tx, input) => tx.department.create({ data: input, select }),
});

export const updateDepartmentAction = catalogueUpdateAction({
  name: "department.update",
  entityType: "Department",
  input: updateDepartmentInput,
  permission: "department.manage",
  load: loadDepartment,
  update: (tx, where, data) => tx.department.updateMany({ where, data }),
});

export const deleteDepartmentAction = catalogueDeleteAction({
  name: "department.delete",
  entityType: "Department",
  input: deleteDepartmentInput,
  permission: "department.manage",
  load: loadDepartment,
  loadWithUses: (tx, input) =>
    tx.department.findUnique({ where: { id: input.id }, select: { ...select, _count: { select: { initiatives: true, users: true } } } }),
  inUse: (uses) => (uses.initiatives > 0 || uses.users > 0 ? new AppError("CONFLICT", "The department still has initiatives or users.") : null),
  remove: (tx, where) => tx.department.deleteMany({ where }),
});
