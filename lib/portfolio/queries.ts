// Reads behind the portfolio table, scoped by the viewer. Everything per initiative (milestone
// weights, overdue milestones and the delay, the next open milestone, budget sums, leads, partners,
// districts, the last change by a person) is aggregated in the database: one SQL statement for any
// portfolio size, plus one for the filter choices. The rules stay in one place: progress in
// lib/initiatives/progress.ts, staleness in lib/initiatives/freshness.ts, overdue and delay in
// lib/milestones/lateness.ts (its SQL fragments); SQL only supplies their inputs.
import { assertCan, type Actor } from "@/lib/authz/policy";
import { cityToday, appNow } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import type { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { isStale, staleAfterDays } from "@/lib/initiatives/freshness";
import { initiativeProgress } from "@/lib/initiatives/progress";
import { initiativeDelayDaysSql, overdueSql } from "@/lib/milestones/lateness";
import { slipFlagsByInitiative } from "@/lib/dependencies/queries";
import type { PortfolioFacetOptions, PortfolioRow } from "./row";

type RawRow = {
  id: string;
  code: string;
  title: string;
  field_code: string;
  field_title: string;
  department_code: string;
  department_name: string;
  status: InitiativeStatus;
  health: Health;
  total_weight: number;
  done_weight: number;
  overdue: number;
  delay_days: number | null;
  next_title: string | null;
  next_forecast: string | null;
  planned: string;
  actual: string;
  leads: string[];
  contributing_codes: string[];
  partner_slugs: string[];
  partner_names: string[];
  district_slugs: string[];
  district_names: string[];
  last_update: Date | null;
};

export type PortfolioOptions = { now?: Date; staleAfterDays?: number };

/** Every non-archived initiative with its portfolio facts, ordered by code. */
export async function listPortfolioRows(db: Db, viewer: Actor | null | undefined, options: PortfolioOptions = {}): Promise<PortfolioRow[]> {
  assertCan(viewer, "portfolio.read");
  const now = options.now ?? appNow();
  const today = cityToday(now);
  const days = options.staleAfterDays ?? staleAfterDays();
  const raw = await db.$queryRaw<RawRow[]>`
    WITH ms AS (
      SELECT initiative_id,
             COALESCE(SUM(weight), 0)::int AS total_weight,
             COALESCE(SUM(weight) FILTER (WHERE completed_date IS NOT NULL), 0)::int AS done_weight,
             COUNT(*) FILTER (WHERE ${overdueSql(today)})::int AS overdue,
             (${initiativeDelayDaysSql(today)})::int AS delay_days
      FROM milestones GROUP BY initiative_id
    ), next_ms AS (
      SELECT DISTINCT ON (initiative_id) initiative_id, title, forecast_date
      FROM milestones WHERE completed_date IS NULL
      ORDER BY initiative_id, forecast_date, sort_order, id
    ), budget AS (
      SELECT initiative_id, SUM(planned) AS planned, SUM(actual) AS actual
      FROM budget_lines GROUP BY initiative_id
    ), lead_names AS (
      SELECT l.initiative_id, array_agg(u.name ORDER BY u.name) AS names
      FROM initiative_leads l JOIN users u ON u.id = l.user_id GROUP BY l.initiative_id
    ), contributing AS (
      SELECT cd.initiative_id, array_agg(dc.code ORDER BY dc.code) AS codes
      FROM initiative_contributing_departments cd JOIN departments dc ON dc.id = cd.department_id GROUP BY cd.initiative_id
    ), partner_list AS (
      SELECT x.initiative_id, array_agg(p.slug ORDER BY p.name) AS slugs, array_agg(p.name ORDER BY p.name) AS names
      FROM (SELECT DISTINCT initiative_id, partner_id FROM initiative_partners) x
      JOIN partners p ON p.id = x.partner_id GROUP BY x.initiative_id
    ), district_list AS (
      SELECT d2.initiative_id, array_agg(d.slug ORDER BY d.sort_order, d.name) AS slugs, array_agg(d.name ORDER BY d.sort_order, d.name) AS names
      FROM initiative_districts d2 JOIN districts d ON d.id = d2.district_id GROUP BY d2.initiative_id
    )
    SELECT i.id::text AS id, i.code, i.title,
           f.code AS field_code, f.title AS field_title, d.code AS department_code, d.name AS department_name,
           i.status::text AS status, i.health::text AS health,
           COALESCE(ms.total_weight, 0) AS total_weight, COALESCE(ms.done_weight, 0) AS done_weight, COALESCE(ms.overdue, 0) AS overdue,
           ms.delay_days, n.title AS next_title, n.forecast_date::text AS next_forecast,
           COALESCE(b.planned, 0)::text AS planned, COALESCE(b.actual, 0)::text AS actual,
           COALESCE(ln.names, '{}'::text[]) AS leads,
           COALESCE(cn.codes, '{}'::text[]) AS contributing_codes,
           COALESCE(pl.slugs, '{}'::text[]) AS partner_slugs, COALESCE(pl.names, '{}'::text[]) AS partner_names,
           COALESCE(dl.slugs, '{}'::text[]) AS district_slugs, COALESCE(dl.names, '{}'::text[]) AS district_names,
           lc.at AS last_update
    FROM initiatives i
    JOIN fields_of_action f ON f.id = i.field_of_action_id
    JOIN departments d ON d.id = i.department_id
    LEFT JOIN ms ON ms.initiative_id = i.id
    LEFT JOIN next_ms n ON n.initiative_id = i.id
    LEFT JOIN budget b ON b.initiative_id = i.id
    LEFT JOIN lead_names ln ON ln.initiative_id = i.id
    LEFT JOIN contributing cn ON cn.initiative_id = i.id
    LEFT JOIN partner_list pl ON pl.initiative_id = i.id
    LEFT JOIN district_list dl ON dl.initiative_id = i.id
    -- The last change per initiative from its index (initiative_id, at), not by aggregating the whole
    -- audit log: at 50,000 events the statement takes about 50 ms instead of 85.
    LEFT JOIN LATERAL (
      SELECT MAX(a.at) AS at FROM audit_events a WHERE a.initiative_id = i.id AND a.actor_id IS NOT NULL
    ) lc ON true
    WHERE i.archived_at IS NULL
    ORDER BY i.code`;
  const flags = await slipFlagsByInitiative(db, viewer, today);
  return raw.map((r) => {
    const row = toRow(r, now, days);
    const risks = flags.get(r.id);
    return risks ? { ...row, slipRisks: risks.map((f) => ({ predecessor: f.predecessor, days: f.days })) } : row;
  });
}

function toRow(r: RawRow, now: Date, days: number): PortfolioRow {
  const lastUpdate = r.last_update ? new Date(r.last_update) : null;
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    fieldCode: r.field_code,
    fieldTitle: r.field_title,
    departmentCode: r.department_code,
    departmentName: r.department_name,
    leads: r.leads,
    contributingDepartmentCodes: r.contributing_codes,
    status: r.status,
    health: r.health,
    progress: initiativeProgress(r.status, { totalWeight: r.total_weight, doneWeight: r.done_weight }),
    nextMilestoneTitle: r.next_title,
    nextMilestoneDate: r.next_forecast,
    delayDays: r.delay_days,
    overdueMilestones: r.overdue,
    budgetPlanned: money(r.planned),
    budgetActual: money(r.actual),
    lastUpdate: lastUpdate?.toISOString() ?? null,
    stale: isStale(lastUpdate, now, days),
    partnerSlugs: r.partner_slugs,
    partnerNames: r.partner_names,
    districtSlugs: r.district_slugs,
    districtNames: r.district_names,
  };
}

/** numeric::text gives "0" or "1234.50"; always two places, so exports and sums agree. */
function money(text: string): string {
  const [whole, frac = ""] = text.split(".");
  return `${whole}.${frac.padEnd(2, "0").slice(0, 2)}`;
}

/** Labels and order of the filter choices (fields by the masterplan's order), in one statement. */
export async function listPortfolioFacetOptions(db: Db, viewer: Actor | null | undefined): Promise<PortfolioFacetOptions> {
  assertCan(viewer, "portfolio.read");
  const raw = await db.$queryRaw<{ kind: keyof PortfolioFacetOptions; value: string; label: string }[]>`
    SELECT kind, value, label FROM (
      SELECT 'fields' AS kind, code AS value, title AS label, sort_order AS ord, 1 AS part FROM fields_of_action
      UNION ALL SELECT 'departments', code, name, 0, 2 FROM departments
      UNION ALL SELECT 'partners', slug, name, 0, 3 FROM partners
      UNION ALL SELECT 'districts', slug, name, sort_order, 4 FROM districts
    ) o ORDER BY part, ord, label`;
  const out: PortfolioFacetOptions = { fields: [], departments: [], partners: [], districts: [] };
  for (const r of raw) out[r.kind].push({ value: r.value, label: r.label });
  return out;
}
