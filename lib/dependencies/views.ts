// Every dependency with both sides named and its slip risk on the day asked: the building block of
// the scoped reads in queries.ts, the council report and the reminders. It takes no viewer, so its
// callers check the permission first (and it lives outside the queries files, whose exports the
// leak tests call as every role).
import { isoDate } from "@/lib/dates";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DependencyKind } from "@/lib/generated/prisma/enums";
import { partLabel } from "./labels";
import { predecessorEnd, slipRiskDays, successorNeedBy, type InitiativeSchedule, type MilestoneSchedule, type PartSchedule } from "./slip";

/** Where a drawing ends an arrow at a part that is done (or has no open dates): its completion or end, else its plan. */
function drawnEnd(p: PartSchedule): string | null {
  if (p.kind === "milestone") return p.completedDate ?? p.forecastDate;
  return p.actualEnd ?? p.plannedEnd;
}
function drawnStart(p: PartSchedule): string | null {
  if (p.kind === "milestone") return p.completedDate ?? p.forecastDate;
  return p.actualStart ?? p.plannedStart;
}

export type DependencyPart = {
  initiativeId: string;
  code: string;
  title: string;
  milestoneId: string | null;
  milestoneTitle: string | null;
  /** "INF-02" or "INF-02 · Campusnetz im Hafen". */
  label: string;
};

export type DependencyView = {
  id: string;
  kind: DependencyKind;
  predecessor: DependencyPart;
  successor: DependencyPart;
  /** Days by which the predecessor's slip threatens the successor on the day asked (slip.ts); null: no risk. */
  riskDays: number | null;
  /** Where a drawing joins the two: the predecessor's expected end (done: its end) and the successor's need-by day (done: its start). */
  predecessorDate: string | null;
  successorDate: string | null;
};

const day = (d: Date | null) => (d ? isoDate(d) : null);
const milestoneDates = (m: { baselineDate: Date; forecastDate: Date; completedDate: Date | null }) => ({
  baselineDate: isoDate(m.baselineDate),
  forecastDate: isoDate(m.forecastDate),
  completedDate: day(m.completedDate),
});

/**
 * Every dependency matching `where` with both sides named and its slip risk on `today`. Not scoped:
 * the building block of the scoped reads below (and of the reminders, which address each item).
 */
export async function loadDependencyViews(db: Db | Tx, today: string, where: Prisma.DependencyWhereInput = {}): Promise<DependencyView[]> {
  const rows = await db.dependency.findMany({
    where,
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, predecessorInitiativeId: true, predecessorMilestoneId: true, successorInitiativeId: true, successorMilestoneId: true },
  });
  const ids = [...new Set(rows.flatMap((r) => [r.predecessorInitiativeId, r.successorInitiativeId]))];
  const initiatives = await db.initiative.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      code: true,
      title: true,
      status: true,
      plannedStart: true,
      plannedEnd: true,
      actualStart: true,
      actualEnd: true,
      milestones: { select: { id: true, code: true, title: true, baselineDate: true, forecastDate: true, completedDate: true } },
    },
  });
  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const schedules = new Map<string, InitiativeSchedule>();
  const milestones = new Map<string, { code: string | null; title: string; schedule: MilestoneSchedule }>();
  for (const i of initiatives) {
    schedules.set(i.id, {
      kind: "initiative",
      status: i.status,
      plannedStart: day(i.plannedStart),
      plannedEnd: day(i.plannedEnd),
      actualStart: day(i.actualStart),
      actualEnd: day(i.actualEnd),
      milestones: i.milestones.map(milestoneDates),
    });
    for (const m of i.milestones) milestones.set(m.id, { code: m.code, title: m.title, schedule: { kind: "milestone", ...milestoneDates(m) } });
  }
  const part = (initiativeId: string, milestoneId: string | null): DependencyPart => {
    const i = byId.get(initiativeId)!;
    const m = milestoneId ? milestones.get(milestoneId)! : null;
    return { initiativeId, code: i.code, title: i.title, milestoneId, milestoneTitle: m?.title ?? null, label: partLabel({ initiativeCode: i.code, milestone: m }) };
  };
  const schedule = (initiativeId: string, milestoneId: string | null) => (milestoneId ? milestones.get(milestoneId)!.schedule : schedules.get(initiativeId)!);
  return rows.map((r) => {
    const p = schedule(r.predecessorInitiativeId, r.predecessorMilestoneId);
    const s = schedule(r.successorInitiativeId, r.successorMilestoneId);
    return {
      id: r.id,
      kind: r.kind,
      predecessor: part(r.predecessorInitiativeId, r.predecessorMilestoneId),
      successor: part(r.successorInitiativeId, r.successorMilestoneId),
      riskDays: slipRiskDays(p, s, today),
      predecessorDate: predecessorEnd(p, today) ?? drawnEnd(p),
      successorDate: (s.kind === "initiative" && s.actualStart === null ? s.plannedStart : null) ?? drawnStart(s) ?? successorNeedBy(s, today),
    };
  });
}
