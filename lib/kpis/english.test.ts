// A KPI's optional English name, description and unit: created and edited with the rest, audited,
// version-checked; left out they stay, emptied they go.
import { beforeAll, describe, expect, it } from "vitest";
import { demoFixture, executeOk } from "@/tests/db";
import { createKpiDefinitionAction, updateKpiDefinitionAction } from "./definitions";

const demo = demoFixture();
let own: string;

const fields = {
  name: "Online-Anträge pro Monat",
  unit: "Anzahl",
  valueType: "DECIMAL",
  direction: "HIGHER_IS_BETTER",
  baselineValue: "10",
  baselineDate: "2024-01-01",
  targetValue: "20",
  targetDate: "2028-12-31",
};

beforeAll(async () => {
  own = (await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } })).id;
});

describe("English texts of a KPI", () => {
  it("are saved on create and edit, audited, kept when left out and removed when emptied", async () => {
    const { id } = await executeOk(createKpiDefinitionAction, demo.admin, { ...fields, initiativeId: own, nameEn: " Online applications per month ", unitEn: "" }, { db: demo.prisma });
    expect(await demo.prisma.kpi.findUniqueOrThrow({ where: { id } })).toMatchObject({ nameEn: "Online applications per month", unitEn: null });

    const r = await updateKpiDefinitionAction.execute(demo.head, { ...fields, id, version: 1, unitEn: "applications", descriptionEn: "Filed through the portal" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "kpi.update", entityId: id } });
    expect(event.before).toMatchObject({ unitEn: null, nameEn: "Online applications per month" });
    expect(event.after).toMatchObject({ unitEn: "applications", descriptionEn: "Filed through the portal", nameEn: "Online applications per month" });

    await executeOk(updateKpiDefinitionAction, demo.head, { ...fields, id, version: 2, nameEn: "" }, { db: demo.prisma });
    expect(await demo.prisma.kpi.findUniqueOrThrow({ where: { id } })).toMatchObject({ nameEn: null, unitEn: "applications", version: 3 });

    const stale = await updateKpiDefinitionAction.execute(demo.head, { ...fields, id, version: 1, unitEn: "stale" }, { db: demo.prisma });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses an over-long English unit on its field", async () => {
    const r = await createKpiDefinitionAction.execute(demo.admin, { ...fields, initiativeId: own, unitEn: "u".repeat(41) }, { locale: "en", db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { unitEn: [expect.any(String)] } });
  });
});
