import { beforeAll, describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { demoFixture, executeOk } from "@/tests/db";
import { createBudgetLineAction, deleteBudgetLineAction, recordBudgetActualAction, updateBudgetPlanAction } from "./mutations";

const demo = demoFixture();
/** VER-01: department DIGI, led by projektleitung@. */
let own: string;
/** An initiative of the Amt für Verkehr that projektleitung@ does not lead. */
let foreign: string;

let year = 2060;
/** A fresh line (planned by the admin) on the given initiative, in a year nobody uses. */
async function freshLine(initiativeId: string, planned = "1000") {
  const { id } = await executeOk(createBudgetLineAction, demo.admin, { initiativeId, year: year++, fundingSource: "EU", planned }, { db: demo.prisma });
  return demo.prisma.budgetLine.findUniqueOrThrow({ where: { id } });
}

beforeAll(async () => {
  own = (await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } })).id;
  foreign = (
    await demo.prisma.initiative.findFirstOrThrow({
      where: { department: { code: "VERK" }, leads: { none: { userId: demo.lead.id } } },
      orderBy: { code: "asc" },
    })
  ).id;
});

describe("createBudgetLineAction (budget.plan)", () => {
  it("lets the department head plan a line from German notation, audited with the initiative", async () => {
    const r = await createBudgetLineAction.execute(
      demo.head,
      { initiativeId: own, year: 2055, fundingSource: "LAND", planned: "1.234.567,89", isPublic: false, note: "Förderbescheid" },
      { db: demo.prisma, requestId: "req-budget-1" },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = await demo.prisma.budgetLine.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(row.planned.toFixed(2)).toBe("1234567.89");
    expect(row.actual.toFixed(2)).toBe("0.00");
    expect(row).toMatchObject({ year: 2055, fundingSource: "LAND", isPublic: false, note: "Förderbescheid", version: 1 });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "budgetLine.create", entityId: r.data.id } });
    expect(event).toMatchObject({ actorId: demo.head.id, entityType: "BudgetLine", initiativeId: own, requestId: "req-budget-1", before: null });
    expect(event.after).toMatchObject({ planned: "1234567.89", actual: "0.00", year: 2055 });
  });

  it("refuses a second line for the same year and funding source with a field error", async () => {
    const input = { initiativeId: own, year: 2056, fundingSource: "CITY", planned: "10" };
    expect(await createBudgetLineAction.execute(demo.admin, input, { db: demo.prisma })).toMatchObject({ ok: true });
    const again = await createBudgetLineAction.execute(demo.admin, input, { db: demo.prisma, locale: "de" });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { fundingSource: [de.budget.errors.duplicate] } });
    expect(await demo.prisma.budgetLine.count({ where: { initiativeId: own, year: 2056 } })).toBe(1);
  });

  it("takes a programme of the line's level with a grant reference, and allows a second line of the level from another programme", async () => {
    const mpsc = await demo.prisma.fundingProgramme.findFirstOrThrow({ where: { name: "Modellprojekte Smart Cities" } });
    const base = { initiativeId: own, year: 2058, fundingSource: "FEDERAL", planned: "100" };
    expect(await createBudgetLineAction.execute(demo.admin, base, { db: demo.prisma })).toMatchObject({ ok: true });
    const r = await createBudgetLineAction.execute(demo.head, { ...base, programmeId: mpsc.id, grantReference: " MPSC-21-VER-01 " }, { db: demo.prisma });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = await demo.prisma.budgetLine.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(row).toMatchObject({ programmeId: mpsc.id, grantReference: "MPSC-21-VER-01", fundingSource: "FEDERAL" });
    const again = await createBudgetLineAction.execute(demo.head, { ...base, programmeId: mpsc.id }, { db: demo.prisma, locale: "en" });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { fundingSource: [en.budget.errors.duplicate] } });
    expect(await demo.prisma.budgetLine.count({ where: { initiativeId: own, year: 2058 } })).toBe(2);
  });

  it("refuses a programme of another level, an archived one and an unknown one, next to the programme", async () => {
    const efre = await demo.prisma.fundingProgramme.findFirstOrThrow({ where: { level: "EU" } });
    const archived = await demo.prisma.fundingProgramme.create({ data: { name: "Ausgelaufenes Programm", level: "FEDERAL", archivedAt: new Date("2025-01-01T00:00:00Z") } });
    const base = { initiativeId: own, year: 2059, fundingSource: "FEDERAL", planned: "100" };
    const cases = [
      [efre.id, de.budget.errors.programmeLevel],
      [archived.id, de.budget.errors.programmeArchived],
      ["00000000-0000-7000-8000-00000000dead", de.budget.errors.programmeMissing],
    ] as const;
    for (const [programmeId, message] of cases) {
      const r = await createBudgetLineAction.execute(demo.head, { ...base, programmeId }, { db: demo.prisma, locale: "de" });
      expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { programmeId: [message] } });
    }
    expect(await demo.prisma.budgetLine.count({ where: { initiativeId: own, year: 2059 } })).toBe(0);
  });

  it("forbids a project lead, even of the initiative, and a head of another department", async () => {
    for (const actor of [demo.lead, demo.headVerk, demo.council]) {
      const r = await createBudgetLineAction.execute(actor, { initiativeId: own, year: 2057, fundingSource: "CITY", planned: "5" }, { db: demo.prisma });
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.budgetLine.count({ where: { initiativeId: own, year: 2057 } })).toBe(0);
    const denied = await demo.prisma.auditEvent.count({ where: { action: "authz.denied", actorId: demo.lead.id, entityId: "budgetLine.create" } });
    expect(denied).toBe(1);
  });

  it("rejects negative and malformed amounts next to the field", async () => {
    const r = await createBudgetLineAction.execute(demo.admin, { initiativeId: own, year: 2058, fundingSource: "CITY", planned: "-5" }, { db: demo.prisma, locale: "de" });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { planned: [de.decimalInput.negative] } });
    const bad = await createBudgetLineAction.execute(demo.admin, { initiativeId: own, year: 2058, fundingSource: "CITY", planned: "viel" }, { db: demo.prisma, locale: "de" });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { planned: [de.decimalInput.format] } });
  });
});

describe("recordBudgetActualAction (budget.recordActual)", () => {
  it("lets the initiative's project lead record the actual amount, and nothing else", async () => {
    const line = await freshLine(own, "5000");
    const r = await recordBudgetActualAction.execute(
      demo.lead,
      { id: line.id, version: line.version, actual: "1.250,5", planned: "999999", isPublic: false, note: "eingeschleust" },
      { db: demo.prisma },
    );
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    const row = await demo.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(row.actual.toFixed(2)).toBe("1250.50");
    expect(row.planned.toFixed(2)).toBe("5000.00");
    expect(row).toMatchObject({ isPublic: true, note: "" });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "budgetLine.recordActual", entityId: line.id } });
    expect(event).toMatchObject({ actorId: demo.lead.id, initiativeId: own });
    expect(event.before).toMatchObject({ actual: "0.00", version: 1 });
    expect(event.after).toMatchObject({ actual: "1250.50", version: 2 });
  });

  it("forbids a project lead on an initiative they do not lead, and council members", async () => {
    const line = await freshLine(foreign);
    for (const actor of [demo.lead, demo.council, demo.head]) {
      expect(await recordBudgetActualAction.execute(actor, { id: line.id, version: 1, actual: "1" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await recordBudgetActualAction.execute(demo.leadMob, { id: line.id, version: 1, actual: "1" }, { db: demo.prisma })).toMatchObject({ ok: true });
  });

  it("answers a stale version with CONFLICT and the current line as plain values", async () => {
    const line = await freshLine(own);
    expect(await recordBudgetActualAction.execute(demo.head, { id: line.id, version: 1, actual: "10" }, { db: demo.prisma })).toMatchObject({ ok: true });
    const stale = await recordBudgetActualAction.execute(demo.lead, { id: line.id, version: 1, actual: "20" }, { db: demo.prisma });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", current: { id: line.id, actual: "10.00", planned: "1000.00", version: 2 } });
  });
});

describe("updateBudgetPlanAction and deleteBudgetLineAction (budget.plan)", () => {
  it("lets the head change planned amount, public flag and note, but not the actual", async () => {
    const line = await freshLine(own);
    const r = await updateBudgetPlanAction.execute(
      demo.head,
      { id: line.id, version: 1, planned: "2500,00", isPublic: false, note: "gekürzt", actual: "777" },
      { db: demo.prisma },
    );
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    const row = await demo.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(row).toMatchObject({ isPublic: false, note: "gekürzt" });
    expect([row.planned.toFixed(2), row.actual.toFixed(2)]).toEqual(["2500.00", "0.00"]);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "budgetLine.plan", entityId: line.id } });
    expect(event.before).toMatchObject({ planned: "1000.00", isPublic: true });
    expect(event.after).toMatchObject({ planned: "2500.00", isPublic: false });
    expect(event.initiativeId).toBe(own);
  });

  it("forbids the project lead to change the plan or delete a line", async () => {
    const line = await freshLine(own);
    expect(await updateBudgetPlanAction.execute(demo.lead, { id: line.id, version: 1, planned: "1" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteBudgetLineAction.execute(demo.lead, { id: line.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await demo.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } })).version).toBe(1);
  });

  it("deletes a line for the head and keeps the removed values in the audit log", async () => {
    const line = await freshLine(own, "42");
    expect(await deleteBudgetLineAction.execute(demo.head, { id: line.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await demo.prisma.budgetLine.count({ where: { id: line.id } })).toBe(0);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "budgetLine.delete", entityId: line.id } });
    expect(event).toMatchObject({ initiativeId: own, after: null });
    expect(event.before).toMatchObject({ planned: "42.00" });
  });
});
