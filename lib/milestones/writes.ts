// The milestone writes that more than one action performs: adding a milestone (its forecast history
// starts with the plan itself) and moving an open milestone's forecast (appended to the history with
// its reason). The milestone actions use them, and so does the new-initiative form, which creates
// first milestones in the initiative's own transaction; the same rules either way. Callers audit.
import { ensureUpdated } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { cityToday, dateValue } from "./dates";
import { assertNotBeforePlanStart, assertPartnerOfInitiative, findMilestone, getMilestone, INITIAL_PLAN_REASON, type PresentedMilestone } from "./records";

export type NewMilestone = {
  code?: string | null;
  title: string;
  description?: string;
  weight?: number;
  isPublic?: boolean;
  responsiblePartnerId?: string | null;
  /** YYYY-MM-DD; the forecast starts here. */
  baselineDate: string;
};

/** Adds a milestone at the end of the initiative's list, with forecast = baseline and the first forecast row. */
export async function insertMilestone(tx: Tx, reportedById: string, initiativeId: string, milestone: NewMilestone): Promise<PresentedMilestone> {
  const { baselineDate: baseline, responsiblePartnerId = null, ...plan } = milestone;
  await assertPartnerOfInitiative(tx, initiativeId, responsiblePartnerId);
  await assertNotBeforePlanStart(tx, initiativeId, baseline, "baselineDate");
  const last = await tx.milestone.aggregate({ where: { initiativeId }, _max: { sortOrder: true } });
  const baselineDate = dateValue(baseline);
  const { id } = await tx.milestone.create({
    data: { ...plan, responsiblePartnerId, initiativeId, sortOrder: (last._max.sortOrder ?? 0) + 1, baselineDate, forecastDate: baselineDate },
    select: { id: true },
  });
  // The forecast history starts with the plan itself.
  await tx.milestoneForecast.create({ data: { milestoneId: id, forecastDate: baselineDate, reason: INITIAL_PLAN_REASON, reportedById } });
  return getMilestone(tx, id);
}

/**
 * Moves the forecast of the open milestone `before` (as read at `version`) to `forecastDate` and
 * appends it with `reason` to the forecast history. Refused, on the field forecastDate: the same
 * date again, a date in the past (what is done is marked done instead), a date before the start
 * of the masterplan. A concurrent change is a conflict.
 */
export async function writeForecast(tx: Tx, reportedById: string, before: PresentedMilestone, version: number, forecastDate: string, reason: string) {
  const fieldError = (key: string) => new AppError("VALIDATION", `Forecast date rejected (${key}).`, { fieldErrors: { forecastDate: [`#milestones.errors.${key}`] } });
  if (forecastDate === before.forecastDate) throw fieldError("forecastUnchanged");
  if (forecastDate < cityToday()) throw fieldError("forecastInPast");
  await assertNotBeforePlanStart(tx, before.initiativeId, forecastDate, "forecastDate");
  const date = dateValue(forecastDate);
  const { count } = await tx.milestone.updateMany({
    where: { id: before.id, version, completedDate: null },
    data: { forecastDate: date, version: { increment: 1 } },
  });
  await ensureUpdated(count, "Milestone", () => findMilestone(tx, before.id));
  const entry = await tx.milestoneForecast.create({
    data: { milestoneId: before.id, forecastDate: date, reason, reportedById },
    select: { id: true, reportedAt: true },
  });
  return { after: await getMilestone(tx, before.id), entry };
}
