// How bad a health value is, on its own: pure, so the schemas (which the browser's form check
// imports too) can compare health values without pulling in the database-backed suggestion.
import type { Health } from "@/lib/generated/prisma/enums";

const SEVERITY: Record<Health, number> = { ON_TRACK: 0, AT_RISK: 1, OFF_TRACK: 2 };

/** True when `health` is better (greener) than `than`. */
export function isGreener(health: Health, than: Health): boolean {
  return SEVERITY[health] < SEVERITY[than];
}
