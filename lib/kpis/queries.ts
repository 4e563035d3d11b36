// Internal reads of an initiative's KPIs: each with baseline, target, its latest measurements and
// what the viewer may do (define KPIs, record values). One query loads all KPIs with their recent
// measurements, however many there are. Scoped by the viewer.
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";
import type { Db } from "@/lib/db/client";

/** How many of the latest measurements each KPI shows. */
export const RECENT_MEASUREMENTS = 5;

const day = (d: Date) => d.toISOString().slice(0, 10);
/** Decimals leave as exact strings without trailing zeros ("12.5"). */
const dec = (d: { toString(): string }) => d.toString();

/** Null when the initiative does not exist. */
export async function listInitiativeKpis(db: Db, viewer: Actor | null | undefined, initiativeId: string) {
  assertCan(viewer, "portfolio.read");
  const facts = await loadInitiativeFacts(db, initiativeId);
  if (!facts) return null;
  const rows = await db.kpi.findMany({
    where: { initiativeId, scope: "INITIATIVE" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
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
      version: true,
      _count: { select: { measurements: true } },
      measurements: {
        orderBy: { periodDate: "desc" },
        take: RECENT_MEASUREMENTS,
        select: { id: true, periodDate: true, value: true, note: true, recordedBy: { select: { name: true } } },
      },
    },
  });
  const kpis = rows.map(({ _count, measurements, ...k }) => ({
    ...k,
    baselineValue: dec(k.baselineValue),
    baselineDate: day(k.baselineDate),
    targetValue: dec(k.targetValue),
    targetDate: day(k.targetDate),
    measurementCount: _count.measurements,
    recent: measurements.map((m) => ({ id: m.id, periodDate: day(m.periodDate), value: dec(m.value), note: m.note, recordedBy: m.recordedBy?.name ?? null })),
  }));
  return {
    kpis,
    canDefine: can(viewer, "kpi.define", facts),
    canRecord: can(viewer, "kpiMeasurement.record", facts),
  };
}

export type InitiativeKpis = NonNullable<Awaited<ReturnType<typeof listInitiativeKpis>>>;
export type KpiRow = InitiativeKpis["kpis"][number];
