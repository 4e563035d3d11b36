// Risks of an initiative: create, edit (version-checked) and close. Admins, the head of the
// initiative's department and its project leads may (`risk.edit`). Every change is audited with
// before/after and the initiative, for its history.
import { initiativeRowActions } from "@/lib/actions/initiative-row-actions";
import { updateRowVersioned } from "@/lib/actions/versioned-update";
import { initiativeFactsSelect, toFacts } from "@/lib/initiatives/facts";
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

const find = (tx: Tx, id: string) => tx.risk.findUnique({ where: { id }, select });

const risks = initiativeRowActions({ entity: "risk", entityType: "Risk", permission: "risk.edit", load: loadRisk, find });

/** Writes `data` only while the risk has the version the caller saw; then reads it back. */
const updateRisk = (tx: Tx, row: { id: string; version: number }, data: Prisma.RiskUncheckedUpdateManyInput) =>
  updateRowVersioned("Risk", row, (args) => tx.risk.updateMany(args), data, () => find(tx, row.id));

export const createRiskAction = risks.create({
  input: createRiskInput,
  create: async ({ tx, input }) => {
    await assertOwner(tx, input.ownerId);
    return tx.risk.create({ data: input, select });
  },
});

export const updateRiskAction = risks.edit("update", {
  input: updateRiskInput,
  edit: async ({ tx, input: { id, version, ...data }, resource: { before } }) => {
    // Keeping an owner who has left since is fine; naming a new one needs an active user.
    if (data.ownerId !== before.ownerId) await assertOwner(tx, data.ownerId);
    return updateRisk(tx, { id, version }, data);
  },
});

export const closeRiskAction = risks.edit("close", {
  input: closeRiskInput,
  edit: ({ tx, input, resource: { before } }) => {
    if (before.status === "CLOSED") throw new AppError("CONFLICT", "The risk is already closed.", { current: before });
    return updateRisk(tx, input, { status: "CLOSED" });
  },
});
