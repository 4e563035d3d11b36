import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { createTokenAction } from "@/lib/tokens/mutations";
import { actorFromBearer } from "@/lib/tokens/verify";
import { demoFixture } from "@/tests/db";
import { cityToday, recordKpiMeasurementAction } from "./mutations";

const demo = demoFixture();
let admin: Actor;
let head: Actor;
let lead: Actor;
let otherLead: Actor;
let viewer: Actor;
/** VER-01's KPI (INTEGER), led by projektleitung@. */
let kpi: { id: string; initiativeId: string; baselineDate: Date };
/** VER-02's KPI (PERCENT), also led by projektleitung@. */
let percentKpi: { id: string };
/** A masterplan-level KPI: no department, no leads. */
let masterplanKpi: { id: string; baselineDate: Date };

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

async function sessionActor(email: string): Promise<Actor> {
  const u = await demo.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, departmentId: true } });
  return { ...u, via: "session" };
}

async function tokenActor(owner: Actor, scopes: string[]): Promise<Actor> {
  const created = await createTokenAction.execute(owner, { name: "test", scopes }, { db: demo.prisma });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return (await actorFromBearer(demo.prisma, `Bearer ${created.data.token}`))!;
}

/** A period date after the KPI's baseline (and not after today) without a measurement yet. */
let nextOffset = 1;
async function freeDate(k: { id: string; baselineDate: Date }): Promise<string> {
  for (;;) {
    const date = iso(new Date(k.baselineDate.getTime() + nextOffset++ * DAY));
    if (date > cityToday()) throw new Error("ran out of free dates");
    const taken = await demo.prisma.kpiMeasurement.count({ where: { kpiId: k.id, periodDate: new Date(`${date}T00:00:00Z`) } });
    if (!taken) return date;
  }
}

const record = (actor: Actor | null, raw: Record<string, unknown>) =>
  recordKpiMeasurementAction.execute(actor, raw, { db: demo.prisma, requestId: "req-kpi-test", locale: "en" });

beforeAll(async () => {
  admin = await sessionActor("admin@demo.masterplan.example");
  head = await sessionActor("abteilungsleitung@demo.masterplan.example");
  lead = await sessionActor("projektleitung@demo.masterplan.example");
  viewer = await sessionActor("betrachter@demo.masterplan.example");
  const ver01 = await demo.prisma.initiative.findUniqueOrThrow({
    where: { code: "VER-01" },
    select: { id: true, leads: { select: { userId: true } }, kpis: { select: { id: true, baselineDate: true, valueType: true } } },
  });
  expect(ver01.leads.map((l) => l.userId)).toContain(lead.id);
  expect(ver01.kpis[0]?.valueType).toBe("INTEGER");
  kpi = { ...ver01.kpis[0]!, initiativeId: ver01.id };
  const other = await demo.prisma.user.findFirstOrThrow({
    where: { role: "PROJECT_LEAD", active: true, leadOf: { none: { initiativeId: ver01.id } } },
    select: { email: true },
  });
  otherLead = await sessionActor(other.email);
  percentKpi = await demo.prisma.kpi.findFirstOrThrow({
    where: { valueType: "PERCENT", initiative: { leads: { some: { userId: lead.id } } } },
    select: { id: true },
  });
  masterplanKpi = await demo.prisma.kpi.findFirstOrThrow({ where: { scope: "MASTERPLAN" }, select: { id: true, baselineDate: true } });
});

describe("recordKpiMeasurementAction: who may record", () => {
  it("lets the project lead of the KPI's initiative record a value, audited with the initiative", async () => {
    const periodDate = await freeDate(kpi);
    const result = await record(lead, { kpiId: kpi.id, periodDate, value: 123, note: "Zählung Q3" });
    expect(result).toMatchObject({ ok: true, data: { kpiId: kpi.id, periodDate, value: 123, note: "Zählung Q3", version: 1, updated: false } });
    const row = await demo.prisma.kpiMeasurement.findUniqueOrThrow({ where: { kpiId_periodDate: { kpiId: kpi.id, periodDate: new Date(periodDate) } } });
    expect(row.value.toNumber()).toBe(123);
    expect(row.recordedById).toBe(lead.id);

    const audit = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "kpiMeasurement.record", entityId: row.id } });
    expect(audit).toMatchObject({ actorId: lead.id, actorLabel: null, entityType: "KpiMeasurement", initiativeId: kpi.initiativeId, requestId: "req-kpi-test", before: null });
    expect(audit.after).toMatchObject({ value: "123", note: "Zählung Q3" });
  });

  it("lets the department head of the initiative's department record a value", async () => {
    expect(await record(head, { kpiId: kpi.id, periodDate: await freeDate(kpi), value: 1 })).toMatchObject({ ok: true });
  });

  it("forbids a project lead of another initiative, writes nothing and audits the denial", async () => {
    const periodDate = await freeDate(kpi);
    const result = await record(otherLead, { kpiId: kpi.id, periodDate, value: 5 });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await demo.prisma.kpiMeasurement.count({ where: { kpiId: kpi.id, periodDate: new Date(periodDate) } })).toBe(0);
    expect(await demo.prisma.auditEvent.count({ where: { action: "authz.denied", actorId: otherLead.id, entityId: "kpiMeasurement.record" } })).toBe(1);
  });

  it("forbids viewers and council members", async () => {
    const council = await sessionActor("rat@demo.masterplan.example");
    for (const actor of [viewer, council]) {
      expect(await record(actor, { kpiId: kpi.id, periodDate: await freeDate(kpi), value: 5 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });

  it("lets only admins record masterplan-level KPIs", async () => {
    expect(await record(lead, { kpiId: masterplanKpi.id, periodDate: await freeDate(masterplanKpi), value: 5 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await record(head, { kpiId: masterplanKpi.id, periodDate: await freeDate(masterplanKpi), value: 5 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await record(admin, { kpiId: masterplanKpi.id, periodDate: await freeDate(masterplanKpi), value: 5 })).toMatchObject({ ok: true });
  });

  it("lets the lead record through a KPI_WRITE token, audited as that token", async () => {
    const actor = await tokenActor(lead, ["KPI_WRITE"]);
    const result = await record(actor, { kpiId: kpi.id, periodDate: await freeDate(kpi), value: 7 });
    expect(result.ok).toBe(true);
    const audit = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "kpiMeasurement.record", entityId: result.ok ? result.data.id : "" } });
    expect(audit).toMatchObject({ actorId: lead.id, actorLabel: `token:${actor.tokenId}` });
  });

  it("forbids a READ-scoped token, even of the initiative's lead", async () => {
    const actor = await tokenActor(lead, ["READ"]);
    expect(await record(actor, { kpiId: kpi.id, periodDate: await freeDate(kpi), value: 7 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("forbids a KPI_WRITE token of a viewer: a scope never exceeds the role", async () => {
    const actor = await tokenActor(viewer, ["KPI_WRITE"]);
    expect(await record(actor, { kpiId: kpi.id, periodDate: await freeDate(kpi), value: 7 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("answers UNAUTHENTICATED without an actor and NOT_FOUND for an unknown KPI", async () => {
    expect(await record(null, { kpiId: kpi.id, periodDate: "2024-01-01", value: 1 })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await record(admin, { kpiId: "0190aaaa-0000-7000-8000-000000000000", periodDate: "2024-01-01", value: 1 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});

describe("recordKpiMeasurementAction: one value per date", () => {
  it("updates the existing measurement of the same date instead of adding a second one", async () => {
    const periodDate = await freeDate(kpi);
    const first = await record(lead, { kpiId: kpi.id, periodDate, value: 10 });
    const second = await record(lead, { kpiId: kpi.id, periodDate, value: 11, note: "korrigiert" });
    expect(first.ok && second.ok).toBe(true);
    expect(second).toMatchObject({ ok: true, data: { value: 11, note: "korrigiert", version: 2, updated: true } });
    expect(first.ok && second.ok && first.data.id === second.data.id).toBe(true);
    expect(await demo.prisma.kpiMeasurement.count({ where: { kpiId: kpi.id, periodDate: new Date(periodDate) } })).toBe(1);

    const events = await demo.prisma.auditEvent.findMany({ where: { action: "kpiMeasurement.record", entityId: second.ok ? second.data.id : "" }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[1]!.before).toMatchObject({ value: "10", version: 1 });
    expect(events[1]!.after).toMatchObject({ value: "11", version: 2, note: "korrigiert" });
  });
});

describe("recordKpiMeasurementAction: plausibility", () => {
  it("rejects a date in the future with a field error", async () => {
    const result = await record(lead, { kpiId: kpi.id, periodDate: "2999-12-31", value: 1 });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { periodDate: ["The date must not be in the future."] } });
  });

  it("rejects a date before the KPI's baseline", async () => {
    const periodDate = iso(new Date(kpi.baselineDate.getTime() - DAY));
    const result = await record(lead, { kpiId: kpi.id, periodDate, value: 1 });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { periodDate: ["The date must not be before the KPI's baseline date."] } });
  });

  it("rejects a fraction for an INTEGER KPI", async () => {
    const result = await record(lead, { kpiId: kpi.id, periodDate: await freeDate(kpi), value: 1.5 });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { value: ["This KPI only takes whole numbers."] } });
  });

  it("accepts 0 to 100 for a PERCENT KPI and rejects values outside", async () => {
    const k = await demo.prisma.kpi.findUniqueOrThrow({ where: { id: percentKpi.id }, select: { id: true, baselineDate: true } });
    for (const value of [-0.1, 100.5]) {
      const result = await record(lead, { kpiId: k.id, periodDate: await freeDate(k), value });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { value: ["A percentage must be between 0 and 100."] } });
    }
    expect(await record(lead, { kpiId: k.id, periodDate: await freeDate(k), value: 99.5 })).toMatchObject({ ok: true, data: { value: 99.5 } });
  });

  it("rejects malformed input with localized field errors and writes nothing", async () => {
    const before = await demo.prisma.kpiMeasurement.count();
    const result = await record(lead, { kpiId: kpi.id, periodDate: "25.11.2026", value: "12" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("VALIDATION");
    expect(result.fieldErrors?.periodDate).toEqual(["The format is invalid."]);
    expect(result.fieldErrors?.value).toHaveLength(1);
    expect(await demo.prisma.kpiMeasurement.count()).toBe(before);
  });

  it("ignores fields it does not know, such as another recorder", async () => {
    const result = await record(lead, { kpiId: kpi.id, periodDate: await freeDate(kpi), value: 3, recordedById: admin.id, version: 99 });
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    const row = await demo.prisma.kpiMeasurement.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" } });
    expect(row.recordedById).toBe(lead.id);
  });

  it("computes today in the city's time zone", () => {
    expect(cityToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(cityToday(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
  });
});
