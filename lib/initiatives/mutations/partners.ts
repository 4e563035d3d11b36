// Linking partners to an initiative: who contributes what, in which role, with how much money
// committed. Links are version-checked like every editable row.
import { defineAction, ensureUpdated } from "@/lib/actions/define-action";
import { updateVersioned } from "@/lib/actions/versioned-update";
import type { AuditInput } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { PartnerRole } from "@/lib/generated/prisma/enums";
import { addInitiativePartnerInput, removeInitiativePartnerInput, updateInitiativePartnerInput } from "../schemas";
import { loadInitiative } from "./shared";

const linkSelect = {
  id: true,
  initiativeId: true,
  partnerId: true,
  role: true,
  contribution: true,
  committedAmount: true,
  version: true,
  partner: { select: { name: true } },
} as const;

/** A link as audited and returned: the amount as a string with two decimals (never a float). */
async function linkSnapshot(tx: Tx, id: string) {
  const row = await tx.initiativePartner.findUnique({ where: { id }, select: linkSelect });
  if (!row) return null;
  const { partner, committedAmount, ...rest } = row;
  return { ...rest, partnerName: partner.name, committedAmount: committedAmount?.toFixed(2) ?? null };
}

async function loadLink(tx: Tx, id: string) {
  const link = await linkSnapshot(tx, id);
  if (!link) return null;
  const initiative = await loadInitiative(tx, link.initiativeId);
  return initiative && { link, departmentId: initiative.departmentId, leadUserIds: initiative.leadUserIds };
}

const alreadyLinked = () =>
  new AppError("CONFLICT", "The partner already has this role in the initiative.", { fieldErrors: { role: ["#initiatives.errors.partnerLinked"] } });

type NewLink = { initiativeId: string; partnerId: string; role: PartnerRole; contribution?: string; committedAmount?: string | null };

/**
 * Links a partner to an initiative in a role, audited. Also the new-initiative form's way of adding
 * its first partners. Refused: an unknown partner (on the field partnerId), the same partner in the
 * same role twice (on role).
 */
export async function linkPartner(tx: Tx, link: NewLink, audit: (e: AuditInput) => void) {
  if (!(await tx.partner.count({ where: { id: link.partnerId } }))) {
    throw new AppError("VALIDATION", "Unknown partner.", { fieldErrors: { partnerId: ["#validation.choice"] } });
  }
  const clash = await tx.initiativePartner.count({ where: { initiativeId: link.initiativeId, partnerId: link.partnerId, role: link.role } });
  if (clash) throw alreadyLinked();
  const { id } = await tx.initiativePartner.create({ data: link, select: { id: true } });
  const after = (await linkSnapshot(tx, id))!;
  audit({ action: "initiative.addPartner", entityType: "InitiativePartner", entityId: id, initiativeId: link.initiativeId, after });
  return after;
}

export const addInitiativePartnerAction = defineAction({
  name: "initiative.addPartner",
  input: addInitiativePartnerInput,
  permission: "initiative.update",
  load: (tx, input) => loadInitiative(tx, input.initiativeId),
  run: ({ tx, input, audit }) => linkPartner(tx, input, audit),
});

export const updateInitiativePartnerAction = defineAction({
  name: "initiative.updatePartner",
  input: updateInitiativePartnerInput,
  permission: "initiative.update",
  load: (tx, input) => loadLink(tx, input.id),
  run: async ({ tx, input, resource: { link: before }, audit }) => {
    const { id, version, ...data } = input;
    if (data.role !== before.role) {
      const clash = await tx.initiativePartner.count({ where: { initiativeId: before.initiativeId, partnerId: before.partnerId, role: data.role } });
      if (clash) throw alreadyLinked();
    }
    const after = await updateVersioned(
      "InitiativePartner",
      () => tx.initiativePartner.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),
      () => linkSnapshot(tx, id),
    );
    audit({ action: "initiative.updatePartner", entityType: "InitiativePartner", entityId: id, initiativeId: before.initiativeId, before, after });
    return after;
  },
});

export const removeInitiativePartnerAction = defineAction({
  name: "initiative.removePartner",
  input: removeInitiativePartnerInput,
  permission: "initiative.update",
  load: (tx, input) => loadLink(tx, input.id),
  run: async ({ tx, input, resource: { link: before }, audit }) => {
    const { count } = await tx.initiativePartner.deleteMany({ where: { id: input.id, version: input.version } });
    await ensureUpdated(count, "InitiativePartner", () => linkSnapshot(tx, input.id));
    audit({ action: "initiative.removePartner", entityType: "InitiativePartner", entityId: input.id, initiativeId: before.initiativeId, before });
    return { id: input.id };
  },
});
