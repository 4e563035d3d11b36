// Keeping milestones current: mark done (one click, today in the city's time zone unless another
// past date is given), take a completion back (with a reason), and move the forecast date (with a
// mandatory reason, appended to the milestone's forecast history). Permission "milestone.progress"
// (also a partner contact's, on their partner's milestones);
// every change is version-checked and audited with the initiative.
import { milestoneAction } from "./milestone-action";
import { updateVersioned } from "@/lib/actions/versioned-update";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { cityToday, dateValue } from "./dates";
import { assertVersion, findMilestone, type PresentedMilestone } from "./records";
import { completeMilestoneInput, moveForecastInput, reopenMilestoneInput } from "./schemas";
import { writeForecast } from "./writes";
import { notifyMilestoneChange } from "@/lib/subscriptions/notify";

const AUDIT = { entityType: "Milestone" } as const;

/** The request does not fit the milestone's state (done / open): a conflict that carries the stored row. */
function stateConflict(current: PresentedMilestone, key: string, field = "_form"): AppError {
  return new AppError("CONFLICT", `Milestone state does not allow this (${key}).`, { current, fieldErrors: { [field]: [`#milestones.errors.${key}`] } });
}

/**
 * Marks the milestone done on `completedDate`, or open again with null, only while it has the
 * caller's version and is still in the other state (open, done); then reads it back.
 */
function writeCompletion(tx: Tx, row: { id: string; version: number }, completedDate: Date | null) {
  return updateVersioned(
    "Milestone",
    () =>
      tx.milestone.updateMany({
        where: { id: row.id, version: row.version, completedDate: completedDate ? null : { not: null } },
        data: { completedDate, version: { increment: 1 } },
      }),
    () => findMilestone(tx, row.id),
  );
}

export const completeMilestoneAction = milestoneAction("milestone.complete", completeMilestoneInput, async ({ tx, input, resource: { milestone: before }, audit, now }) => {
  assertVersion(before, input.version);
  if (before.completedDate) throw stateConflict(before, "alreadyDone");
  const today = cityToday();
  const completedDate = input.completedDate ?? today;
  if (completedDate > today) {
    throw new AppError("VALIDATION", "The completion date lies in the future.", { fieldErrors: { completedDate: ["#milestones.errors.completedInFuture"] } });
  }
  const after = await writeCompletion(tx, input, dateValue(completedDate));
  audit({ ...AUDIT, action: "milestone.complete", entityId: input.id, initiativeId: before.initiativeId, before, after });
  await notifyMilestoneChange(tx, before, after, now);
  return after;
}, "milestone.progress");

export const reopenMilestoneAction = milestoneAction("milestone.reopen", reopenMilestoneInput, async ({ tx, input, resource: { milestone: before }, audit, now }) => {
  assertVersion(before, input.version);
  if (!before.completedDate) throw stateConflict(before, "notDone");
  const after = await writeCompletion(tx, input, null);
  // The reason is kept with the event: there is no column for it, and the history is where it is read.
  audit({ ...AUDIT, action: "milestone.reopen", entityId: input.id, initiativeId: before.initiativeId, before, after: { ...after, reason: input.reason } });
  await notifyMilestoneChange(tx, before, after, now);
  return after;
}, "milestone.progress");

export const moveForecastAction = milestoneAction("milestone.moveForecast", moveForecastInput, async ({ tx, input, actor, resource: { milestone: before }, audit, now }) => {
  assertVersion(before, input.version);
  if (before.completedDate) throw stateConflict(before, "alreadyDone", "forecastDate");
  const { after, entry } = await writeForecast(tx, actor.id, before, input.version, input.forecastDate, input.reason);
  audit({
    ...AUDIT,
    action: "milestone.moveForecast",
    entityId: input.id,
    initiativeId: before.initiativeId,
    before,
    after: { ...after, reason: input.reason, forecastEntryId: entry.id },
  });
  await notifyMilestoneChange(tx, before, after, now);
  return { ...after, reason: input.reason, reportedAt: entry.reportedAt.toISOString() };
}, "milestone.progress");
