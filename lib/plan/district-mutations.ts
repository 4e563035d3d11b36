// Districts (Stadtbezirke) (admins): create, edit, archive and unarchive; delete only while no
// initiative names the district. Archived districts keep their initiatives but are no longer
// offered for new ones. The slug is derived from the first name and stays (public links).
import { defineAction, ensureUpdated } from "@/lib/actions/define-action";
import { updateVersioned } from "@/lib/actions/versioned-update";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { firstFreeSlug, initiativeSlug } from "@/lib/initiatives/schemas";
import { archiveActions } from "./archive-actions";
import { createDistrictInput, rowVersionInput, updateDistrictInput } from "./schemas";

export const districtSelect = { id: true, code: true, slug: true, name: true, sortOrder: true, archivedAt: true, version: true } as const;

async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const clash = await tx.district.findFirst({ where: { code, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (clash) throw new AppError("CONFLICT", "Another district has this code.", { fieldErrors: { code: ["#planSetup.errors.districtCodeTaken"] } });
}

const loadDistrict = (tx: Tx, input: { id: string }) => tx.district.findUnique({ where: { id: input.id }, select: districtSelect });

export const createDistrictAction = defineAction({
  name: "district.create",
  input: createDistrictInput,
  permission: "structure.manage",
  load: async () => ({}),
  run: async ({ tx, input, audit }) => {
    await assertCodeFree(tx, input.code);
    const base = initiativeSlug(input.name);
    const taken = await tx.district.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const created = await tx.district.create({ data: { ...input, slug: firstFreeSlug(base, taken.map((t) => t.slug)) }, select: districtSelect });
    audit({ action: "district.create", entityType: "District", entityId: created.id, after: created });
    return created;
  },
});

export const updateDistrictAction = defineAction({
  name: "district.update",
  input: updateDistrictInput,
  permission: "structure.manage",
  load: loadDistrict,
  run: async ({ tx, input, resource: before, audit }) => {
    const { id, version, ...data } = input;
    await assertCodeFree(tx, data.code, id);
    const after = await updateVersioned(
      "District",
      () => tx.district.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),
      () => loadDistrict(tx, { id }),
    );
    audit({ action: "district.update", entityType: "District", entityId: id, before, after });
    return after;
  },
});

const districtArchiving = archiveActions({
  entity: "district",
  entityType: "District",
  load: loadDistrict,
  setArchivedAt: (tx, where, archivedAt) => tx.district.updateMany({ where, data: { archivedAt, version: { increment: 1 } } }),
});
export const archiveDistrictAction = districtArchiving.archive;
export const unarchiveDistrictAction = districtArchiving.unarchive;

export const deleteDistrictAction = defineAction({
  name: "district.delete",
  input: rowVersionInput,
  permission: "structure.manage",
  load: (tx, input) => tx.district.findUnique({ where: { id: input.id }, select: { ...districtSelect, _count: { select: { initiatives: true } } } }),
  run: async ({ tx, input, resource, audit }) => {
    const { _count: uses, ...before } = resource;
    if (uses.initiatives > 0) throw new AppError("CONFLICT", "Initiatives name this district.", { fieldErrors: { _form: ["#planSetup.errors.districtInUse"] } });
    const { count } = await tx.district.deleteMany({ where: { id: input.id, version: input.version } });
    await ensureUpdated(count, "District", () => loadDistrict(tx, input));
    audit({ action: "district.delete", entityType: "District", entityId: input.id, before });
    return { id: input.id };
  },
});
