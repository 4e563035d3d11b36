// Slip (Verschiebung) of milestones and its summary per group (partner, initiative), the pure part.
// Slip is the lib/milestones rule: completion (when done) or current forecast minus baseline, in
// days. A milestone is "on time" when it has not slipped and is not overdue today; the field page
// computes the same figures in SQL (lib/mta/queries.ts), and a test holds the two together.
import { isOverdue, slipDays } from "@/lib/milestones/dates";

export type SlipInput = { baselineDate: string; forecastDate: string; completedDate: string | null };

export type MilestoneSlip = { slipDays: number; overdue: boolean; onTime: boolean };

export function milestoneSlip(m: SlipInput, today: string): MilestoneSlip {
  const slip = slipDays(m);
  const overdue = isOverdue(m, today);
  return { slipDays: slip, overdue, onTime: slip <= 0 && !overdue };
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

export function summarizeSlips(items: MilestoneSlip[]): SlipSummary {
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
export function summarizeBy<T extends MilestoneSlip, K>(items: T[], key: (item: T) => K): { key: K; summary: SlipSummary }[] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].map(([k, list]) => ({ key: k, summary: summarizeSlips(list) }));
}
