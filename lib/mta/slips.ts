// Slip (Verschiebung) of milestones and its summary per group (partner, initiative), the pure part.
// The trend analysis is about re-planning, so its figure is the pure forecast slip of
// lib/milestones/lateness.ts: completion (when done) or current forecast minus baseline, in days.
// Whether a milestone is late is not the slip's business: "overdue" and "on time" follow the one
// definition (isOverdue, delayDays): on time = no delay against the baseline and not overdue today.
// Where the page shows how late a milestone is, it shows delayDays. The field page computes the
// same figures with the SQL fragments of lateness.ts (lib/mta/queries.ts); a test holds them together.
import { milestoneLateness } from "@/lib/milestones/lateness";

export type SlipInput = { baselineDate: string; forecastDate: string; completedDate: string | null };

export type MilestoneSlip = {
  slipDays: number;
  /** delayDays (lateness.ts): how late against the baseline today. */
  delayDays: number;
  overdue: boolean;
  /** Days since the due date while overdue, else 0. */
  overdueDays: number;
  onTime: boolean;
};

export function milestoneSlip(m: SlipInput, today: string): MilestoneSlip {
  const l = milestoneLateness(m, today);
  return { slipDays: l.slipDays!, delayDays: l.delayDays!, overdue: l.overdue, overdueDays: l.overdueDays, onTime: l.delayDays! <= 0 && !l.overdue };
}

export type SlipSummary = {
  count: number;
  /** Mean slip in days; null without milestones. */
  meanSlipDays: number | null;
  maxSlipDays: number | null;
  /** Milestones that slipped (slip > 0). */
  slippedCount: number;
  /** Share of milestones on time, 0..1; null without milestones. */
  onTimeShare: number | null;
};

export function summarizeSlips(items: Pick<MilestoneSlip, "slipDays" | "onTime">[]): SlipSummary {
  if (items.length === 0) return { count: 0, meanSlipDays: null, maxSlipDays: null, slippedCount: 0, onTimeShare: null };
  const total = items.reduce((a, m) => a + m.slipDays, 0);
  return {
    count: items.length,
    meanSlipDays: total / items.length,
    maxSlipDays: Math.max(...items.map((m) => m.slipDays)),
    slippedCount: items.filter((m) => m.slipDays > 0).length,
    onTimeShare: items.filter((m) => m.onTime).length / items.length,
  };
}

/** Groups by a key (e.g. the responsible partner; null = none) and summarises each group, in first-seen order. */
export function summarizeBy<T extends Pick<MilestoneSlip, "slipDays" | "onTime">, K>(items: T[], key: (item: T) => K): { key: K; summary: SlipSummary }[] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].map(([k, list]) => ({ key: k, summary: summarizeSlips(list) }));
}
