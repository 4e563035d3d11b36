// "Was hat sich seit dem Beschluss geändert" / "What changed since adoption": the plan today
// against a frozen baseline (by default the oldest, the adopted plan), as citizens may see it. Both
// snapshots are narrowed to public items (lib/baselines/compare.ts publicOnly) before the one
// comparison runs: public initiatives, their public milestones and KPIs, the public budget lines'
// sum, a successor only when it is itself public and current. Baselines show their name and date;
// their notes are internal.
import { comparePlans, publicOnly, type PlanComparison } from "@/lib/baselines/compare";
import { baselineList, snapshotOf } from "@/lib/baselines/queries";
import type { Db } from "@/lib/db/client";
import { cachedPublic } from "./cache";

export type PublicBaseline = { id: string; name: string; baselineDate: string };
export type PublicPlanRevisions = { baselines: PublicBaseline[]; baseline: PublicBaseline | null; comparison: PlanComparison | null };

/** The public comparison since the baseline `baselineId` (unknown or missing: the oldest). */
export async function loadChangesSinceAdoption(db: Db, baselineId?: string): Promise<PublicPlanRevisions> {
  const { masterplanId, baselines } = await baselineList(db);
  const listed = baselines.map((b) => ({ id: b.id, name: b.name, baselineDate: b.baselineDate }));
  const baseline = listed.find((b) => b.id === baselineId) ?? listed[0] ?? null;
  if (!masterplanId || !baseline) return { baselines: listed, baseline: null, comparison: null };
  return cachedPublic(db, `plan-revisions:${baseline.id}`, async () => {
    const [from, to] = await Promise.all([snapshotOf(db, masterplanId, baseline.id), snapshotOf(db, masterplanId, "today")]);
    return { baselines: listed, baseline, comparison: comparePlans(publicOnly(from!), publicOnly(to!)) };
  });
}
