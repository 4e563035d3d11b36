// Risks of an initiative: create, edit (version-checked) and close. Admins, the head of the
// initiative's department and its project leads may (`risk.edit`). Every change is audited with
// before/after and the initiative, for its history.
import { defineAction } from "@/lib/actions/define-action";
import { updateVersioned } from "@/lib/actions/versioned-update";
import { initiativeFactsSelect, loadInitiativeFacts, toFacts } from "@/lib/initiatives/facts";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { closeRiskInput, createRiskInput, updateRiskInput } from "./schemas";

const select = {
  id: true,
  initiativeId: true,
  title: true,
  description: true,
  probability: true,
  impact: true,
  mitigation: true,
  ownerId: true,
  status: true,
  version: true,
} as const;

async function loadRisk(tx: Tx, id: string) {
  const risk = await tx.risk.findUnique({ where: { id }, select: { ...select, initiative: { select: initiativeFactsSelect } } });
  if (!risk) return null;
  const { initiative, ...before } = risk;
  return { ...toFacts(initiative), before };
}

/** The owner must be an active user; a field error otherwise (an unknown id reads the same). */
async function assertOwner(tx: Tx, ownerId: string | null) {
  if (!ownerId) return;
  const owner = await tx.user.findFirst({ where: { id: ownerId, active: true }, select: { id: true } });
  if (!owner) throw new AppError("VALIDATION", "The owner is not an active user.", { fieldErrors: { ownerId: ["#risks.errors.owner"] } });
}

const reload = (tx: Tx, id: string) => () => tx.risk.findUnique({ where: { id }, select });

/** Writes `data` only while the risk has the version the caller saw; then reads it back. */
const updateRisk = (tx: Tx, row: { id: string; version: number }, data: Prisma.RiskUncheckedUpdateManyInput) =>
  updateVersioned(
    "Risk",
    () => tx.risk.updateMany({ where: { id: row.id, version: row.version }, data: { ...data, version: { increment: 1 } } }),
    reload(tx, row.id),
  );

export const createRiskAction = defineAction({
  name: "risk.create",
  input: createRiskInput,
  permission: "risk.edit",
  load: (tx, input) => loadInitiativeFacts(tx, input.initiativeId),
  run: async ({ tx, input, audit }) => {
    await assertOwner(tx, input.ownerId);
    const created = await tx.risk.create({ data: input, select });
    audit({ action: "risk.create", entityType: "Risk", entityId: created.id, initiativeId: input.initiativeId, after: created });
    return { id: created.id };
  },
});

export const updateRiskAction = defineAction({
  name: "risk.update",
  input: updateRiskInput,
  permission: "risk.edit",
  load: (tx, input) => loadRisk(tx, input.id),
  run: async ({ tx, input, resource: { before, initiativeId }, audit }) => {
    const { id, version, ...data } = input;
    // Keeping an owner who has left since is fine; naming a new one needs an active user.
    if (data.ownerId !== before.ownerId) await assertOwner(tx, data.ownerId);
    const after = await updateRisk(tx, { id, version }, data);
    audit({ action: "risk.update", entityType: "Risk", entityId: id, initiativeId, before, after });
    return { id, version: after.version };
  },
});

export const closeRiskAction = defineAction({
  name: "risk.close",
  input: closeRiskInput,
  permission: "risk.edit",
  load: (tx, input) => loadRisk(tx, input.id),
  run: async ({ tx, input, resource: { before, initiativeId }, audit }) => {
    if (before.status === "CLOSED") throw new AppError("CONFLICT", "The risk is already closed.", { current: before });
    const after = await updateRisk(tx, input, { status: "CLOSED" });
    audit({ action: "risk.close", entityType: "Risk", entityId: input.id, initiativeId, before, after });
    return { id: input.id, version: after.version };
  },
});
