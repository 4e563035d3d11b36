// KPIs of the masterplan and of its fields of action: defined, edited and deleted by admins only,
// through the same actions and checks as an initiative's; their values recorded by admins; the
// page that lists them (/app/kpis/plan) in a constant number of queries; the public flag.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { countQueries } from "@/lib/db/query-counter";
import de from "@/lib/i18n/messages/de.json";
import { loadPublicKpis } from "@/lib/public/initiative-queries";
import { demoFixture } from "@/tests/db";
import { createPlanKpiDefinitionAction, deleteKpiDefinitionAction, updateKpiDefinitionAction } from "./definitions";
import { recordKpiMeasurementAction } from "./mutations";
import { listPlanKpis } from "./queries";

const demo = demoFixture();
let masterplanId: string;
const opts = () => ({ db: demo.prisma, locale: "de" as const });

const fields = {
  name: "Digitale Verwaltungsleistungen",
  description: "Online verfügbare Leistungen nach OZG",
  unit: "Anzahl",
  valueType: "INTEGER",
  direction: "HIGHER_IS_BETTER",
  baselineValue: "1.200",
  baselineDate: "2024-01-01",
  targetValue: "575",
  targetDate: "2030-12-31",
  frequency: "YEARLY",
  isPublic: false,
  method: "Zählung im Serviceportal",
  source: "Serviceportal",
};

let n = 0;
/** A fresh field of action at the end of the order (archived or not). */
async function field(archived = false, sortOrder = 900 + n) {
  const code = `PK${n++}`;
  return demo.prisma.fieldOfAction.create({
    data: { masterplanId, code, slug: `plan-kpi-${code.toLowerCase()}`, title: `Feld ${code}`, sortOrder, archivedAt: archived ? new Date("2026-01-01T00:00:00Z") : null },
  });
}

async function create(actor: Actor, input: Record<string, unknown>) {
  return createPlanKpiDefinitionAction.execute(actor, { ...fields, baselineValue: "100", targetValue: "575", ...input }, opts());
}

async function created(input: Record<string, unknown>) {
  const r = await create(demo.admin, input);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return demo.prisma.kpi.findUniqueOrThrow({ where: { id: r.data.id } });
}

beforeAll(async () => {
  masterplanId = (await demo.prisma.masterplan.findFirstOrThrow({ orderBy: { createdAt: "asc" } })).id;
});

describe("defining KPIs of the masterplan and its fields", () => {
  it("lets an admin define a masterplan KPI with every field, audited with scope and owner", async () => {
    const r = await create(demo.admin, { scope: "MASTERPLAN", ownerId: masterplanId, baselineValue: "1.200", targetValue: "2.500" });
    expect(r.ok).toBe(true);
    const kpi = await demo.prisma.kpi.findUniqueOrThrow({ where: { id: r.ok ? r.data.id : "" } });
    expect(kpi).toMatchObject({
      scope: "MASTERPLAN",
      masterplanId,
      fieldOfActionId: null,
      initiativeId: null,
      valueType: "INTEGER",
      frequency: "YEARLY",
      isPublic: false,
      method: fields.method,
      source: fields.source,
      version: 1,
    });
    expect([kpi.baselineValue.toString(), kpi.targetValue.toString()]).toEqual(["1200", "2500"]);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "kpi.create", entityId: kpi.id } });
    expect(event).toMatchObject({ actorId: demo.admin.id, entityType: "Kpi", initiativeId: null });
    expect(event.after).toMatchObject({ scope: "MASTERPLAN", ownerId: masterplanId, baselineDate: "2024-01-01", frequency: "YEARLY" });
  });

  it("defines a field's KPI, and ignores owner fields smuggled in beside scope and ownerId", async () => {
    const f = await field();
    const ver01 = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } });
    const kpi = await created({ scope: "FIELD_OF_ACTION", ownerId: f.id, initiativeId: ver01.id, masterplanId, frequency: "MONTHLY" });
    expect(kpi).toMatchObject({ scope: "FIELD_OF_ACTION", fieldOfActionId: f.id, masterplanId: null, initiativeId: null, frequency: "MONTHLY" });
  });

  it("refuses the department head, a project lead and a council member, and audits the denial", async () => {
    const f = await field();
    for (const actor of [demo.head, demo.lead, demo.council]) {
      expect(await create(actor, { name: "Verboten", scope: "FIELD_OF_ACTION", ownerId: f.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.kpi.count({ where: { name: "Verboten" } })).toBe(0);
    expect(await demo.prisma.auditEvent.count({ where: { action: "authz.denied", actorId: demo.head.id, entityId: "kpi.createForPlan" } })).toBe(1);
  });

  it("needs an owner that exists as what the scope says, and no archived field", async () => {
    expect(await create(demo.admin, { scope: "FIELD_OF_ACTION", ownerId: masterplanId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const archived = await field(true);
    expect(await create(demo.admin, { scope: "FIELD_OF_ACTION", ownerId: archived.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { _form: [de.planKpis.archivedField] },
    });
    expect(await create(demo.admin, { scope: "INITIATIVE", ownerId: masterplanId })).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("checks the definition as for an initiative's KPI: one set of rules", async () => {
    const early = await create(demo.admin, { scope: "MASTERPLAN", ownerId: masterplanId, targetDate: "2023-12-31" });
    expect(early).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { targetDate: [de.kpis.errors.targetDate] } });
    const fraction = await create(demo.admin, { scope: "MASTERPLAN", ownerId: masterplanId, baselineValue: "12,5" });
    expect(fraction).toMatchObject({ ok: false, fieldErrors: { baselineValue: [de.kpiMeasurements.errors.notInteger] } });
    const frequency = await create(demo.admin, { scope: "MASTERPLAN", ownerId: masterplanId, frequency: "DAILY" });
    expect(frequency).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { frequency: [expect.any(String)] } });
  });

  it("edits a plan KPI for admins only, version-checked, with before and after in the audit log", async () => {
    const kpi = await created({ scope: "MASTERPLAN", ownerId: masterplanId });
    const edit = { ...fields, baselineValue: "100", targetValue: "600", id: kpi.id, frequency: "QUARTERLY", isPublic: true };
    expect(await updateKpiDefinitionAction.execute(demo.head, { ...edit, version: 1 }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateKpiDefinitionAction.execute(demo.admin, { ...edit, version: 1 }, opts())).toMatchObject({ ok: true, data: { version: 2 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "kpi.update", entityId: kpi.id } });
    expect(event.before).toMatchObject({ targetValue: "575", frequency: "YEARLY", isPublic: false, version: 1 });
    expect(event.after).toMatchObject({ targetValue: "600", frequency: "QUARTERLY", isPublic: true, version: 2 });

    // Someone else saved first: the stale version is refused with what is stored now.
    const stale = await updateKpiDefinitionAction.execute(demo.admin, { ...edit, targetValue: "700", version: 1 }, opts());
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", current: { targetValue: "600", frequency: "QUARTERLY", version: 2 } });
    // The owner cannot be changed through an edit.
    const ver01 = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } });
    await updateKpiDefinitionAction.execute(demo.admin, { ...edit, version: 2, scope: "INITIATIVE", initiativeId: ver01.id }, opts());
    expect(await demo.prisma.kpi.findUniqueOrThrow({ where: { id: kpi.id } })).toMatchObject({ scope: "MASTERPLAN", masterplanId, initiativeId: null, version: 3 });
  });

  it("deletes a plan KPI without values; with values it is kept and the admin is told why", async () => {
    const f = await field();
    const unused = await created({ scope: "FIELD_OF_ACTION", ownerId: f.id });
    expect(await deleteKpiDefinitionAction.execute(demo.head, { id: unused.id, version: 1 }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteKpiDefinitionAction.execute(demo.admin, { id: unused.id, version: 1 }, opts())).toMatchObject({ ok: true });
    expect(await demo.prisma.kpi.count({ where: { id: unused.id } })).toBe(0);
    expect(await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "kpi.delete", entityId: unused.id } })).toMatchObject({
      initiativeId: null,
      before: expect.objectContaining({ name: fields.name }),
    });

    const measured = await created({ scope: "FIELD_OF_ACTION", ownerId: f.id });
    expect(await recordKpiMeasurementAction.execute(demo.admin, { kpiId: measured.id, periodDate: "2024-12-31", value: 150 }, opts())).toMatchObject({ ok: true });
    const refused = await deleteKpiDefinitionAction.execute(demo.admin, { id: measured.id, version: 1 }, opts());
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { _form: [de.kpis.deleteBlocked] } });
    expect(await demo.prisma.kpi.count({ where: { id: measured.id } })).toBe(1);
  });
});

describe("recording values of the plan's KPIs", () => {
  it("lets admins record and correct values, nobody else", async () => {
    const kpi = await created({ scope: "MASTERPLAN", ownerId: masterplanId });
    const value = { kpiId: kpi.id, periodDate: "2025-12-31", value: 180 };
    for (const actor of [demo.head, demo.lead, demo.council]) {
      expect(await recordKpiMeasurementAction.execute(actor, value, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await recordKpiMeasurementAction.execute(demo.admin, value, opts())).toMatchObject({ ok: true, data: { updated: false } });
    expect(await recordKpiMeasurementAction.execute(demo.admin, { ...value, value: 185, note: "korrigiert" }, opts())).toMatchObject({ ok: true, data: { updated: true } });
    const stored = await demo.prisma.kpiMeasurement.findMany({ where: { kpiId: kpi.id } });
    expect(stored.map((m) => [m.value.toString(), m.note, m.recordedById])).toEqual([["185", "korrigiert", demo.admin.id]]);
    const events = await demo.prisma.auditEvent.findMany({ where: { action: "kpiMeasurement.record", entityId: stored[0]!.id } });
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.initiativeId === null)).toBe(true);
    // Plausibility as for every KPI: a whole number for an INTEGER KPI.
    expect(await recordKpiMeasurementAction.execute(demo.admin, { ...value, value: 1.5 }, opts())).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("listPlanKpis", () => {
  it("groups the masterplan's KPIs and each field's in the fields' order, archived fields only with KPIs", async () => {
    const later = await field(false, 950);
    const earlier = await field(false, 940);
    const archivedEmpty = await field(true, 945);
    const archivedWithKpi = await field(true, 946);
    await demo.prisma.kpi.create({
      data: { scope: "FIELD_OF_ACTION", fieldOfActionId: archivedWithKpi.id, name: "Altbestand", unit: "x", baselineValue: 0, baselineDate: new Date("2024-01-01"), targetValue: 1, targetDate: new Date("2027-01-01") },
    });
    const kpi = await created({ scope: "FIELD_OF_ACTION", ownerId: earlier.id, name: "Glasfaseranschlüsse", frequency: "QUARTERLY", baselineDate: "2025-01-01", targetDate: "2027-12-31" });
    await recordKpiMeasurementAction.execute(demo.admin, { kpiId: kpi.id, periodDate: "2026-06-30", value: 400 }, opts());
    await recordKpiMeasurementAction.execute(demo.admin, { kpiId: kpi.id, periodDate: "2026-09-30", value: 420 }, opts());

    const page = (await listPlanKpis(demo.prisma, demo.council))!;
    const order = page.fields.map((f) => f.id);
    expect(order.indexOf(earlier.id)).toBeLessThan(order.indexOf(archivedWithKpi.id));
    expect(order.indexOf(archivedWithKpi.id)).toBeLessThan(order.indexOf(later.id));
    expect(order).not.toContain(archivedEmpty.id);
    expect(page.fields.find((f) => f.id === archivedWithKpi.id)).toMatchObject({ archived: true, kpis: [expect.objectContaining({ name: "Altbestand" })] });
    expect(page.fields.find((f) => f.id === later.id)).toMatchObject({ archived: false, kpis: [] });
    expect(page.masterplan.kpis.length).toBeGreaterThan(0);
    expect(page.masterplan.kpis.every((k) => k.masterplanId === page.masterplan.id && k.fieldOfActionId === null)).toBe(true);

    // Latest value, target, attainment and the next due day (quarterly: the end of the quarter after the last value's).
    const listed = page.fields.find((f) => f.id === earlier.id)!.kpis[0]!;
    expect(listed).toMatchObject({
      name: "Glasfaseranschlüsse",
      targetValue: "575",
      measurementCount: 2,
      recent: [expect.objectContaining({ periodDate: "2026-09-30", value: "420" }), expect.objectContaining({ periodDate: "2026-06-30" })],
      nextDue: { date: "2026-12-31", due: false },
    });
    // 420 on 30 Sep 2026 lies beyond the path from 100 (1 Jan 2025) to 575 (31 Dec 2027): about 377 then.
    expect(listed.attainment).toBe("ON_COURSE");
  });

  it("tells admins they may define and record here, and nobody else", async () => {
    expect(await listPlanKpis(demo.prisma, demo.admin)).toMatchObject({ canDefine: true, canRecord: true });
    for (const actor of [demo.head, demo.lead, demo.council]) expect(await listPlanKpis(demo.prisma, actor)).toMatchObject({ canDefine: false, canRecord: false });
    await expect(listPlanKpis(demo.prisma, null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("sends the same number of SQL statements however many fields, KPIs and values there are", async () => {
    const before = await countQueries(demo.counting, () => listPlanKpis(demo.counting, demo.admin));
    for (let i = 0; i < 4; i++) {
      const f = await field();
      for (let k = 0; k < 3; k++) {
        const kpi = await demo.prisma.kpi.create({
          data: { scope: "FIELD_OF_ACTION", fieldOfActionId: f.id, name: `Menge ${i}-${k}`, unit: "x", baselineValue: 0, baselineDate: new Date("2024-01-01"), targetValue: 1, targetDate: new Date("2027-01-01") },
        });
        await demo.prisma.kpiMeasurement.createMany({ data: Array.from({ length: 9 }, (_, m) => ({ kpiId: kpi.id, periodDate: new Date(Date.UTC(2025, m + 1, 0)), value: m })) });
      }
    }
    const after = await countQueries(demo.counting, () => listPlanKpis(demo.counting, demo.admin));
    const kpis = (r: typeof after.result) => r!.masterplan.kpis.length + r!.fields.reduce((s, f) => s + f.kpis.length, 0);
    expect(kpis(after.result) - kpis(before.result)).toBe(12);
    expect(after.count).toBe(before.count);
    expect(before.count).toBeLessThanOrEqual(6);
  });
});

describe("the public site", () => {
  it("shows a plan KPI only while it is flagged public", async () => {
    const f = await field();
    const internal = await created({ scope: "FIELD_OF_ACTION", ownerId: f.id, name: "Intern geführt", isPublic: false });
    await created({ scope: "FIELD_OF_ACTION", ownerId: f.id, name: "Öffentlich geführt", isPublic: true });
    expect((await loadPublicKpis(demo.prisma, { fieldOfActionId: f.id })).map((k) => k.name)).toEqual(["Öffentlich geführt"]);

    await updateKpiDefinitionAction.execute(demo.admin, { ...fields, baselineValue: "100", targetValue: "575", name: "Intern geführt", id: internal.id, version: 1, isPublic: true }, opts());
    expect((await loadPublicKpis(demo.prisma, { fieldOfActionId: f.id })).map((k) => k.name)).toEqual(["Intern geführt", "Öffentlich geführt"]);
    const masterplanNames = (await loadPublicKpis(demo.prisma, { masterplanId })).map((k) => k.name);
    expect(masterplanNames).not.toContain("Intern geführt");
  });
});
