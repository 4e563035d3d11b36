// Is a KPI on course to its target? One rule, shared by the dashboard and the council report:
// - "no measurement": nothing recorded yet (or nothing up to the date looked at);
// - "target reached": the latest value is at or beyond the target (in the KPI's direction);
// - "on course": the latest value is at or beyond the straight path from the baseline
//   (baseline value on the baseline date) to the target (target value on the target date), read
//   at the measurement's date. Before the baseline date the path is the baseline; after the
//   target date it is the target, so a KPI past its target date that has not reached it is behind;
// - "behind": everything else.
// "At or beyond" means >= for HIGHER_IS_BETTER and <= for LOWER_IS_BETTER.
import type { KpiDirection } from "@/lib/generated/prisma/enums";

export const ATTAINMENT_CLASSES = ["TARGET_REACHED", "ON_COURSE", "BEHIND", "NO_MEASUREMENT"] as const;
export type Attainment = (typeof ATTAINMENT_CLASSES)[number];

/** What the rule needs of one KPI: dates as YYYY-MM-DD, values as numbers. */
export type KpiAttainmentFacts = {
  direction: KpiDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  /** The latest measurement, or null when there is none. */
  latest: { value: number; date: string } | null;
};

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/**
 * Values are stored with four decimals; the path is computed in floating point. A tolerance far
 * below the stored precision keeps a value exactly on the path "on course".
 */
const EPSILON = 1e-9;

/** The value the straight path from baseline to target expects on `date`. */
export function expectedValue(k: Omit<KpiAttainmentFacts, "latest" | "direction">, date: string): number {
  const start = dayNumber(k.baselineDate);
  const end = dayNumber(k.targetDate);
  const at = dayNumber(date);
  if (end <= start || at >= end) return k.targetValue;
  if (at <= start) return k.baselineValue;
  return k.baselineValue + (k.targetValue - k.baselineValue) * ((at - start) / (end - start));
}

/** True when `value` is at or beyond `reference` in the KPI's direction. */
function atOrBeyond(direction: KpiDirection, value: number, reference: number): boolean {
  const scale = Math.max(1, Math.abs(value), Math.abs(reference));
  return direction === "LOWER_IS_BETTER" ? value <= reference + EPSILON * scale : value >= reference - EPSILON * scale;
}

export function classifyAttainment(k: KpiAttainmentFacts): Attainment {
  if (!k.latest) return "NO_MEASUREMENT";
  if (atOrBeyond(k.direction, k.latest.value, k.targetValue)) return "TARGET_REACHED";
  return atOrBeyond(k.direction, k.latest.value, expectedValue(k, k.latest.date)) ? "ON_COURSE" : "BEHIND";
}

/** How many KPIs fall into each class (every class present, zero when empty). */
export function countAttainment(kpis: KpiAttainmentFacts[]): Record<Attainment, number> {
  const counts = Object.fromEntries(ATTAINMENT_CLASSES.map((c) => [c, 0])) as Record<Attainment, number>;
  for (const k of kpis) counts[classifyAttainment(k)] += 1;
  return counts;
}
