// KPI attainment of the filtered view: each KPI's latest measurement (one statement, the latest
// per KPI picked in the database) classified by the rule of lib/kpis/attainment.ts, counted
// overall and per field of action (masterplan-wide KPIs have no field).
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { KpiDirection } from "@/lib/generated/prisma/enums";
import { ATTAINMENT_CLASSES, classifyAttainment, type Attainment } from "@/lib/kpis/attainment";
import type { DashboardFilters } from "./filters";
import { kpiScope } from "./scope";

export type AttainmentCounts = Record<Attainment, number>;

export type KpiAttainmentFigures = {
  total: number;
  counts: AttainmentCounts;
  /** Per field code; `field: null` holds the masterplan-wide KPIs. Only groups that have KPIs. */
  byField: { field: string | null; total: number; counts: AttainmentCounts }[];
  /** Every KPI with its class, for lists (ordered by field, then name). */
  kpis: { id: string; name: string; field: string | null; attainment: Attainment }[];
};

type Row = {
  id: string;
  name: string;
  field: string | null;
  sort: number | null;
  direction: KpiDirection;
  baseline_value: number;
  baseline_date: string;
  target_value: number;
  target_date: string;
  latest_value: number | null;
  latest_date: string | null;
};

const zero = (): AttainmentCounts => Object.fromEntries(ATTAINMENT_CLASSES.map((c) => [c, 0])) as AttainmentCounts;

/** `asOf` (YYYY-MM-DD): judge by the latest measurement on or before that day (default: the latest). */
export async function getKpiAttainment(
  db: Db,
  viewer: Actor | null | undefined,
  filters: DashboardFilters,
  opts: { asOf?: string } = {},
): Promise<KpiAttainmentFigures> {
  assertCan(viewer, "portfolio.read");
  const asOf = opts.asOf ?? "9999-12-31";
  const rows = await db.$queryRaw<Row[]>`
    SELECT k.id::text AS id, k.name, f.code AS field, f.sort_order AS sort, k.direction::text AS direction,
           k.baseline_value::float8 AS baseline_value, to_char(k.baseline_date, 'YYYY-MM-DD') AS baseline_date,
           k.target_value::float8 AS target_value, to_char(k.target_date, 'YYYY-MM-DD') AS target_date,
           lm.value::float8 AS latest_value, to_char(lm.period_date, 'YYYY-MM-DD') AS latest_date
    FROM kpis k
    LEFT JOIN initiatives ki ON ki.id = k.initiative_id
    LEFT JOIN fields_of_action f ON f.id = COALESCE(k.field_of_action_id, ki.field_of_action_id)
    LEFT JOIN LATERAL (
      SELECT km.value, km.period_date FROM kpi_measurements km
      WHERE km.kpi_id = k.id AND km.period_date <= ${asOf}::date
      ORDER BY km.period_date DESC LIMIT 1
    ) lm ON true
    WHERE ${kpiScope(filters)}
    ORDER BY f.sort_order NULLS FIRST, f.code NULLS FIRST, k.name, k.id`;

  const counts = zero();
  const groups = new Map<string | null, { field: string | null; total: number; counts: AttainmentCounts }>();
  const kpis = rows.map((r) => {
    const attainment = classifyAttainment({
      direction: r.direction,
      baselineValue: r.baseline_value,
      baselineDate: r.baseline_date,
      targetValue: r.target_value,
      targetDate: r.target_date,
      latest: r.latest_value === null || r.latest_date === null ? null : { value: r.latest_value, date: r.latest_date },
    });
    counts[attainment] += 1;
    const group = groups.get(r.field) ?? { field: r.field, total: 0, counts: zero() };
    group.total += 1;
    group.counts[attainment] += 1;
    groups.set(r.field, group);
    return { id: r.id, name: r.name, field: r.field, attainment };
  });
  return { total: rows.length, counts, byField: [...groups.values()], kpis };
}
