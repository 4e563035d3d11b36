// Partner management (admins). Each action goes through the one builder. The slug is derived
// from the name on creation and follows the name when it is renamed; names and slugs are unique.
import { defineAction, ensureUpdated } from "@/lib/actions/define-action";
import { updateVersioned } from "@/lib/actions/versioned-update";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createPartnerInput, deletePartnerInput, partnerSlug, updatePartnerInput } from "./schemas";

const select = { id: true, slug: true, name: true, kind: true, website: true, description: true, version: true } as const;

const loadPartner = (tx: Tx, input: { id: string }) => tx.partner.findUnique({ where: { id: input.id }, select });

/** Another partner already has this name or the slug it would get ("Müller" and "Mueller" collide). */
async function assertNameFree(tx: Tx, name: string, slug: string, exceptId?: string) {
  const clash = await tx.partner.findFirst({
    where: { OR: [{ name }, { slug }], ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", "A partner with this name exists.", { fieldErrors: { name: ["#partners.errors.nameTaken"] } });
}

export const createPartnerAction = defineAction({
  name: "partner.create",
  input: createPartnerInput,
  permission: "partner.manage",
  load: async () => ({}),
  run: async ({ tx, input, audit }) => {
    const slug = partnerSlug(input.name);
    await assertNameFree(tx, input.name, slug);
    const created = await tx.partner.create({ data: { ...input, slug }, select });
    audit({ action: "partner.create", entityType: "Partner", entityId: created.id, after: created });
    return created;
  },
});

export const updatePartnerAction = defineAction({
  name: "partner.update",
  input: updatePartnerInput,
  permission: "partner.manage",
  load: loadPartner,
  run: async ({ tx, input, resource: before, audit }) => {
    const { id, version, ...data } = input;
    // Keep a curated slug while the name stays; a renamed partner gets the slug of its new name.
    const slug = data.name === before.name ? before.slug : partnerSlug(data.name);
    await assertNameFree(tx, data.name, slug, id);
    const after = await updateVersioned(
      "Partner",
      () => tx.partner.updateMany({ where: { id, version }, data: { ...data, slug, version: { increment: 1 } } }),
      () => loadPartner(tx, { id }),
    );
    audit({ action: "partner.update", entityType: "Partner", entityId: id, before, after });
    return after;
  },
});

export const deletePartnerAction = defineAction({
  name: "partner.delete",
  input: deletePartnerInput,
  permission: "partner.manage",
  load: (tx, input) =>
    tx.partner.findUnique({ where: { id: input.id }, select: { ...select, _count: { select: { initiatives: true, milestones: true } } } }),
  run: async ({ tx, input, resource, audit }) => {
    if (resource._count.initiatives > 0 || resource._count.milestones > 0) {
      throw new AppError("CONFLICT", "The partner still works on initiatives or is responsible for milestones.");
    }
    const { count } = await tx.partner.deleteMany({ where: { id: input.id, version: input.version } });
    await ensureUpdated(count, "Partner", () => loadPartner(tx, input));
    const { _count: _c, ...before } = resource;
    audit({ action: "partner.delete", entityType: "Partner", entityId: input.id, before });
    return { id: input.id };
  },
});
