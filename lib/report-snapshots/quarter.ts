// A quarter as it was approved: the frozen figures of its approved reports (freeze.ts), in a scope
// (the masterplan, a field of action, a department, by code), and the comparison with the previous
// quarter ("since last quarter: 3 initiatives worse, 2 better, 14 milestones done"). The council
// report shows this section for any past quarter; live data changed since do not move it.
import type { Db } from "@/lib/db/client";
import type { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { rollUpProgress, toPercent } from "@/lib/initiatives/progress";
import { reportingRequired } from "@/lib/reports/obligation";
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
      initiativeId: r.initiativeId,
      initiativeCode: r.code,
      initiativeTitle: r.title,
      fieldCode: r.fieldCode,
      departmentCode: r.departmentCode,
      health: r.health,
      status: r.status,
      progress: r.progress,
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

type WithoutFrozenRow = {
  code: string;
  title: string;
  field_code: string;
  department_code: string;
  status: InitiativeStatus;
  actual_start: Date | null;
  actual_end: Date | null;
  planned_start: Date | null;
  created_at: Date;
  plan_start: Date;
  approved: boolean;
};

/**
 * The initiatives in scope (live, by the ids of the masterplan, field and department; null: no
 * filter) that owed a report for the quarter (lib/reports/obligation.ts) but have no frozen
 * figures for it: either no report was approved (`approved` false), or it was approved before
 * figures were frozen. The council report names them instead of showing live figures. One
 * statement for any number of initiatives.
 */
export async function initiativesWithoutFrozenFigures(db: Db, period: string, s: { masterplanId: string; fieldId: string | null; departmentId: string | null }, now: Date) {
  const rows = await db.$queryRaw<WithoutFrozenRow[]>`
    SELECT i.code, i.title, f.code AS field_code, d.code AS department_code, i.status::text AS status,
           i.actual_start, i.actual_end, i.planned_start, i.created_at, mp.period_start AS plan_start,
           EXISTS (SELECT 1 FROM status_reports r WHERE r.initiative_id = i.id AND r.period = ${period} AND r.state = 'APPROVED') AS approved
    FROM initiatives i
    JOIN fields_of_action f ON f.id = i.field_of_action_id
    JOIN masterplans mp ON mp.id = f.masterplan_id
    JOIN departments d ON d.id = i.department_id
    WHERE f.masterplan_id = ${s.masterplanId}::uuid
      AND i.archived_at IS NULL
      AND (${s.fieldId}::uuid IS NULL OR i.field_of_action_id = ${s.fieldId}::uuid)
      AND (${s.departmentId}::uuid IS NULL OR i.department_id = ${s.departmentId}::uuid)
      AND NOT EXISTS (SELECT 1 FROM report_snapshots rs WHERE rs.initiative_id = i.id AND rs.period = ${period})
    ORDER BY f.sort_order, i.code`;
  return rows
    .filter(
      (i) =>
        i.approved ||
        reportingRequired(
          { status: i.status, actualStart: i.actual_start, actualEnd: i.actual_end, plannedStart: i.planned_start, createdAt: i.created_at, planStart: i.plan_start },
          period,
          now,
        ),
    )
    .map((i) => ({ initiativeCode: i.code, initiativeTitle: i.title, fieldCode: i.field_code, departmentCode: i.department_code, approved: i.approved }));
}
