// Districts (Stadtbezirke) (admins): create, edit, archive and unarchive; delete only while no
// initiative names the district. Archived districts keep their initiatives but are no longer
// offered for new ones. The slug is derived from the first name and stays (public links).
import { assertNoClash, catalogueActions, otherThan } from "@/lib/actions/catalogue-actions";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { firstFreeSlug, initiativeSlug } from "@/lib/initiatives/schemas";
import { archiveActions } from "./archive-actions";
import { createDistrictInput, rowVersionInput, updateDistrictInput } from "./schemas";

export const districtSelect = { id: true, code: true, slug: true, name: true, sortOrder: true, archivedAt: true, version: true } as const;

const assertCodeFree = (tx: Tx, code: string, exceptId?: string) =>
  assertNoClash(tx.district.findFirst({ where: { code, ...otherThan(exceptId) }, select: { id: true } }), "Another district has this code.", {
    code: ["#planSetup.errors.districtCodeTaken"],
  });

const districts = catalogueActions({
  entity: "district",
  entityType: "District",
  permission: "structure.manage",
  load: (tx, input) => tx.district.findUnique({ where: { id: input.id }, select: districtSelect }),
});

export const createDistrictAction = districts.create({
  input: createDistrictInput,
  create: async (tx, input) => {
    await assertCodeFree(tx, input.code);
    const base = initiativeSlug(input.name);
    const taken = await tx.district.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    return tx.district.create({ data: { ...input, slug: firstFreeSlug(base, taken.map((t) => t.slug)) }, select: districtSelect });
  },
});

export const updateDistrictAction = districts.update({
  input: updateDistrictInput,
  prepare: (tx, data, _before, id) => assertCodeFree(tx, data.code, id),
  update: (tx, where, data) => tx.district.updateMany({ where, data }),
});

const districtArchiving = archiveActions(districts, (tx, where, archivedAt) =>
  tx.district.updateMany({ where, data: { archivedAt, version: { increment: 1 } } }),
);
export const archiveDistrictAction = districtArchiving.archive;
export const unarchiveDistrictAction = districtArchiving.unarchive;

export const deleteDistrictAction = districts.remove({
  input: rowVersionInput,
  loadWithUses: (tx, input) => tx.district.findUnique({ where: { id: input.id }, select: { ...districtSelect, _count: { select: { initiatives: true } } } }),
  inUse: (uses) =>
    uses.initiatives > 0 ? new AppError("CONFLICT", "Initiatives name this district.", { fieldErrors: { _form: ["#planSetup.errors.districtInUse"] } }) : null,
  remove: (tx, where) => tx.district.deleteMany({ where }),
});
