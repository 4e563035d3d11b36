// The internal KPI detail page's data: one KPI with its owner (masterplan, field of action or
// initiative), every measurement (oldest first), the planned path from baseline to target and the
// projection of the recent trend (lib/kpis/projection.ts). A fixed number of queries per KPI.
import { assertCan, type Actor } from "@/lib/authz/policy";
import { cityToday, isoDate } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { nextDue } from "./frequency";
import { plannedValue, projectKpi, type KpiPlan, type Point, type Projection } from "./projection";

/** A page of a KPI shows at most this many measurements (monthly values for 25 years). */
export const MAX_DETAIL_MEASUREMENTS = 300;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type KpiOwner =
  | { scope: "MASTERPLAN"; title: string; href: string }
  | { scope: "FIELD_OF_ACTION"; code: string; title: string; href: string }
  | { scope: "INITIATIVE"; code: string; title: string; href: string };

/** One row of the chart and its table: any of the three series may be absent on a date. */
export type KpiSeriesRow = { date: string; measured: number | null; planned: number | null; projected: number | null };

/** Null when there is no such KPI (or the id is not one). */
export async function getKpiDetail(db: Db, viewer: Actor | null | undefined, id: string) {
  assertCan(viewer, "portfolio.read");
  if (!UUID.test(id)) return null;
  const kpi = await db.kpi.findUnique({
    where: { id },
    select: {
      id: true,
      scope: true,
      name: true,
      description: true,
      unit: true,
      valueType: true,
      direction: true,
      baselineValue: true,
      baselineDate: true,
      targetValue: true,
      targetDate: true,
      isPublic: true,
      method: true,
      source: true,
      frequency: true,
      masterplan: { select: { title: true } },
      fieldOfAction: { select: { code: true, title: true } },
      initiative: { select: { code: true, title: true } },
      _count: { select: { measurements: true } },
      measurements: {
        orderBy: { periodDate: "desc" },
        take: MAX_DETAIL_MEASUREMENTS,
        select: { id: true, periodDate: true, value: true, note: true },
      },
    },
  });
  if (!kpi) return null;

  const plan: KpiPlan = {
    direction: kpi.direction,
    baseline: { date: isoDate(kpi.baselineDate), value: Number(kpi.baselineValue) },
    target: { date: isoDate(kpi.targetDate), value: Number(kpi.targetValue) },
  };
  const measurements = kpi.measurements
    .map((m) => ({ id: m.id, date: isoDate(m.periodDate), value: m.value.toString(), note: m.note }))
    .reverse();
  const points: Point[] = measurements.map((m) => ({ date: m.date, value: Number(m.value) }));
  const projection = projectKpi(plan, points);

  return {
    id: kpi.id,
    name: kpi.name,
    description: kpi.description,
    unit: kpi.unit,
    valueType: kpi.valueType,
    direction: kpi.direction,
    isPublic: kpi.isPublic,
    method: kpi.method,
    source: kpi.source,
    frequency: kpi.frequency,
    nextDue: nextDue(kpi.frequency, measurements.at(-1)?.date ?? null, plan.baseline.date, cityToday()),
    /** Exact decimal strings for display. */
    baselineValue: kpi.baselineValue.toString(),
    targetValue: kpi.targetValue.toString(),
    plan,
    owner: ownerOf(kpi),
    measurementCount: kpi._count.measurements,
    measurements,
    projection,
    series: seriesRows(plan, points, projection),
  };
}

export type KpiDetail = NonNullable<Awaited<ReturnType<typeof getKpiDetail>>>;

function ownerOf(kpi: {
  scope: KpiOwner["scope"];
  masterplan: { title: string } | null;
  fieldOfAction: { code: string; title: string } | null;
  initiative: { code: string; title: string } | null;
}): KpiOwner | null {
  if (kpi.scope === "INITIATIVE" && kpi.initiative)
    return { scope: "INITIATIVE", ...kpi.initiative, href: `/app/initiatives/${encodeURIComponent(kpi.initiative.code)}` };
  // The masterplan's and the fields' KPIs are kept on the plan's KPI page, one group each.
  if (kpi.scope === "FIELD_OF_ACTION" && kpi.fieldOfAction)
    return { scope: "FIELD_OF_ACTION", ...kpi.fieldOfAction, href: `/app/kpis/plan#kpis-field-${encodeURIComponent(kpi.fieldOfAction.code)}` };
  if (kpi.scope === "MASTERPLAN" && kpi.masterplan) return { scope: "MASTERPLAN", title: kpi.masterplan.title, href: "/app/kpis/plan#kpis-masterplan" };
  return null;
}

/**
 * The dates the chart and table show: baseline, every measurement, the target date, and for the
 * projection the first measurement it was fitted to (up to the target date) and, when it reaches
 * the target in time, the day it does.
 * The planned path and the projection are straight lines, so their values on these dates suffice.
 */
function seriesRows(plan: KpiPlan, points: Point[], projection: Projection): KpiSeriesRow[] {
  // Once the target date has passed, a line into the past predicts nothing: no projection drawn.
  const trend = projection.kind === "onTrack" || projection.kind === "miss" ? projection.trend : null;
  const dates = new Set<string>([plan.baseline.date, plan.target.date, ...points.map((p) => p.date)]);
  if (projection.kind === "onTrack") dates.add(projection.on);
  const measured = new Map(points.map((p) => [p.date, p.value]));
  const trendFrom = trend?.used[0]?.date;
  return [...dates].sort().map((date) => ({
    date,
    measured: measured.get(date) ?? null,
    planned: date >= plan.baseline.date && date <= plan.target.date ? plannedValue(plan, date) : null,
    projected: trend && trendFrom && date >= trendFrom && date <= plan.target.date ? trend.at(date) : null,
  }));
}
