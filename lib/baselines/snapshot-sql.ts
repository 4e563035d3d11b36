// The plan as one set of rows, written once: the SELECT that freezes a baseline (INSERT … SELECT in
// freeze.ts, a single statement however large the plan) and that reads "today" for a comparison
// (queries.ts). Milestones and KPIs travel as JSON arrays per initiative; dates as YYYY-MM-DD and
// decimals as text, so a frozen baseline and today read alike.
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PlanSnapshot, SnapshotInitiative, SnapshotKpi } from "./types";

/** Columns of plan_baseline_initiatives after baseline_id, in the order snapshotRowsSql yields them. */
export const SNAPSHOT_COLUMNS = Prisma.sql`initiative_id, code, slug, title, title_en, field_code, visibility, status, archived,
  successor_id, succession_kind, planned_start, planned_end, budget_planned, budget_planned_public, milestones, kpis`;

/**
 * How to read the plan: as it stands (default), or as it was adopted — milestones at their first
 * planned date (Milestone.baselineDate never moves), nothing done yet, and only the initiatives
 * planned to start by `startedBy`. The second serves a city that starts using the app after the
 * council adopted its plan (and the demo): it reconstructs the adopted plan from the first plan dates.
 */
export type SnapshotReading = { asAdopted?: { startedBy: Date } };

/** One row per initiative of the masterplan (archived ones too, flagged). */
export function snapshotRowsSql(masterplanId: string, reading: SnapshotReading = {}): Prisma.Sql {
  const adopted = reading.asAdopted;
  const forecast = adopted ? Prisma.sql`m.baseline_date` : Prisma.sql`m.forecast_date`;
  const completed = adopted ? Prisma.sql`NULL::date` : Prisma.sql`m.completed_date`;
  const started = adopted ? Prisma.sql`AND (i.planned_start IS NULL OR i.planned_start <= ${adopted.startedBy}::date) AND i.successor_id IS NULL` : Prisma.empty;
  return Prisma.sql`
    SELECT i.id AS initiative_id, i.code, i.slug, i.title, i.title_en, f.code AS field_code, i.visibility, i.status,
           (i.archived_at IS NOT NULL) AS archived, i.successor_id, i.succession_kind, i.planned_start, i.planned_end,
           COALESCE(b.planned, 0)::numeric(16,2) AS budget_planned, COALESCE(b.planned_public, 0)::numeric(16,2) AS budget_planned_public,
           COALESCE(ms.items, '[]'::jsonb) AS milestones, COALESCE(ks.items, '[]'::jsonb) AS kpis
    FROM initiatives i
    JOIN fields_of_action f ON f.id = i.field_of_action_id
    LEFT JOIN LATERAL (
      SELECT SUM(bl.planned) AS planned, SUM(bl.planned) FILTER (WHERE bl.is_public) AS planned_public
      FROM budget_lines bl WHERE bl.initiative_id = i.id
    ) b ON true
    LEFT JOIN LATERAL (
      SELECT jsonb_agg(jsonb_build_object('id', m.id, 'title', m.title, 'isPublic', m.is_public, 'baselineDate', m.baseline_date,
             'forecastDate', ${forecast}, 'completedDate', ${completed}) ORDER BY m.sort_order, m.id) AS items
      FROM milestones m WHERE m.initiative_id = i.id
    ) ms ON true
    LEFT JOIN LATERAL (
      SELECT jsonb_agg(jsonb_build_object('id', k.id, 'name', k.name, 'unit', k.unit, 'isPublic', k.is_public,
             'targetValue', k.target_value::text, 'targetDate', k.target_date) ORDER BY k.name, k.id) AS items
      FROM kpis k WHERE k.initiative_id = i.id
    ) ks ON true
    WHERE f.masterplan_id = ${masterplanId}::uuid ${started}`;
}

/** The KPIs of the masterplan and its fields as one JSON array. */
export function planKpisSql(masterplanId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT COALESCE(jsonb_agg(jsonb_build_object('id', k.id, 'name', k.name, 'unit', k.unit, 'isPublic', k.is_public,
           'targetValue', k.target_value::text, 'targetDate', k.target_date) ORDER BY k.name, k.id), '[]'::jsonb)
    FROM kpis k LEFT JOIN fields_of_action f ON f.id = k.field_of_action_id
    WHERE k.initiative_id IS NULL AND (k.masterplan_id = ${masterplanId}::uuid OR f.masterplan_id = ${masterplanId}::uuid)`;
}

type Row = {
  initiative_id: string;
  code: string;
  slug: string;
  title: string;
  title_en: string | null;
  field_code: string;
  visibility: SnapshotInitiative["visibility"];
  status: SnapshotInitiative["status"];
  archived: boolean;
  successor_id: string | null;
  succession_kind: SnapshotInitiative["successionKind"];
  planned_start: Date | null;
  planned_end: Date | null;
  budget_planned: string;
  budget_planned_public: string;
  milestones: SnapshotInitiative["milestones"];
  kpis: SnapshotKpi[];
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Rows (from snapshotRowsSql or plan_baseline_initiatives, same column names) as snapshot initiatives. */
export function toSnapshotInitiative(r: Row): SnapshotInitiative {
  return {
    initiativeId: r.initiative_id,
    code: r.code,
    slug: r.slug,
    title: r.title,
    titleEn: r.title_en,
    fieldCode: r.field_code,
    visibility: r.visibility,
    status: r.status,
    archived: r.archived,
    successorId: r.successor_id,
    successionKind: r.succession_kind,
    plannedStart: day(r.planned_start),
    plannedEnd: day(r.planned_end),
    budgetPlanned: String(r.budget_planned),
    budgetPlannedPublic: String(r.budget_planned_public),
    milestones: r.milestones,
    kpis: r.kpis,
  };
}

/** The plan as it stands now. */
export async function readCurrentSnapshot(db: Db | Tx, masterplanId: string): Promise<PlanSnapshot> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT initiative_id::text AS initiative_id, code, slug, title, title_en, field_code, visibility::text AS visibility, status::text AS status,
           archived, successor_id::text AS successor_id, succession_kind::text AS succession_kind, planned_start, planned_end,
           budget_planned::text AS budget_planned, budget_planned_public::text AS budget_planned_public, milestones, kpis
    FROM (${snapshotRowsSql(masterplanId)}) s ORDER BY code`;
  const [plan] = await db.$queryRaw<{ items: SnapshotKpi[] }[]>`SELECT (${planKpisSql(masterplanId)}) AS items`;
  return { initiatives: rows.map(toSnapshotInitiative), planKpis: plan?.items ?? [] };
}

/** A frozen baseline's plan. */
export async function readBaselineSnapshot(db: Db | Tx, baselineId: string): Promise<PlanSnapshot> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT initiative_id::text AS initiative_id, code, slug, title, title_en, field_code, visibility::text AS visibility, status::text AS status,
           archived, successor_id::text AS successor_id, succession_kind::text AS succession_kind, planned_start, planned_end,
           budget_planned::text AS budget_planned, budget_planned_public::text AS budget_planned_public, milestones, kpis
    FROM plan_baseline_initiatives WHERE baseline_id = ${baselineId}::uuid ORDER BY code`;
  const [plan] = await db.$queryRaw<{ items: SnapshotKpi[] }[]>`SELECT plan_kpis AS items FROM plan_baselines WHERE id = ${baselineId}::uuid`;
  return { initiatives: rows.map(toSnapshotInitiative), planKpis: plan?.items ?? [] };
}
