// Fields of action (Handlungsfelder) of the masterplan (admins): create, edit, reorder, archive
// and unarchive; delete only while no initiative or KPI hangs off a field, archive otherwise.
// Archived fields keep their initiatives but are no longer offered for new ones.
import { defineAction, ensureUpdated } from "@/lib/actions/define-action";
import { assertNoClash, catalogueActions, otherThan } from "@/lib/actions/catalogue-actions";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { firstFreeSlug, initiativeSlug } from "@/lib/initiatives/schemas";
import { archiveActions } from "./archive-actions";
import { fieldOfActionSelect } from "./queries";
import { createFieldOfActionInput, moveFieldOfActionInput, rowVersionInput, updateFieldOfActionInput } from "./schemas";

const fieldSelect = fieldOfActionSelect;

const formError = (key: string) => ({ fieldErrors: { _form: [`#planSetup.errors.${key}`] } });

const assertCodeFree = (tx: Tx, masterplanId: string, code: string, exceptId?: string) =>
  assertNoClash(
    tx.fieldOfAction.findFirst({ where: { masterplanId, code, ...otherThan(exceptId) }, select: { id: true } }),
    "Another field of action has this code.",
    { code: ["#planSetup.errors.fieldCodeTaken"] },
  );

const fieldsOfAction = catalogueActions({
  entity: "fieldOfAction",
  entityType: "FieldOfAction",
  permission: "structure.manage",
  load: (tx, input) => tx.fieldOfAction.findUnique({ where: { id: input.id }, select: fieldSelect }),
});

export const createFieldOfActionAction = fieldsOfAction.create({
  input: createFieldOfActionInput,
  create: async (tx, input) => {
    const masterplan = await tx.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
    if (!masterplan) throw new AppError("CONFLICT", "Create the masterplan first.", formError("noMasterplan"));
    await assertCodeFree(tx, masterplan.id, input.code);
    const base = initiativeSlug(input.title);
    const taken = await tx.fieldOfAction.findMany({ where: { masterplanId: masterplan.id, slug: { startsWith: base } }, select: { slug: true } });
    return tx.fieldOfAction.create({
      data: { ...input, masterplanId: masterplan.id, slug: firstFreeSlug(base, taken.map((t) => t.slug)) },
      select: fieldSelect,
    });
  },
});

// The slug stays: public links to the field keep working when its title changes.
export const updateFieldOfActionAction = fieldsOfAction.update({
  input: updateFieldOfActionInput,
  prepare: (tx, data, before, id) => assertCodeFree(tx, before.masterplanId, data.code, id),
  update: (tx, where, data) => tx.fieldOfAction.updateMany({ where, data }),
});

/** Moves a field one place up or down; the fields are renumbered 10, 20, 30 … in their new order. */
export const moveFieldOfActionAction = defineAction({
  name: "fieldOfAction.move",
  input: moveFieldOfActionInput,
  permission: "structure.manage",
  load: fieldsOfAction.load,
  run: async ({ tx, input, resource, audit }) => {
    if (resource.version !== input.version) await ensureUpdated(0, "FieldOfAction", () => fieldsOfAction.load(tx, input));
    const fields = await tx.fieldOfAction.findMany({
      where: { masterplanId: resource.masterplanId },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, code: true, sortOrder: true },
    });
    const from = fields.findIndex((f) => f.id === input.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= fields.length) throw new AppError("CONFLICT", "The field is already at the edge.", formError("cannotMove"));
    const before = fields.map((f) => f.code);
    const order = [...fields];
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [i, f] of order.entries()) {
      const sortOrder = (i + 1) * 10;
      if (f.sortOrder !== sortOrder) await tx.fieldOfAction.update({ where: { id: f.id }, data: { sortOrder, version: { increment: 1 } } });
    }
    audit({ action: "fieldOfAction.move", entityType: "FieldOfAction", entityId: input.id, before: { order: before }, after: { order: order.map((f) => f.code) } });
    return { order: order.map((f) => f.id) };
  },
});

const fieldOfActionArchiving = archiveActions(fieldsOfAction, (tx, where, archivedAt) =>
  tx.fieldOfAction.updateMany({ where, data: { archivedAt, version: { increment: 1 } } }),
);
export const archiveFieldOfActionAction = fieldOfActionArchiving.archive;
export const unarchiveFieldOfActionAction = fieldOfActionArchiving.unarchive;

export const deleteFieldOfActionAction = fieldsOfAction.remove({
  input: rowVersionInput,
  loadWithUses: (tx, input) =>
    tx.fieldOfAction.findUnique({ where: { id: input.id }, select: { ...fieldSelect, _count: { select: { initiatives: true, kpis: true } } } }),
  inUse: (uses) =>
    uses.initiatives > 0 || uses.kpis > 0 ? new AppError("CONFLICT", "Initiatives or KPIs hang off this field.", formError("fieldInUse")) : null,
  remove: (tx, where) => tx.fieldOfAction.deleteMany({ where }),
});
