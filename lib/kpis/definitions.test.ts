import { beforeAll, describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import { demoFixture, executeOk } from "@/tests/db";
import { createKpiDefinitionAction, deleteKpiDefinitionAction, updateKpiDefinitionAction } from "./definitions";

const demo = demoFixture();
/** VER-01: department DIGI, led by projektleitung@. */
let own: string;

const fields = {
  name: "Online-Anträge pro Monat",
  description: "Über das Serviceportal gestellte Anträge",
  unit: "Anzahl",
  valueType: "DECIMAL",
  direction: "HIGHER_IS_BETTER",
  baselineValue: "1.250,5",
  baselineDate: "2024-01-01",
  targetValue: "12000",
  targetDate: "2028-12-31",
  isPublic: false,
  method: "Auswertung Portal",
  source: "Serviceportal",
};

async function freshKpi() {
  const { id } = await executeOk(createKpiDefinitionAction, demo.admin, { ...fields, initiativeId: own }, { db: demo.prisma });
  return demo.prisma.kpi.findUniqueOrThrow({ where: { id } });
}

beforeAll(async () => {
  own = (await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } })).id;
});

describe("createKpiDefinitionAction", () => {
  it("lets the department head define an initiative KPI with exact decimals, audited with the initiative", async () => {
    const r = await createKpiDefinitionAction.execute(demo.head, { ...fields, initiativeId: own, scope: "MASTERPLAN", masterplanId: null }, { db: demo.prisma });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const kpi = await demo.prisma.kpi.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(kpi).toMatchObject({ scope: "INITIATIVE", initiativeId: own, masterplanId: null, name: fields.name, isPublic: false, version: 1 });
    expect([kpi.baselineValue.toString(), kpi.targetValue.toString()]).toEqual(["1250.5", "12000"]);
    expect(kpi.targetDate.toISOString().slice(0, 10)).toBe("2028-12-31");
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "kpi.create", entityId: kpi.id } });
    expect(event).toMatchObject({ actorId: demo.head.id, entityType: "Kpi", initiativeId: own });
    expect(event.after).toMatchObject({ baselineValue: "1250.5", baselineDate: "2024-01-01", targetDate: "2028-12-31" });
  });

  it("forbids project leads (even of the initiative) and heads of other departments", async () => {
    for (const actor of [demo.lead, demo.headVerk]) {
      const r = await createKpiDefinitionAction.execute(actor, { ...fields, name: "Verboten", initiativeId: own }, { db: demo.prisma });
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.kpi.count({ where: { name: "Verboten" } })).toBe(0);
  });

  it("requires the target date after the baseline date", async () => {
    for (const targetDate of ["2024-01-01", "2023-12-31"]) {
      const r = await createKpiDefinitionAction.execute(demo.admin, { ...fields, initiativeId: own, targetDate }, { db: demo.prisma, locale: "de" });
      expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { targetDate: [de.kpis.errors.targetDate] } });
    }
  });

  it("checks values against the kind of value: whole numbers, percentages from 0 to 100", async () => {
    const integer = await createKpiDefinitionAction.execute(demo.admin, { ...fields, initiativeId: own, valueType: "INTEGER" }, { db: demo.prisma, locale: "de" });
    expect(integer).toMatchObject({ ok: false, fieldErrors: { baselineValue: [de.kpiMeasurements.errors.notInteger] } });
    const percent = await createKpiDefinitionAction.execute(
      demo.admin,
      { ...fields, initiativeId: own, valueType: "PERCENT", baselineValue: "12,5", targetValue: "100,1" },
      { db: demo.prisma, locale: "de" },
    );
    expect(percent).toMatchObject({ ok: false, fieldErrors: { targetValue: [de.kpiMeasurements.errors.percentRange] } });
    const scale = await createKpiDefinitionAction.execute(demo.admin, { ...fields, initiativeId: own, baselineValue: "0,12345" }, { db: demo.prisma, locale: "de" });
    expect(scale).toMatchObject({ ok: false, fieldErrors: { baselineValue: [de.decimalInput.scale] } });
  });
});

describe("updateKpiDefinitionAction", () => {
  it("edits a KPI for the head, version-checked, with before and after", async () => {
    const kpi = await freshKpi();
    const r = await updateKpiDefinitionAction.execute(demo.head, { ...fields, id: kpi.id, version: 1, targetValue: "15.000", direction: "LOWER_IS_BETTER" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "kpi.update", entityId: kpi.id } });
    expect(event.before).toMatchObject({ targetValue: "12000", direction: "HIGHER_IS_BETTER", version: 1 });
    expect(event.after).toMatchObject({ targetValue: "15000", direction: "LOWER_IS_BETTER", version: 2 });
    expect(event.initiativeId).toBe(own);

    const stale = await updateKpiDefinitionAction.execute(demo.admin, { ...fields, id: kpi.id, version: 1 }, { db: demo.prisma });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", current: { targetValue: "15000", baselineDate: "2024-01-01", version: 2 } });
  });

  it("leaves masterplan-level KPIs to admins: they belong to no department", async () => {
    const masterplanKpi = await demo.prisma.kpi.findFirstOrThrow({ where: { scope: "MASTERPLAN" } });
    const r = await updateKpiDefinitionAction.execute(demo.head, { ...fields, id: masterplanKpi.id, version: masterplanKpi.version }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteKpiDefinitionAction.execute(demo.head, { id: masterplanKpi.id, version: masterplanKpi.version }, { db: demo.prisma })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });
});

describe("deleteKpiDefinitionAction", () => {
  it("deletes a KPI without measurements and keeps it in the audit log", async () => {
    const kpi = await freshKpi();
    expect(await deleteKpiDefinitionAction.execute(demo.head, { id: kpi.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await demo.prisma.kpi.count({ where: { id: kpi.id } })).toBe(0);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "kpi.delete", entityId: kpi.id } });
    expect(event).toMatchObject({ initiativeId: own, after: null, before: expect.objectContaining({ name: fields.name }) });
  });

  it("refuses to delete a KPI that has measurements", async () => {
    const kpi = await freshKpi();
    await demo.prisma.kpiMeasurement.create({ data: { kpiId: kpi.id, periodDate: new Date("2025-01-31"), value: 10 } });
    const r = await deleteKpiDefinitionAction.execute(demo.admin, { id: kpi.id, version: 1 }, { db: demo.prisma, locale: "de" });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { _form: [de.kpis.deleteBlocked] } });
    expect(await demo.prisma.kpi.count({ where: { id: kpi.id } })).toBe(1);
  });

  it("forbids the project lead of the initiative", async () => {
    const kpi = await freshKpi();
    expect(await deleteKpiDefinitionAction.execute(demo.lead, { id: kpi.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

// A KPI's optional English name, description and unit: created and edited with the rest, audited,
// version-checked; left out they stay, emptied they go.
describe("English texts of a KPI", () => {
  const englishFields = {
    name: "Online-Anträge pro Monat",
    unit: "Anzahl",
    valueType: "DECIMAL",
    direction: "HIGHER_IS_BETTER",
    baselineValue: "10",
    baselineDate: "2024-01-01",
    targetValue: "20",
    targetDate: "2028-12-31",
  };

  it("are saved on create and edit, audited, kept when left out and removed when emptied", async () => {
    const { id } = await executeOk(createKpiDefinitionAction, demo.admin, { ...englishFields, initiativeId: own, nameEn: " Online applications per month ", unitEn: "" }, { db: demo.prisma });
    expect(await demo.prisma.kpi.findUniqueOrThrow({ where: { id } })).toMatchObject({ nameEn: "Online applications per month", unitEn: null });

    const r = await updateKpiDefinitionAction.execute(demo.head, { ...englishFields, id, version: 1, unitEn: "applications", descriptionEn: "Filed through the portal" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "kpi.update", entityId: id } });
    expect(event.before).toMatchObject({ unitEn: null, nameEn: "Online applications per month" });
    expect(event.after).toMatchObject({ unitEn: "applications", descriptionEn: "Filed through the portal", nameEn: "Online applications per month" });

    await executeOk(updateKpiDefinitionAction, demo.head, { ...englishFields, id, version: 2, nameEn: "" }, { db: demo.prisma });
    expect(await demo.prisma.kpi.findUniqueOrThrow({ where: { id } })).toMatchObject({ nameEn: null, unitEn: "applications", version: 3 });

    const stale = await updateKpiDefinitionAction.execute(demo.head, { ...englishFields, id, version: 1, unitEn: "stale" }, { db: demo.prisma });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses an over-long English unit on its field", async () => {
    const r = await createKpiDefinitionAction.execute(demo.admin, { ...englishFields, initiativeId: own, unitEn: "u".repeat(41) }, { locale: "en", db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { unitEn: [expect.any(String)] } });
  });
});
