// The small, frequent changes to an initiative, each version-checked and audited: status and
// health (Status und Lage), visibility on the public site, and archiving (un-archiving a public
// initiative is a publication under PUBLISH_REVIEW).
import type { z } from "zod";
import { defineAction, ensureUpdated } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishReviewOn, requestPublication, type PublishRequested } from "@/lib/publish/gate";
import { archiveInitiativeInput, setInitiativeStatusInput, setInitiativeVisibilityInput } from "../schemas";
import { checkedHealthReason } from "./health-check";
import { loadInitiative, updateInitiativeRow, type InitiativeSnapshot } from "./shared";

/**
 * One small change (`initiative.update`): `change` checks the stored initiative and says what to
 * write; the write is version-checked and audited before/after under the action's name.
 */
function initiativeChangeAction<S extends z.ZodType<{ id: string; version: number }>>(
  name: string,
  input: S,
  change: (tx: Tx, input: z.infer<S>, before: InitiativeSnapshot) => Promise<Omit<Prisma.InitiativeUpdateManyMutationInput, "version">>,
) {
  return defineAction({
    name,
    input,
    permission: "initiative.update",
    load: (tx, input) => loadInitiative(tx, input.id),
    run: async ({ tx, input, resource: { snapshot: before }, audit }) => {
      const { id, version } = input;
      const after = await updateInitiativeRow(tx, id, version, await change(tx, input, before));
      audit({ action: name, entityType: "Initiative", entityId: id, initiativeId: id, before, after });
      return after;
    },
  });
}

export const setInitiativeStatusAction = initiativeChangeAction("initiative.setStatus", setInitiativeStatusInput, async (tx, input) => {
  // A health greener than the data suggest needs a reason too (checked against the stored initiative).
  const healthReason = await checkedHealthReason(tx, input.id, input);
  return { status: input.status, health: input.health, healthReason };
});

/**
 * Visibility on the public site. Making an internal initiative public is, with PUBLISH_REVIEW on, a
 * publication request another person approves (lib/publish/); the initiative stays internal until
 * then. Taking it off the public site is immediate.
 */
export const setInitiativeVisibilityAction = defineAction({
  name: "initiative.setVisibility",
  input: setInitiativeVisibilityInput,
  permission: "initiative.update",
  load: (tx, input) => loadInitiative(tx, input.id),
  run: async ({ tx, input, actor, resource: { snapshot: before }, audit }): Promise<InitiativeSnapshot & { publishRequested?: true }> => {
    const { id, version } = input;
    if (input.visibility === "PUBLIC" && before.visibility !== "PUBLIC" && publishReviewOn()) {
      await ensureUpdated(before.version === version ? 1 : 0, "Initiative", async () => before);
      return { ...before, ...(await requestPublication({ tx, actor, audit }, "INITIATIVE", id)) };
    }
    const after = await updateInitiativeRow(tx, id, version, { visibility: input.visibility });
    audit({ action: "initiative.setVisibility", entityType: "Initiative", entityId: id, initiativeId: id, before, after });
    return after;
  },
});

/** Archived initiatives leave the portfolio lists and the public site but keep their history. */
export const archiveInitiativeAction = initiativeChangeAction("initiative.archive", archiveInitiativeInput, async (_tx, _input, before) => {
  if (before.archivedAt) throw new AppError("CONFLICT", "The initiative is already archived.");
  return { archivedAt: new Date() };
});

/**
 * Un-archiving brings an initiative back. One that was public would be on the public site again at
 * once; with PUBLISH_REVIEW on it comes back internal instead, and the un-archiving user's
 * publication request (same transaction) puts it back once another person approves what it shows
 * now — its public parts may have changed while it was archived. PUBLISH_REVIEW=false: back as it was.
 */
export const unarchiveInitiativeAction = defineAction({
  name: "initiative.unarchive",
  input: archiveInitiativeInput,
  permission: "initiative.update",
  load: (tx, input) => loadInitiative(tx, input.id),
  run: async ({ tx, input, actor, resource: { snapshot: before }, audit }): Promise<InitiativeSnapshot & Partial<PublishRequested>> => {
    const { id, version } = input;
    if (!before.archivedAt) throw new AppError("CONFLICT", "The initiative is not archived.");
    const ask = before.visibility === "PUBLIC" && publishReviewOn();
    const after = await updateInitiativeRow(tx, id, version, { archivedAt: null, ...(ask ? { visibility: "INTERNAL" as const } : {}) });
    audit({ action: "initiative.unarchive", entityType: "Initiative", entityId: id, initiativeId: id, before, after });
    return ask ? { ...after, ...(await requestPublication({ tx, actor, audit }, "INITIATIVE", id)) } : after;
  },
});
