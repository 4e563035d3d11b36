// Planning milestones: add, edit (everything but the dates), reorder and delete. Every action goes
// through the one builder with permission "milestone.edit" and is audited with the initiative, so
// the change shows in its history. Dates move only through the forecast (status-mutations.ts).
import { defineAction, ensureUpdated } from "@/lib/actions/define-action";
import { milestoneAction } from "./milestone-action";
import { updateVersioned } from "@/lib/actions/versioned-update";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertPartnerOfInitiative, assertVersion, findMilestone, getMilestone, MILESTONE_ORDER, type PresentedMilestone } from "./records";
import { addMilestoneInput, deleteMilestoneInput, editMilestoneInput, reorderMilestoneInput } from "./schemas";
import { insertMilestone } from "./writes";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";
import { partBecomesVisible, publishReviewOn, requestPublication } from "@/lib/publish/gate";
import { notifyMilestoneChange } from "@/lib/subscriptions/notify";

const AUDIT = { entityType: "Milestone" } as const;

export const addMilestoneAction = defineAction({
  name: "milestone.create",
  input: addMilestoneInput,
  permission: "milestone.edit",
  load: (tx, input) => loadInitiativeFacts(tx, input.initiativeId),
  run: async ({ tx, input, actor, resource, audit }) => {
    const { initiativeId } = resource;
    const { initiativeId: _i, ...milestone } = input;
    // A new milestone shown on a public initiative's page is a publication request too (PUBLISH_REVIEW):
    // it is added internal, and becomes public once another person approves.
    const ask = milestone.isPublic && publishReviewOn() && (await partBecomesVisible(tx, initiativeId));
    const after = await insertMilestone(tx, actor.id, initiativeId, { ...milestone, isPublic: ask ? false : milestone.isPublic });
    audit({ ...AUDIT, action: "milestone.create", entityId: after.id, initiativeId, after });
    return ask ? { ...after, ...(await requestPublication({ tx, actor, audit }, "MILESTONE", after.id)) } : after;
  },
});

export const editMilestoneAction = milestoneAction("milestone.update", editMilestoneInput, async ({ tx, input, actor, resource: { milestone: before }, audit, now }) => {
  const { id, version, ...data } = input;
  assertVersion(before, version);
  await assertPartnerOfInitiative(tx, before.initiativeId, data.responsiblePartnerId);
  // Showing it on a public initiative's page is a publication request while PUBLISH_REVIEW is on.
  const ask = data.isPublic && !before.isPublic && publishReviewOn() && (await partBecomesVisible(tx, before.initiativeId));
  const after = await updateVersioned(
    "Milestone",
    () => tx.milestone.updateMany({ where: { id, version }, data: { ...data, isPublic: ask ? false : data.isPublic, version: { increment: 1 } } }),
    () => findMilestone(tx, id),
  );
  audit({ ...AUDIT, action: "milestone.update", entityId: id, initiativeId: before.initiativeId, before, after });
  // The form leaves the dates alone today; should it ever change them, subscribers hear of it all the same.
  await notifyMilestoneChange(tx, before, after, now);
  return ask ? { ...after, ...(await requestPublication({ tx, actor, audit }, "MILESTONE", id)) } : after;
});

/** The initiative's milestones in display order; ties in sortOrder are first numbered apart (order unchanged). */
async function orderedSiblings(tx: Tx, initiativeId: string) {
  const rows = await tx.milestone.findMany({ where: { initiativeId }, orderBy: [...MILESTONE_ORDER], select: { id: true, sortOrder: true, version: true } });
  const distinct = rows.every((r, i) => i === 0 || r.sortOrder > rows[i - 1]!.sortOrder);
  if (distinct) return rows;
  for (const [i, r] of rows.entries()) {
    if (r.sortOrder !== i + 1) await tx.milestone.update({ where: { id: r.id }, data: { sortOrder: i + 1 } });
  }
  return rows.map((r, i) => ({ ...r, sortOrder: i + 1 }));
}

/** Moves one row; a stale version is a conflict that reports the milestone the user moved (`actedOn`). */
async function setSortOrder(tx: Tx, m: { id: string; version: number }, sortOrder: number, actedOn: string) {
  const { count } = await tx.milestone.updateMany({ where: { id: m.id, version: m.version }, data: { sortOrder, version: { increment: 1 } } });
  await ensureUpdated(count, "Milestone", () => findMilestone(tx, actedOn));
}

export const reorderMilestoneAction = milestoneAction("milestone.reorder", reorderMilestoneInput, async ({ tx, input, resource: { milestone }, audit }) => {
  assertVersion(milestone, input.version);
  const siblings = await orderedSiblings(tx, milestone.initiativeId);
  const index = siblings.findIndex((s) => s.id === milestone.id);
  const self = siblings[index]!;
  const other = siblings[input.direction === "up" ? index - 1 : index + 1];
  if (!other) {
    throw new AppError("VALIDATION", "The milestone is already at that end.", { fieldErrors: { _form: [`#milestones.errors.cannotMove.${input.direction}`] } });
  }
  // Both rows are version-checked: a concurrent move of either one makes this one a conflict.
  // Rows are written in id order, so two moves of neighbouring rows never deadlock.
  const moved: [PresentedMilestone, { id: string; version: number }, number][] = [
    [milestone, { id: self.id, version: input.version }, other.sortOrder],
    [await getMilestone(tx, other.id), other, self.sortOrder],
  ];
  moved.sort(([, a], [, b]) => (a.id < b.id ? -1 : 1));
  let result = milestone;
  for (const [before, row, sortOrder] of moved) {
    await setSortOrder(tx, row, sortOrder, milestone.id);
    const after = await getMilestone(tx, row.id);
    audit({ ...AUDIT, action: "milestone.reorder", entityId: row.id, initiativeId: milestone.initiativeId, before, after });
    if (row.id === milestone.id) result = after;
  }
  return result;
});

export const deleteMilestoneAction = milestoneAction("milestone.delete", deleteMilestoneInput, async ({ tx, input, resource: { milestone: before }, audit }) => {
  assertVersion(before, input.version);
  if (before.completedDate) {
    // Done milestones count towards progress and stay on record.
    throw new AppError("CONFLICT", "A completed milestone cannot be deleted.", { fieldErrors: { _form: ["#milestones.errors.deleteCompleted"] } });
  }
  const { count } = await tx.milestone.deleteMany({ where: { id: input.id, version: input.version, completedDate: null } });
  await ensureUpdated(count, "Milestone", () => findMilestone(tx, input.id));
  audit({ ...AUDIT, action: "milestone.delete", entityId: input.id, initiativeId: before.initiativeId, before });
  return { id: input.id };
});
