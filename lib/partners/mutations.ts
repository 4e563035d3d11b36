// Partner management (admins). Each action goes through the one builder. The slug is derived
// from the name on creation and follows the name when it is renamed; names and slugs are unique.
import { assertNoClash, catalogueActions, otherThan } from "@/lib/actions/catalogue-actions";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createPartnerInput, deletePartnerInput, partnerSlug, updatePartnerInput } from "./schemas";

const select = { id: true, slug: true, name: true, kind: true, website: true, description: true, version: true } as const;

const partners = catalogueActions({
  entity: "partner",
  entityType: "Partner",
  permission: "partner.manage",
  load: (tx, input) => tx.partner.findUnique({ where: { id: input.id }, select }),
});

/** Another partner already has this name or the slug it would get ("Müller" and "Mueller" collide). */
const assertNameFree = (tx: Tx, name: string, slug: string, exceptId?: string) =>
  assertNoClash(
    tx.partner.findFirst({ where: { OR: [{ name }, { slug }], ...otherThan(exceptId) }, select: { id: true } }),
    "A partner with this name exists.",
    { name: ["#partners.errors.nameTaken"] },
  );

export const createPartnerAction = partners.create({
  input: createPartnerInput,
  create: async (tx, input) => {
    const slug = partnerSlug(input.name);
    await assertNameFree(tx, input.name, slug);
    return tx.partner.create({ data: { ...input, slug }, select });
  },
});

export const updatePartnerAction = partners.update({
  input: updatePartnerInput,
  prepare: async (tx, data, before, id) => {
    // Keep a curated slug while the name stays; a renamed partner gets the slug of its new name.
    const slug = data.name === before.name ? before.slug : partnerSlug(data.name);
    await assertNameFree(tx, data.name, slug, id);
    return { slug };
  },
  update: (tx, where, data) => tx.partner.updateMany({ where, data }),
});

export const deletePartnerAction = partners.remove({
  input: deletePartnerInput,
  loadWithUses: (tx, input) =>
    tx.partner.findUnique({ where: { id: input.id }, select: { ...select, _count: { select: { initiatives: true, milestones: true } } } }),
  inUse: (uses) =>
    uses.initiatives > 0 || uses.milestones > 0
      ? new AppError("CONFLICT", "The partner still works on initiatives or is responsible for milestones.")
      : null,
  remove: (tx, where) => tx.partner.deleteMany({ where }),
});
