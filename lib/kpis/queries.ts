// Internal reads of KPIs — an initiative's, and the masterplan's and its fields' — each with
// baseline, target, its latest measurements, its attainment (attainment.ts), the next due day
// (frequency.ts) and what the viewer may do (define KPIs, record values). One query loads all KPIs
// with their recent measurements. Scoped by the viewer.
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { cityToday } from "@/lib/dates";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";
import type { Db } from "@/lib/db/client";
import { classifyAttainment } from "./attainment";
import { nextDue } from "./frequency";

/** How many of the latest measurements each KPI shows. */
export const RECENT_MEASUREMENTS = 5;

const day = (d: Date) => d.toISOString().slice(0, 10);
/** Decimals leave as exact strings without trailing zeros ("12.5"). */
const dec = (d: { toString(): string }) => d.toString();

const kpiSelect = {
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
  isPublic: true,
  method: true,
  source: true,
  frequency: true,
  version: true,
  masterplanId: true,
  fieldOfActionId: true,
  _count: { select: { measurements: true } },
  measurements: {
    orderBy: { periodDate: "desc" },
    take: RECENT_MEASUREMENTS,
    select: { id: true, periodDate: true, value: true, note: true, recordedBy: { select: { name: true } } },
  },
} as const;

/** KPIs with their recent measurements, attainment and next due day, in one query however many there are. */
async function kpiRows(db: Db, where: NonNullable<Parameters<Db["kpi"]["findMany"]>[0]>["where"]) {
  const rows = await db.kpi.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], select: kpiSelect });
  const today = cityToday();
  return rows.map(({ _count, measurements, ...k }) => {
    const recent = measurements.map((m) => ({ id: m.id, periodDate: day(m.periodDate), value: dec(m.value), note: m.note, recordedBy: m.recordedBy?.name ?? null }));
    const latest = recent[0];
    const plan = { baselineDate: day(k.baselineDate), targetDate: day(k.targetDate) };
    return {
      ...k,
      ...plan,
      baselineValue: dec(k.baselineValue),
      targetValue: dec(k.targetValue),
      measurementCount: _count.measurements,
      recent,
      attainment: classifyAttainment({
        ...plan,
        direction: k.direction,
        baselineValue: Number(k.baselineValue),
        targetValue: Number(k.targetValue),
        latest: latest ? { value: Number(latest.value), date: latest.periodDate } : null,
      }),
      nextDue: nextDue(k.frequency, latest?.periodDate ?? null, plan.baselineDate, today),
    };
  });
}

/** Null when the initiative does not exist. */
export async function listInitiativeKpis(db: Db, viewer: Actor | null | undefined, initiativeId: string) {
  assertCan(viewer, "portfolio.read");
  const facts = await loadInitiativeFacts(db, initiativeId);
  if (!facts) return null;
  const kpis = await kpiRows(db, { initiativeId, scope: "INITIATIVE" });
  return {
    kpis,
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
