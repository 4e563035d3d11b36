// The council report's own database reads (its key figures come from lib/dashboard): slipped
// milestones, the lateness of the initiatives in scope with their overdue milestones, KPI details
// at the quarter's end, and the quarters with approved reports. Each is one statement for any
// amount of data; only per-move, per-initiative or per-KPI rows travel to JavaScript. The scope
// arrives as two optional ids; a null id means "no filter on that column", so the SQL text is the
// same for every scope.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { KpiDirection, KpiScope, KpiValueType } from "@/lib/generated/prisma/enums";
import { delayDaysSql, initiativeDelayDaysSql, overdueDaysSql, overdueSql } from "@/lib/milestones/lateness";

export type ScopeIds = { masterplanId: string; fieldId: string | null; departmentId: string | null };
export type QuarterDates = { start: Date; end: Date; instantStart: Date; instantEnd: Date };

export type SlipRow = {
  initiative_code: string;
  initiative_title: string;
  field_code: string;
  milestone_title: string;
  reported_at: Date;
  old_date: Date;
  new_date: Date;
  reason: string;
};

/**
 * Forecast moves to a later date reported during the quarter (by `reported_at`, in the city's
 * time zone): each with the forecast it replaced. The previous forecast is found per move through
 * the (milestone_id, reported_at) index, so the cost follows the quarter's moves, not the history.
 */
export function slippedMilestones(db: Db, s: ScopeIds, q: QuarterDates) {
  return db.$queryRaw<SlipRow[]>`
    SELECT i.code AS initiative_code, i.title AS initiative_title, f.code AS field_code, m.title AS milestone_title,
           mf.reported_at, prev.forecast_date AS old_date, mf.forecast_date AS new_date, mf.reason
    FROM milestone_forecasts mf
    JOIN milestones m ON m.id = mf.milestone_id
    JOIN initiatives i ON i.id = m.initiative_id
    JOIN fields_of_action f ON f.id = i.field_of_action_id
    CROSS JOIN LATERAL (
      SELECT p.forecast_date FROM milestone_forecasts p
      WHERE p.milestone_id = mf.milestone_id AND (p.reported_at, p.id) < (mf.reported_at, mf.id)
      ORDER BY p.reported_at DESC, p.id DESC
      LIMIT 1
    ) prev
    WHERE mf.reported_at >= ${q.instantStart} AND mf.reported_at < ${q.instantEnd}
      AND mf.forecast_date > prev.forecast_date
      AND f.masterplan_id = ${s.masterplanId}::uuid
      AND i.archived_at IS NULL
      AND (${s.fieldId}::uuid IS NULL OR i.field_of_action_id = ${s.fieldId}::uuid)
      AND (${s.departmentId}::uuid IS NULL OR i.department_id = ${s.departmentId}::uuid)
    ORDER BY f.sort_order, i.code, m.sort_order, mf.reported_at`;
}

export type LatenessRow = {
  initiative_code: string;
  initiative_title: string;
  field_code: string;
  /** Open milestones overdue on `today` (overdueSql). */
  overdue: number;
  /** The initiative's delay (initiativeDelayDaysSql): its worst open milestone; null without one. */
  delay_days: number | null;
  /** The overdue milestones in their order, dates as YYYY-MM-DD (json_agg of date columns). */
  late: { title: string; baseline_date: string; forecast_date: string; overdue_days: number; delay_days: number }[];
};

/**
 * Every initiative in scope that has open milestones, with its overdue count, its delay and its
 * overdue milestones, all by lib/milestones/lateness.ts on `today` (the report's day of generation,
 * like the portfolio and the dashboard). One statement; the overdue milestones come as JSON.
 */
export function initiativeLateness(db: Db, s: ScopeIds, today: string) {
  const m = Prisma.sql`m`;
  return db.$queryRaw<LatenessRow[]>`
    SELECT i.code AS initiative_code, i.title AS initiative_title, f.code AS field_code,
           (COUNT(*) FILTER (WHERE ${overdueSql(today, m)}))::int AS overdue,
           (${initiativeDelayDaysSql(today, m)})::int AS delay_days,
           COALESCE(json_agg(json_build_object(
             'title', m.title, 'baseline_date', m.baseline_date, 'forecast_date', m.forecast_date,
             'overdue_days', ${overdueDaysSql(today, m)}, 'delay_days', ${delayDaysSql(today, m)})
             ORDER BY m.sort_order, m.baseline_date, m.id) FILTER (WHERE ${overdueSql(today, m)}), '[]'::json) AS late
    FROM initiatives i
    JOIN fields_of_action f ON f.id = i.field_of_action_id
    JOIN milestones m ON m.initiative_id = i.id AND m.completed_date IS NULL
    WHERE f.masterplan_id = ${s.masterplanId}::uuid
      AND i.archived_at IS NULL
      AND (${s.fieldId}::uuid IS NULL OR i.field_of_action_id = ${s.fieldId}::uuid)
      AND (${s.departmentId}::uuid IS NULL OR i.department_id = ${s.departmentId}::uuid)
    GROUP BY i.id, i.code, i.title, f.code, f.sort_order
    ORDER BY f.sort_order, i.code`;
}

export type KpiRow = {
  id: string;
  name: string;
  unit: string;
  scope: KpiScope;
  value_type: KpiValueType;
  direction: KpiDirection;
  owner_code: string | null;
  baseline_value: string;
  baseline_date: Date;
  target_value: string;
  target_date: Date;
  period_date: Date | null;
  value: string | null;
};

/**
 * KPIs in scope with their latest value up to the quarter's end. The masterplan scope takes every
 * KPI; a field its own KPIs and those of its initiatives; a department only its initiatives' KPIs.
 */
export function kpisAtQuarterEnd(db: Db, s: ScopeIds, q: QuarterDates) {
  return db.$queryRaw<KpiRow[]>`
    SELECT k.id::text AS id, k.name, k.unit, k.scope::text AS scope, k.value_type::text AS value_type,
           k.direction::text AS direction, COALESCE(i.code, f.code) AS owner_code,
           k.baseline_value::text AS baseline_value, k.baseline_date, k.target_value::text AS target_value, k.target_date,
           lm.period_date, lm.value::text AS value
    FROM kpis k
    LEFT JOIN initiatives i ON i.id = k.initiative_id
    LEFT JOIN fields_of_action f ON f.id = COALESCE(k.field_of_action_id, i.field_of_action_id)
    LEFT JOIN LATERAL (
      SELECT km.period_date, km.value FROM kpi_measurements km
      WHERE km.kpi_id = k.id AND km.period_date <= ${q.end}::date
      ORDER BY km.period_date DESC
      LIMIT 1
    ) lm ON true
    WHERE (k.masterplan_id = ${s.masterplanId}::uuid OR f.masterplan_id = ${s.masterplanId}::uuid)
      AND (k.initiative_id IS NULL OR i.archived_at IS NULL)
      AND (${s.fieldId}::uuid IS NULL OR f.id = ${s.fieldId}::uuid)
      AND (${s.departmentId}::uuid IS NULL OR i.department_id = ${s.departmentId}::uuid)
    ORDER BY k.scope, f.sort_order NULLS FIRST, owner_code NULLS FIRST, k.name, k.id`;
}

/** Quarters for which at least one report was approved, newest first (the form's choices). */
export async function quartersWithApprovedReports(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ period: string }[]>`
    SELECT DISTINCT period FROM status_reports WHERE state = 'APPROVED' ORDER BY period DESC`;
  return rows.map((r) => r.period);
}
