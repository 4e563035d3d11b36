// Every read of KPIs, internal and scoped by the viewer, over one select of a KPI's defining fields
// and one shape of its measurements: an initiative's KPIs, and the masterplan's and its fields'
// (each with its latest measurements, attainment (attainment.ts), next due day (frequency.ts) and
// what the viewer may do), one KPI's detail page (owner, every measurement, the planned path and
// the projection of the recent trend, projection.ts), and the row the KPI definition actions audit.
// A fixed number of queries each, however many KPIs there are.
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { cityToday, isoDate } from "@/lib/dates";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";
import type { Db, Tx } from "@/lib/db/client";
import { classifyAttainment } from "./attainment";
import { nextDue } from "./frequency";
import { plannedValue, projectKpi, type KpiPlan, type Point, type Projection } from "./projection";

/** How many of the latest measurements each KPI shows. */
export const RECENT_MEASUREMENTS = 5;
/** A page of a KPI shows at most this many measurements (monthly values for 25 years). */
export const MAX_DETAIL_MEASUREMENTS = 300;

/**
 * What a KPI measures and where it should get by when: the core of every read of one, the public
 * pages' and the internal API's too. Every field here is public (lib/public selects them): add
 * nothing internal.
 */
export const kpiTargetSelect = {
  id: true,
  name: true,
  description: true,
  unit: true,
  valueType: true,
  direction: true,
  baselineValue: true,
  baselineDate: true,
  targetValue: true,
  targetDate: true,
} as const;

/** The fields that define a KPI: what every internal read of one selects. */
export const kpiDefinitionSelect = {
  ...kpiTargetSelect,
  nameEn: true,
  descriptionEn: true,
  unitEn: true,
  isPublic: true,
  method: true,
  source: true,
  frequency: true,
  /** The partner who delivers the values (its contacts record them). */
  responsiblePartnerId: true,
} as const;

/** The latest `take` measurements, newest first, and how many there are in all. */
const measurementsSelect = <R extends object>(take: number, extra: R) =>
  ({
    _count: { select: { measurements: true } },
    measurements: { orderBy: { periodDate: "desc" }, take, select: { id: true, periodDate: true, value: true, note: true, ...extra } },
  }) as const;

type DefinitionValues = { baselineValue: { toString(): string }; targetValue: { toString(): string }; baselineDate: Date; targetDate: Date };

/** Decimals as exact strings without trailing zeros ("12.5"), dates as YYYY-MM-DD: for pages, the audit log and a conflict's `current`. */
export function plainKpiValues<T extends DefinitionValues>(row: T) {
  return {
    ...row,
    baselineValue: row.baselineValue.toString(),
    targetValue: row.targetValue.toString(),
    baselineDate: isoDate(row.baselineDate),
    targetDate: isoDate(row.targetDate),
  };
}

const listSelect = {
  ...kpiDefinitionSelect,
  version: true,
  masterplanId: true,
  fieldOfActionId: true,
  responsiblePartner: { select: { name: true } },
  ...measurementsSelect(RECENT_MEASUREMENTS, { recordedBy: { select: { name: true } } }),
} as const;

/** KPIs with their recent measurements, attainment and next due day, in one query however many there are. */
async function kpiRows(db: Db, where: NonNullable<Parameters<Db["kpi"]["findMany"]>[0]>["where"]) {
  const rows = await db.kpi.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], select: listSelect });
  const today = cityToday();
  return rows.map(({ _count, measurements, ...row }) => {
    const recent = measurements.map((m) => ({ id: m.id, periodDate: isoDate(m.periodDate), value: m.value.toString(), note: m.note, recordedBy: m.recordedBy?.name ?? null }));
    const latest = recent[0];
    const k = plainKpiValues(row);
    return {
      ...k,
      measurementCount: _count.measurements,
      recent,
      attainment: classifyAttainment({
        baselineDate: k.baselineDate,
        targetDate: k.targetDate,
        direction: k.direction,
        baselineValue: Number(k.baselineValue),
        targetValue: Number(k.targetValue),
        latest: latest ? { value: Number(latest.value), date: latest.periodDate } : null,
      }),
      nextDue: nextDue(k.frequency, latest?.periodDate ?? null, k.baselineDate, today),
    };
  });
}

/** Null when the initiative does not exist. */
export async function listInitiativeKpis(db: Db, viewer: Actor | null | undefined, initiativeId: string) {
  assertCan(viewer, "portfolio.read");
  const facts = await loadInitiativeFacts(db, initiativeId);
  if (!facts) return null;
  const [kpis, partners] = await Promise.all([
    kpiRows(db, { initiativeId, scope: "INITIATIVE" }),
    // The initiative's partners, to choose the one responsible for a KPI's values.
    db.partner.findMany({ where: { initiatives: { some: { initiativeId } } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    kpis,
    partners,
    canDefine: can(viewer, "kpi.define", facts),
    canRecord: can(viewer, "kpiMeasurement.record", facts),
  };
}

/**
 * The masterplan's own KPIs and each field of action's, for /app/kpis/plan: groups in the fields'
 * order (archived fields only while they have KPIs). Defining them is part of the plan's structure
 * (`structure.manage`); recording their values is `kpiMeasurement.record` on a KPI of no department
 * and no leads. Both leave them to admins, as the actions check again against the loaded KPI.
 * A constant number of queries, however many fields and KPIs there are.
 */
export async function listPlanKpis(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "portfolio.read");
  const masterplan = await db.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true, title: true } });
  if (!masterplan) return null;
  const [fields, kpis] = await Promise.all([
    db.fieldOfAction.findMany({ where: { masterplanId: masterplan.id }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, title: true, archivedAt: true } }),
    kpiRows(db, { scope: { in: ["MASTERPLAN", "FIELD_OF_ACTION"] } }),
  ]);
  const facts = { departmentId: null, leadUserIds: [] };
  return {
    masterplan: { ...masterplan, kpis: kpis.filter((k) => k.masterplanId === masterplan.id) },
    fields: fields
      .map((f) => ({ id: f.id, code: f.code, title: f.title, archived: !!f.archivedAt, kpis: kpis.filter((k) => k.fieldOfActionId === f.id) }))
      .filter((f) => !f.archived || f.kpis.length > 0),
    canDefine: can(viewer, "structure.manage") && can(viewer, "kpi.define", facts),
    canRecord: can(viewer, "kpiMeasurement.record", facts),
  };
}

export type PlanKpis = NonNullable<Awaited<ReturnType<typeof listPlanKpis>>>;
export type InitiativeKpis = NonNullable<Awaited<ReturnType<typeof listInitiativeKpis>>>;
export type KpiRow = InitiativeKpis["kpis"][number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type KpiOwner =
  | { scope: "MASTERPLAN"; title: string; href: string }
  | { scope: "FIELD_OF_ACTION"; code: string; title: string; href: string }
  | { scope: "INITIATIVE"; code: string; title: string; href: string };

/** One row of the chart and its table: any of the three series may be absent on a date. */
export type KpiSeriesRow = { date: string; measured: number | null; planned: number | null; projected: number | null };

const detailSelect = {
  ...kpiDefinitionSelect,
  scope: true,
  masterplan: { select: { title: true } },
  fieldOfAction: { select: { code: true, title: true } },
  initiative: { select: { code: true, title: true } },
  ...measurementsSelect(MAX_DETAIL_MEASUREMENTS, {}),
} as const;

/** Null when there is no such KPI (or the id is not one). */
export async function getKpiDetail(db: Db, viewer: Actor | null | undefined, id: string) {
  assertCan(viewer, "portfolio.read");
  if (!UUID.test(id)) return null;
  const kpi = await db.kpi.findUnique({ where: { id }, select: detailSelect });
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

/** The row the KPI definition actions compare, audit and return on a conflict; null when gone. */
export const kpiDefinitionRowSelect = { ...kpiDefinitionSelect, initiativeId: true, version: true } as const;

export async function findKpiDefinition(db: Db | Tx, id: string) {
  const row = await db.kpi.findUnique({ where: { id }, select: kpiDefinitionRowSelect });
  return row ? plainKpiValues(row) : null;
}
