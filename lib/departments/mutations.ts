// Department management (admins). Each action is declared through the one builder.
import { defineAction, ensureUpdated } from "@/lib/actions/define-action";
import { updateVersioned } from "@/lib/actions/versioned-update";
import { AppError } from "@/lib/errors/app-error";
import { createDepartmentInput, deleteDepartmentInput, updateDepartmentInput } from "./schemas";

const select = { id: true, code: true, name: true, version: true } as const;

export const createDepartmentAction = defineAction({
  name: "department.create",
  input: createDepartmentInput,
  permission: "department.manage",
  load: async () => ({}),
  run: async ({ tx, input, audit }) => {
    const created = await tx.department.create({ data: input, select });
    audit({ action: "department.create", entityType: "Department", entityId: created.id, after: created });
    return created;
  },
});

export const updateDepartmentAction = defineAction({
  name: "department.update",
  input: updateDepartmentInput,
  permission: "department.manage",
  load: (tx, input) => tx.department.findUnique({ where: { id: input.id }, select }),
  run: async ({ tx, input, resource: before, audit }) => {
    const { id, version, ...data } = input;
    const after = await updateVersioned(
      "Department",
      () => tx.department.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),
      () => tx.department.findUnique({ where: { id }, select }),
    );
    audit({ action: "department.update", entityType: "Department", entityId: id, before, after });
    return after;
  },
});

export const deleteDepartmentAction = defineAction({
  name: "department.delete",
  input: deleteDepartmentInput,
  permission: "department.manage",
  load: (tx, input) =>
    tx.department.findUnique({ where: { id: input.id }, select: { ...select, _count: { select: { initiatives: true, users: true } } } }),
  run: async ({ tx, input, resource, audit }) => {
    if (resource._count.initiatives > 0 || resource._count.users > 0) {
      throw new AppError("CONFLICT", "The department still has initiatives or users.");
    }
    const { count } = await tx.department.deleteMany({ where: { id: input.id, version: input.version } });
    await ensureUpdated(count, "Department", () => tx.department.findUnique({ where: { id: input.id }, select }));
    const { _count: _c, ...before } = resource;
    audit({ action: "department.delete", entityType: "Department", entityId: input.id, before });
    return { id: input.id };
  },
});
