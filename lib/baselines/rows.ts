// A comparison (compare.ts) as one list of rows for a table: one row per change, each with its
// kind, the initiative, what changed (a milestone, a KPI) and the values before and after. The
// internal revisions page, the council report and the public page render these rows alike.
import type { InitiativeRef, PlanComparison } from "./compare";

export const CHANGE_KINDS = ["added", "removed", "MERGED_INTO", "SUPERSEDED_BY", "milestoneMoved", "milestoneAdded", "milestoneRemoved", "kpiTarget", "budget"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** `values` says how `from`, `to` and `change` read: calendar days, money, or a KPI's value and date. */
export type ChangeRow = {
  key: string;
  kind: ChangeKind;
  initiative: InitiativeRef | null;
  subject: string | null;
  successor: InitiativeRef | null;
  values: "none" | "date" | "money" | "kpi";
  from: string | null;
  to: string | null;
  /** Days moved (dates) or the difference (money), signed. */
  change: string | null;
  unit?: string;
};

export function changeRows(c: PlanComparison): ChangeRow[] {
  const none = { subject: null, successor: null, values: "none" as const, from: null, to: null, change: null };
  return [
    ...c.added.map((i): ChangeRow => ({ key: `a-${i.id}`, kind: "added", initiative: i, ...none })),
    ...c.removed.map((i): ChangeRow => ({ key: `r-${i.id}`, kind: "removed", initiative: i, ...none })),
    ...c.succeeded.map((s): ChangeRow => ({ key: `s-${s.initiative.id}`, kind: s.kind, initiative: s.initiative, ...none, successor: s.successor })),
    ...c.milestonesMoved.map((m): ChangeRow => ({ key: `mm-${m.milestoneId}`, kind: "milestoneMoved", initiative: m.initiative, subject: m.title, successor: null, values: "date", from: m.from, to: m.to, change: String(m.days) })),
    ...c.milestonesAdded.map((m): ChangeRow => ({ key: `ma-${m.milestoneId}`, kind: "milestoneAdded", initiative: m.initiative, subject: m.title, successor: null, values: "date", from: null, to: m.date, change: null })),
    ...c.milestonesRemoved.map((m): ChangeRow => ({ key: `mr-${m.milestoneId}`, kind: "milestoneRemoved", initiative: m.initiative, subject: m.title, successor: null, values: "date", from: m.date, to: null, change: null })),
    ...c.kpiTargets.map((k): ChangeRow => ({ key: `k-${k.kpiId}`, kind: "kpiTarget", initiative: k.initiative, subject: k.name, successor: null, values: "kpi", from: `${k.from.value}|${k.from.date}`, to: `${k.to.value}|${k.to.date}`, change: null, unit: k.unit })),
    ...c.budgets.map((b): ChangeRow => ({ key: `b-${b.initiative.id}`, kind: "budget", initiative: b.initiative, subject: null, successor: null, values: "money", from: b.from, to: b.to, change: b.delta })),
  ];
}
