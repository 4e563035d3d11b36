// A quarter as it was approved: the frozen figures of its approved reports (freeze.ts), in a scope
// (the masterplan, a field of action, a department, by code), and the comparison with the previous
// quarter ("since last quarter: 3 initiatives worse, 2 better, 14 milestones done"). The council
// report shows this section for any past quarter; live data changed since do not move it.
import type { Db } from "@/lib/db/client";
import type { Health } from "@/lib/generated/prisma/enums";
import { rollUpProgress, toPercent } from "@/lib/initiatives/progress";
import { previousPeriod } from "@/lib/reports/period";
import type { FrozenKpi, FrozenMilestone } from "./freeze";

export type SnapshotScope = { fieldCode: string | null; departmentCode: string | null };

const HEALTH_RANK: Record<Health, number> = { ON_TRACK: 0, AT_RISK: 1, OFF_TRACK: 2 };

async function frozenRows(db: Db, period: string, scope: SnapshotScope) {
  return db.reportSnapshot.findMany({
    where: { period, ...(scope.fieldCode ? { fieldCode: scope.fieldCode } : {}), ...(scope.departmentCode ? { departmentCode: scope.departmentCode } : {}) },
    orderBy: [{ fieldCode: "asc" }, { code: "asc" }],
  });
}

/** The frozen figures of a quarter and how they compare with the quarter before. */
export async function frozenQuarter(db: Db, period: string, scope: SnapshotScope) {
  const previous = previousPeriod(period);
  const [rows, before] = await Promise.all([frozenRows(db, period, scope), frozenRows(db, previous, scope)]);
  const earlier = new Map(before.map((r) => [r.initiativeId, r]));
  let worse = 0;
  let better = 0;
  for (const r of rows) {
    const was = earlier.get(r.initiativeId);
    if (!was) continue;
    if (HEALTH_RANK[r.health] > HEALTH_RANK[was.health]) worse++;
    else if (HEALTH_RANK[r.health] < HEALTH_RANK[was.health]) better++;
  }
  const sum = (values: string[]) => values.reduce((a, v) => a + Number(v), 0).toFixed(2);
  return {
    period,
    entries: rows.map((r) => ({
      initiativeCode: r.code,
      initiativeTitle: r.title,
      fieldCode: r.fieldCode,
      departmentCode: r.departmentCode,
      health: r.health,
      status: r.status,
      progressPercent: toPercent(r.progress),
      milestonesTotal: r.milestonesTotal,
      milestonesDone: r.milestonesDone,
      milestonesDoneInPeriod: r.milestonesDoneInPeriod,
      budgetYear: r.budgetYear,
      budgetPlanned: r.budgetPlanned.toFixed(2),
      budgetActual: r.budgetActual.toFixed(2),
      frozenAt: r.frozenAt.toISOString(),
      milestones: r.milestones as FrozenMilestone[],
      kpis: r.kpis as FrozenKpi[],
    })),
    totals: {
      initiatives: rows.length,
      byHealth: (["ON_TRACK", "AT_RISK", "OFF_TRACK"] as const).map((key) => ({ key, count: rows.filter((r) => r.health === key).length })),
      progressPercent: toPercent(rollUpProgress(rows.map((r) => r.progress))),
      milestonesDoneInPeriod: rows.reduce((a, r) => a + r.milestonesDoneInPeriod, 0),
      budgetPlanned: sum(rows.map((r) => r.budgetPlanned.toString())),
      budgetActual: sum(rows.map((r) => r.budgetActual.toString())),
    },
    /** Against the previous quarter's frozen figures (null when that quarter has none in scope). */
    sincePrevious: before.length > 0 ? { period: previous, worse, better, milestonesDone: rows.reduce((a, r) => a + r.milestonesDoneInPeriod, 0) } : null,
  };
}

export type FrozenQuarter = Awaited<ReturnType<typeof frozenQuarter>>;
