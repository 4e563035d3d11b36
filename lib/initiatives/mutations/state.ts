// The small, frequent changes to an initiative, each version-checked and audited: status and
// health (Status und Lage), visibility on the public site, and archiving.
import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { archiveInitiativeInput, setInitiativeStatusInput, setInitiativeVisibilityInput } from "../schemas";
import { checkedHealthReason } from "./health-check";
import { loadInitiative, updateInitiativeRow } from "./shared";

export const setInitiativeStatusAction = defineAction({
  name: "initiative.setStatus",
  input: setInitiativeStatusInput,
  permission: "initiative.update",
  load: (tx, input) => loadInitiative(tx, input.id),
  run: async ({ tx, input, resource: { snapshot: before }, audit }) => {
    const { id, version, status, health } = input;
    // A health greener than the data suggest needs a reason too (checked against the stored initiative).
    const healthReason = await checkedHealthReason(tx, id, input);
    const after = await updateInitiativeRow(tx, id, version, { status, health, healthReason });
    audit({ action: "initiative.setStatus", entityType: "Initiative", entityId: id, initiativeId: id, before, after });
    return after;
  },
});

export const setInitiativeVisibilityAction = defineAction({
  name: "initiative.setVisibility",
  input: setInitiativeVisibilityInput,
  permission: "initiative.update",
  load: (tx, input) => loadInitiative(tx, input.id),
  run: async ({ tx, input, resource: { snapshot: before }, audit }) => {
    const after = await updateInitiativeRow(tx, input.id, input.version, { visibility: input.visibility });
    audit({ action: "initiative.setVisibility", entityType: "Initiative", entityId: input.id, initiativeId: input.id, before, after });
    return after;
  },
});

/** Archived initiatives leave the portfolio lists and the public site but keep their history. */
export const archiveInitiativeAction = defineAction({
  name: "initiative.archive",
  input: archiveInitiativeInput,
  permission: "initiative.update",
  load: (tx, input) => loadInitiative(tx, input.id),
  run: async ({ tx, input, resource: { snapshot: before }, audit }) => {
    if (before.archivedAt) throw new AppError("CONFLICT", "The initiative is already archived.");
    const after = await updateInitiativeRow(tx, input.id, input.version, { archivedAt: new Date() });
    audit({ action: "initiative.archive", entityType: "Initiative", entityId: input.id, initiativeId: input.id, before, after });
    return after;
  },
});

export const unarchiveInitiativeAction = defineAction({
  name: "initiative.unarchive",
  input: archiveInitiativeInput,
  permission: "initiative.update",
  load: (tx, input) => loadInitiative(tx, input.id),
  run: async ({ tx, input, resource: { snapshot: before }, audit }) => {
    if (!before.archivedAt) throw new AppError("CONFLICT", "The initiative is not archived.");
    const after = await updateInitiativeRow(tx, input.id, input.version, { archivedAt: null });
    audit({ action: "initiative.unarchive", entityType: "Initiative", entityId: input.id, initiativeId: input.id, before, after });
    return after;
  },
});
