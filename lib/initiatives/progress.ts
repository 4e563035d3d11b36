// How progress is computed, in one place (the public and internal pages explain the same formula):
// - an initiative: weighted share of done milestones; "completed" is 100 %; "cancelled" has none
//   and is left out of every roll-up; no milestones yet means 0 %.
// - a field of action or the masterplan: the mean of its initiatives' progress, each counting equally.
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";

export type MilestoneWeights = { totalWeight: number; doneWeight: number };

/** Progress in [0, 1], or null when the initiative does not count (cancelled). */
export function initiativeProgress(status: InitiativeStatus, w: MilestoneWeights): number | null {
  if (status === "CANCELLED") return null;
  if (status === "COMPLETED") return 1;
  if (w.totalWeight <= 0) return 0;
  return Math.min(1, Math.max(0, w.doneWeight / w.totalWeight));
}

/** Mean of the given progress values, ignoring nulls; null when nothing counts. */
export function rollUpProgress(values: (number | null)[]): number | null {
  const counted = values.filter((v): v is number => v !== null);
  if (counted.length === 0) return null;
  return counted.reduce((a, b) => a + b, 0) / counted.length;
}

/** Whole percent for display (floor, so 99.6 % is not shown as done). */
export function toPercent(p: number | null): number | null {
  return p === null ? null : Math.floor(p * 100 + 1e-9);
}
