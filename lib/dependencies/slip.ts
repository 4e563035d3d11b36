// Slip propagation, defined once: when is a successor at risk from its predecessor's slip, and by
// how many days. The roadmap, the portfolio, the initiative page, the council report and the
// reminders all read it through queries.ts (computed on the day asked, never stored).
//
// - Predecessor's expected end on `today`: a milestone's expected date (lib/milestones/lateness.ts:
//   completion once done, else the forecast but never before today); an initiative's, the latest
//   expected date of its milestones (without milestones: its planned end, never before today).
//   A completed milestone, or a completed or cancelled initiative, threatens nothing any more.
// - Successor's reference day: a milestone's forecast; an initiative not started yet, its planned
//   start; an initiative already running, its own expected end (the predecessor must be done before
//   it can finish). A completed successor is not at risk.
// - At risk when the predecessor's expected end lies after the successor's reference day; the slip
//   is the difference in days ("at risk from INF-02 slip of 45 days").
import { daysBetween } from "@/lib/dates";
import { expectedDate, type MilestoneDates } from "@/lib/milestones/lateness";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";

export type InitiativeSchedule = {
  kind: "initiative";
  status: InitiativeStatus;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  milestones: readonly MilestoneDates[];
};
export type MilestoneSchedule = { kind: "milestone" } & MilestoneDates;
export type PartSchedule = InitiativeSchedule | MilestoneSchedule;

const later = (a: string, b: string) => (a > b ? a : b);

function initiativeDone(i: InitiativeSchedule): boolean {
  return i.status === "COMPLETED" || i.status === "CANCELLED" || i.actualEnd !== null;
}

/** An open initiative's expected end on `today`: the latest expected day of its milestones, else its planned end (not before today). */
function initiativeExpectedEnd(i: InitiativeSchedule, today: string): string | null {
  let end: string | null = null;
  for (const m of i.milestones) {
    const d = expectedDate(m, today);
    if (d !== null && (end === null || d > end)) end = d;
  }
  if (end === null && i.plannedEnd !== null) end = later(i.plannedEnd, today);
  return end;
}

/** The day the predecessor is expected to be done; null when it is done (or has no dates at all). */
export function predecessorEnd(p: PartSchedule, today: string): string | null {
  if (p.kind === "milestone") return p.completedDate !== null ? null : expectedDate(p, today);
  return initiativeDone(p) ? null : initiativeExpectedEnd(p, today);
}

/** The day the successor needs its predecessor done by; null when it is done (or has no dates). */
export function successorNeedBy(s: PartSchedule, today: string): string | null {
  if (s.kind === "milestone") return s.completedDate !== null ? null : (s.forecastDate ?? s.baselineDate);
  if (initiativeDone(s)) return null;
  return s.actualStart === null ? s.plannedStart : initiativeExpectedEnd(s, today);
}

/** Days by which the predecessor's slip threatens the successor on `today`; null when it does not. */
export function slipRiskDays(predecessor: PartSchedule, successor: PartSchedule, today: string): number | null {
  const end = predecessorEnd(predecessor, today);
  const needBy = successorNeedBy(successor, today);
  if (end === null || needBy === null || end <= needBy) return null;
  return daysBetween(needBy, end);
}
