// Audit events for the large data sets: the everyday changes of two years (milestones completed
// and moved, KPI values recorded, reports submitted and reviewed …), each with the initiative it
// belongs to and a demo user as actor. The audit table is append-only, so these are only inserted;
// they are sorted by time so that ids grow with `at` as they do in real use.
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, DAY, HOUR, isoDay, maxD, type GenInitiative, type LargeRows, type Rng, type SeedContext } from "./large-util";

type Ref = { id: string; initiativeId: string };
type Index = { kpis: Map<string, Ref[]>; measurements: Map<string, { id: string; periodDate: Date; value: string }[]>; reports: Map<string, Ref[]>; risks: Map<string, Ref[]>; budgets: Map<string, (Ref & { year: number })[]> };
type Event = Omit<Prisma.AuditEventCreateManyInput, "at" | "initiativeId"> & { at: Date; initiativeId: string };
type Maker = (i: GenInitiative, at: Date) => Event | null;

function group<T extends { initiativeId: string }>(xs: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const list = m.get(x.initiativeId);
    if (list) list.push(x);
    else m.set(x.initiativeId, [x]);
  }
  return m;
}

function indexRows(rows: LargeRows): Index {
  const measurements = new Map<string, { id: string; periodDate: Date; value: string }[]>();
  for (const m of rows.measurements) {
    const list = measurements.get(m.kpiId) ?? [];
    list.push({ id: m.id!, periodDate: m.periodDate as Date, value: String(m.value) });
    measurements.set(m.kpiId, list);
  }
  return {
    kpis: group(rows.kpis.map((k) => ({ id: k.id!, initiativeId: k.initiativeId! }))),
    measurements,
    reports: group(rows.reports.map((r) => ({ id: r.id!, initiativeId: r.initiativeId }))),
    risks: group(rows.risks.map((r) => ({ id: r.id!, initiativeId: r.initiativeId }))),
    budgets: group(rows.budgetLines.map((b) => ({ id: b.id!, initiativeId: b.initiativeId, year: b.year }))),
  };
}

type Json = Prisma.InputJsonValue | undefined;

/** The kinds of change, with their relative frequency; a maker returns null when the initiative has nothing to change. */
function makers(rng: Rng, ctx: SeedContext, idx: Index): { table: [number, Maker][]; fallback: Maker } {
  const lead = (i: GenInitiative) => rng.pick(i.leads);
  const head = (i: GenInitiative) => ctx.headByDepartment.get(i.departmentId) ?? ctx.adminId;
  const version = () => rng.int(1, 6);
  const ev = (i: GenInitiative, at: Date, actorId: string, action: string, entity: [string, string], before: Json, after: Json): Event => ({
    at,
    actorId,
    action,
    entityType: entity[0],
    entityId: entity[1],
    initiativeId: i.id,
    before,
    after,
  });
  const onMilestone = (make: (i: GenInitiative, at: Date, m: GenInitiative["milestones"][number], v: number) => Event): Maker => (i, at) =>
    i.milestones.length ? make(i, at, rng.pick(i.milestones), version()) : null;
  const onChild = (map: Map<string, Ref[]>, make: (i: GenInitiative, at: Date, id: string) => Event): Maker => (i, at) => {
    const list = map.get(i.id);
    return list?.length ? make(i, at, rng.pick(list).id) : null;
  };
  const report = (action: string, by: "lead" | "head", before: Json, after: Json) =>
    onChild(idx.reports, (i, at, id) => ev(i, at, by === "lead" ? lead(i) : head(i), action, ["StatusReport", id], before, after));
  const risk = (action: string, before: Json, after: Json) => onChild(idx.risks, (i, at, id) => ev(i, at, lead(i), action, ["Risk", id], before, after));

  const editInitiative: Maker = (i, at) =>
    ev(i, at, lead(i), "initiative.update", ["Initiative", i.id], { version: 1 }, { summary: "Zusammenfassung aktualisiert", version: 2 });

  const table: [number, Maker][] = [
    [14, onMilestone((i, at, m, v) => ev(i, at, lead(i), "milestone.complete", ["Milestone", m.id], { completedDate: null, version: v }, { completedDate: isoDay(at), version: v + 1 }))],
    [10, onMilestone((i, at, m, v) => ev(i, at, lead(i), "milestone.moveForecast", ["Milestone", m.id], { forecastDate: isoDay(m.baseline), version: v }, { forecastDate: isoDay(m.forecast), version: v + 1 }))],
    [5, onMilestone((i, at, m, v) => ev(i, at, lead(i), "milestone.update", ["Milestone", m.id], { title: m.title, version: v }, { title: m.title, description: "Beschreibung ergänzt", version: v + 1 }))],
    [
      18,
      (i, at) => {
        const kpi = idx.kpis.get(i.id)?.[0];
        const values = kpi && idx.measurements.get(kpi.id);
        if (!kpi || !values?.length) return null;
        const m = rng.pick(values);
        return ev(i, at, lead(i), "kpiMeasurement.record", ["KpiMeasurement", m.id], undefined, { kpiId: kpi.id, periodDate: isoDay(m.periodDate), value: m.value });
      },
    ],
    [5, report("statusReport.createDraft", "lead", undefined, { state: "DRAFT" })],
    [6, report("statusReport.update", "lead", { version: 1 }, { version: 2 })],
    [5, report("statusReport.submit", "lead", { state: "DRAFT" }, { state: "SUBMITTED" })],
    [4, report("statusReport.approve", "head", { state: "SUBMITTED" }, { state: "APPROVED" })],
    [1, report("statusReport.return", "head", { state: "SUBMITTED" }, { state: "RETURNED" })],
    [3, risk("risk.create", undefined, { status: "OPEN" })],
    [4, risk("risk.update", { status: "OPEN" }, { status: "MITIGATING" })],
    [2, risk("risk.close", { status: "MITIGATING" }, { status: "CLOSED" })],
    [
      6,
      onChild(idx.budgets, (i, at, id) => {
        const amount = rng.int(1, 40) * 2_500;
        return ev(i, at, lead(i), "budgetLine.recordActual", ["BudgetLine", id], { actual: String(amount) }, { actual: String(amount + rng.int(1, 20) * 1_000) });
      }),
    ],
    [3, onChild(idx.budgets, (i, at, id) => ev(i, at, head(i), "budgetLine.plan", ["BudgetLine", id], { note: "" }, { note: "Planansatz fortgeschrieben" }))],
    [6, editInitiative],
    [2, (i, at) => ev(i, at, rng.chance(0.5) ? head(i) : ctx.adminId, "initiative.setStatus", ["Initiative", i.id], { status: "PLANNED" }, { status: i.status })],
  ];
  return { table, fallback: editInitiative };
}

/** `count` audit events over the last two years (never before the initiative existed), oldest first. */
export function buildAuditEvents(rng: Rng, ctx: SeedContext, initiatives: GenInitiative[], count: number, rows: LargeRows) {
  if (initiatives.length === 0 || count <= 0) return;
  const { table, fallback } = makers(rng, ctx, indexRows(rows));
  const totalWeight = table.reduce((s, [w]) => s + w, 0);
  const from = addDays(ctx.now, -730);
  const latest = ctx.now.getTime() - HOUR;
  const events: Event[] = [];
  while (events.length < count) {
    const i = rng.pick(initiatives);
    const start = maxD(from, i.createdAt).getTime();
    const at = new Date(start + rng.next() * Math.max(DAY, latest - start));
    let r = rng.next() * totalWeight;
    const maker = table.find(([w]) => (r -= w) < 0)?.[1] ?? table[0]![1];
    // Initiatives without the part a change needs (no KPI, no report yet) get an edit of the initiative itself.
    events.push(maker(i, at) ?? fallback(i, at)!);
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const e of events) rows.auditEvents.push(e);
}
