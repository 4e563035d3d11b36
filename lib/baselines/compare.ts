// The one comparison of two plan snapshots (two baselines, or a baseline and today): initiatives
// added, removed, merged or superseded (with the successor), milestone forecasts moved (in days),
// KPI targets changed, budgets changed. Pure: the internal revisions page, the council report and
// the public "what changed since adoption" page all call it; the public page first narrows both
// snapshots to what citizens may see (publicOnly).
import { daysBetween } from "@/lib/dates";
import type { SuccessionKind } from "@/lib/generated/prisma/enums";
import type { PlanSnapshot, SnapshotInitiative, SnapshotKpi } from "./types";

export type InitiativeRef = { id: string; code: string; slug: string; title: string; titleEn: string | null };

export type PlanComparison = {
  added: InitiativeRef[];
  /** Gone (deleted or archived) without a successor. */
  removed: InitiativeRef[];
  /** Merged into or superseded by another initiative (successor null when the reader may not see it). */
  succeeded: { initiative: InitiativeRef; kind: SuccessionKind; successor: InitiativeRef | null }[];
  /** Forecast dates of milestones in both snapshots that moved; days > 0 is later. */
  milestonesMoved: { initiative: InitiativeRef; milestoneId: string; title: string; from: string; to: string; days: number }[];
  milestonesAdded: { initiative: InitiativeRef; milestoneId: string; title: string; date: string }[];
  milestonesRemoved: { initiative: InitiativeRef; milestoneId: string; title: string; date: string }[];
  /** KPI targets (value or date) that changed; `initiative` null for a KPI of the plan or a field. */
  kpiTargets: { initiative: InitiativeRef | null; kpiId: string; name: string; unit: string; from: { value: string; date: string }; to: { value: string; date: string } }[];
  /** Planned budget (all years) per initiative in both snapshots that changed; decimal strings. */
  budgets: { initiative: InitiativeRef; from: string; to: string; delta: string }[];
};

const ref = (i: SnapshotInitiative): InitiativeRef => ({ id: i.initiativeId, code: i.code, slug: i.slug, title: i.title, titleEn: i.titleEn });
const byCode = <T extends { initiative: InitiativeRef }>(a: T, b: T) => a.initiative.code.localeCompare(b.initiative.code);

/** Cents of a decimal string, exact (no floating point on money). */
function cents(value: string): bigint {
  const [whole = "0", fraction = ""] = value.trim().replace(/^-/, "").split(".");
  const c = BigInt(whole || "0") * 100n + BigInt((fraction + "00").slice(0, 2));
  return value.trim().startsWith("-") ? -c : c;
}
function fromCents(c: bigint): string {
  const sign = c < 0n ? "-" : "";
  const abs = c < 0n ? -c : c;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}
/** Decimal strings compare by value ("10.5000" equals "10.5"). */
const sameNumber = (a: string, b: string) => Number(a) === Number(b);

function compareKpis(from: SnapshotKpi[], to: SnapshotKpi[], initiative: InitiativeRef | null, out: PlanComparison["kpiTargets"]) {
  const before = new Map(from.map((k) => [k.id, k]));
  for (const k of to) {
    const old = before.get(k.id);
    if (!old) continue;
    if (!sameNumber(old.targetValue, k.targetValue) || old.targetDate !== k.targetDate) {
      out.push({ initiative, kpiId: k.id, name: k.name, unit: k.unit, from: { value: old.targetValue, date: old.targetDate }, to: { value: k.targetValue, date: k.targetDate } });
    }
  }
}

/** What changed from snapshot `from` to snapshot `to`. */
export function comparePlans(from: PlanSnapshot, to: PlanSnapshot): PlanComparison {
  // In the plan: not archived, and not merged into or superseded by another (which may keep it unarchived).
  const active = (i: SnapshotInitiative | undefined): boolean => !!i && !i.archived && !i.successorId;
  const before = new Map(from.initiatives.map((i) => [i.initiativeId, i]));
  const after = new Map(to.initiatives.map((i) => [i.initiativeId, i]));
  const result: PlanComparison = { added: [], removed: [], succeeded: [], milestonesMoved: [], milestonesAdded: [], milestonesRemoved: [], kpiTargets: [], budgets: [] };

  for (const i of to.initiatives) if (active(i) && !active(before.get(i.initiativeId))) result.added.push(ref(i));
  for (const old of from.initiatives) {
    if (!active(old)) continue;
    const now = after.get(old.initiativeId);
    if (active(now)) continue;
    // Gone from the plan: merged or superseded when it names a successor (in the later snapshot).
    if (now?.successorId && now.successionKind) {
      const successor = after.get(now.successorId);
      result.succeeded.push({ initiative: ref(old), kind: now.successionKind, successor: successor && active(successor) ? ref(successor) : null });
    } else {
      result.removed.push(ref(old));
    }
  }

  for (const now of to.initiatives) {
    const old = before.get(now.initiativeId);
    if (!old || !active(now) || !active(old)) continue;
    const initiative = ref(now);
    const oldMilestones = new Map(old.milestones.map((m) => [m.id, m]));
    const nowIds = new Set(now.milestones.map((m) => m.id));
    for (const m of now.milestones) {
      const was = oldMilestones.get(m.id);
      if (!was) result.milestonesAdded.push({ initiative, milestoneId: m.id, title: m.title, date: m.forecastDate });
      else if (was.forecastDate !== m.forecastDate) {
        result.milestonesMoved.push({ initiative, milestoneId: m.id, title: m.title, from: was.forecastDate, to: m.forecastDate, days: daysBetween(was.forecastDate, m.forecastDate) });
      }
    }
    for (const m of old.milestones) if (!nowIds.has(m.id)) result.milestonesRemoved.push({ initiative, milestoneId: m.id, title: m.title, date: m.forecastDate });
    compareKpis(old.kpis, now.kpis, initiative, result.kpiTargets);
    const delta = cents(now.budgetPlanned) - cents(old.budgetPlanned);
    if (delta !== 0n) result.budgets.push({ initiative, from: fromCents(cents(old.budgetPlanned)), to: fromCents(cents(now.budgetPlanned)), delta: fromCents(delta) });
  }
  compareKpis(from.planKpis, to.planKpis, null, result.kpiTargets);

  const byRef = (a: InitiativeRef, b: InitiativeRef) => a.code.localeCompare(b.code);
  result.added.sort(byRef);
  result.removed.sort(byRef);
  result.succeeded.sort(byCode);
  result.milestonesMoved.sort(byCode);
  result.milestonesAdded.sort(byCode);
  result.milestonesRemoved.sort(byCode);
  result.budgets.sort(byCode);
  return result;
}

/** How many changes of each kind (for summaries: the council report, the page heads). */
export function countChanges(c: PlanComparison) {
  return {
    added: c.added.length,
    removed: c.removed.length,
    succeeded: c.succeeded.length,
    milestonesMoved: c.milestonesMoved.length,
    milestonesAdded: c.milestonesAdded.length,
    milestonesRemoved: c.milestonesRemoved.length,
    kpiTargets: c.kpiTargets.length,
    budgets: c.budgets.length,
  };
}

/**
 * A snapshot as citizens may see it: public initiatives only (archived ones kept, flagged, so that a
 * public initiative's end is told), their public milestones and KPIs, the public budget lines' sum,
 * (a successor is named only when it is itself public and current), and the plan's public KPIs.
 */
export function publicOnly(s: PlanSnapshot): PlanSnapshot {
  return {
    // A successor not in this list is not shown (comparePlans names it only when it is there and current).
    initiatives: s.initiatives.filter((i) => i.visibility === "PUBLIC").map((i) => ({
      ...i,
      budgetPlanned: i.budgetPlannedPublic,
      milestones: i.milestones.filter((m) => m.isPublic),
      kpis: i.kpis.filter((k) => k.isPublic),
    })),
    planKpis: s.planKpis.filter((k) => k.isPublic),
  };
}
