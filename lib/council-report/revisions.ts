// The council report's section on masterplan revisions: the plan today against its adopted
// baseline (the oldest one), by the one comparison of lib/baselines/compare.ts.
import type { Actor } from "@/lib/authz/policy";
import { countChanges } from "@/lib/baselines/compare";
import { compareRevisions } from "@/lib/baselines/queries";
import type { Db } from "@/lib/db/client";

export async function revisionsSinceAdoption(db: Db, viewer: Actor | null | undefined) {
  const { baselines, comparison } = await compareRevisions(db, viewer, {});
  const adopted = baselines[0];
  if (!adopted || !comparison) return null;
  return { baseline: { name: adopted.name, baselineDate: adopted.baselineDate }, counts: countChanges(comparison), comparison };
}
