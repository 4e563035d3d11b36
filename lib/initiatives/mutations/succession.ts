// "Merged into" / "superseded by": an initiative that lives on in another one says so, instead of
// being silently archived. Setting a successor archives the initiative (it leaves the portfolio and
// the public site; its page tells where it went); clearing it keeps the archive state. The
// successor must exist, be current (not archived) and not lead back to this initiative.
import { defineAction } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { setSuccessorInput } from "../schemas";
import { updateRowVersioned } from "@/lib/actions/versioned-update";
import { initiativeSnapshot, loadInitiative } from "./shared";

const successorError = (message: string, key: string) => new AppError("VALIDATION", message, { fieldErrors: { successorCode: [key] } });

/** The successor by code, checked: exists, is another, current initiative, and no chain leads back. */
async function checkedSuccessor(tx: Tx, id: string, code: string): Promise<string> {
  const successor = await tx.initiative.findUnique({ where: { code }, select: { id: true, archivedAt: true } });
  if (!successor) throw successorError("Unknown initiative code.", "#initiatives.succession.errors.unknown");
  if (successor.id === id) throw successorError("An initiative cannot succeed itself.", "#initiatives.succession.errors.self");
  if (successor.archivedAt) throw successorError("The successor is archived.", "#initiatives.succession.errors.archived");
  // A successor that is current has no successor of its own in practice, but walk the chain anyway.
  const seen = new Set([id]);
  for (let next: string | null = successor.id; next; ) {
    if (seen.has(next)) throw successorError("That would make a circle of successors.", "#initiatives.succession.errors.cycle");
    seen.add(next);
    next = (await tx.initiative.findUnique({ where: { id: next }, select: { successorId: true } }))?.successorId ?? null;
  }
  return successor.id;
}

export const setInitiativeSuccessorAction = defineAction({
  name: "initiative.setSuccessor",
  input: setSuccessorInput,
  permission: "initiative.update",
  load: (tx, input) => loadInitiative(tx, input.id),
  run: async ({ tx, input, resource: { snapshot }, audit }) => {
    const row = await tx.initiative.findUniqueOrThrow({ where: { id: input.id }, select: { successorId: true, successionKind: true } });
    const before = { ...snapshot, ...row };
    const successorId = input.kind ? await checkedSuccessor(tx, input.id, input.successorCode) : null;
    const data = { successorId, successionKind: input.kind, ...(input.kind && !snapshot.archivedAt ? { archivedAt: new Date() } : {}) };
    const after = await updateRowVersioned("Initiative", input, (args) => tx.initiative.updateMany(args), data, () => initiativeSnapshot(tx, input.id));
    const result = { ...after, successorId, successionKind: input.kind };
    audit({ action: "initiative.setSuccessor", entityType: "Initiative", entityId: input.id, initiativeId: input.id, before, after: result });
    return result;
  },
});
