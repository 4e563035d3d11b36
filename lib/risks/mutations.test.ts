import { beforeAll, describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import { demoFixture, executeOk } from "@/tests/db";
import { closeRiskAction, createRiskAction, updateRiskAction } from "./mutations";
import { listInitiativeRisks } from "./queries";
import { riskLevel, riskScore } from "./score";

const demo = demoFixture();
/** VER-01: department DIGI, led by projektleitung@. */
let own: string;
/** An initiative of the Amt für Verkehr that projektleitung@ does not lead. */
let foreign: string;

const base = { title: "Lieferverzug Hardware", description: "Chipmangel", probability: 3, impact: 4, mitigation: "Zweitlieferant", ownerId: "" };

async function freshRisk(initiativeId: string) {
  const { id } = await executeOk(createRiskAction, demo.admin, { ...base, initiativeId }, { db: demo.prisma });
  return demo.prisma.risk.findUniqueOrThrow({ where: { id } });
}

beforeAll(async () => {
  own = (await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } })).id;
  foreign = (await demo.prisma.initiative.findFirstOrThrow({ where: { department: { code: "VERK" }, leads: { none: { userId: demo.lead.id } } } })).id;
});

describe("risk score", () => {
  it("multiplies probability and impact and reads the score as low, medium or high", () => {
    expect(riskScore(3, 4)).toBe(12);
    expect([1, 5, 6, 8, 12, 15, 25].map(riskLevel)).toEqual(["LOW", "LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH"]);
  });
});

describe("createRiskAction", () => {
  it("lets the project lead record a risk with an owner, audited with the initiative", async () => {
    const r = await createRiskAction.execute(demo.lead, { ...base, initiativeId: own, ownerId: demo.head.id, status: "MITIGATING" }, { db: demo.prisma });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = await demo.prisma.risk.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(row).toMatchObject({ initiativeId: own, title: base.title, probability: 3, impact: 4, ownerId: demo.head.id, status: "MITIGATING", version: 1 });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "risk.create", entityId: r.data.id } });
    expect(event).toMatchObject({ actorId: demo.lead.id, entityType: "Risk", initiativeId: own });
    expect(event.after).toMatchObject({ title: base.title, ownerId: demo.head.id });
  });

  it("forbids council members and viewers, and a lead or head outside the initiative", async () => {
    for (const [actor, initiativeId] of [[demo.council, own], [demo.viewer, own], [demo.lead, foreign], [demo.head, foreign], [demo.headVerk, own]] as const) {
      const r = await createRiskAction.execute(actor, { ...base, initiativeId, title: "Nicht erlaubt" }, { db: demo.prisma });
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.risk.count({ where: { title: "Nicht erlaubt" } })).toBe(0);
  });

  it("rejects probability or impact outside 1–5 and an inactive owner, next to the field", async () => {
    const range = await createRiskAction.execute(demo.admin, { ...base, initiativeId: own, probability: 0, impact: 6 }, { db: demo.prisma, locale: "de" });
    expect(range).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!range.ok) expect(Object.keys(range.fieldErrors ?? {}).sort()).toEqual(["impact", "probability"]);
    const gone = await demo.prisma.user.create({ data: { email: "weg@test.example", name: "Ausgeschieden", active: false } });
    const owner = await createRiskAction.execute(demo.admin, { ...base, initiativeId: own, ownerId: gone.id }, { db: demo.prisma, locale: "de" });
    expect(owner).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { ownerId: [de.risks.errors.owner] } });
  });
});

describe("updateRiskAction and closeRiskAction", () => {
  it("lets the head edit a risk, version-checked, with before and after in the audit log", async () => {
    const risk = await freshRisk(own);
    const r = await updateRiskAction.execute(demo.head, { ...base, id: risk.id, version: 1, impact: 5, status: "OCCURRED", ownerId: demo.lead.id }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "risk.update", entityId: risk.id } });
    expect(event.before).toMatchObject({ impact: 4, status: "OPEN", ownerId: null, version: 1 });
    expect(event.after).toMatchObject({ impact: 5, status: "OCCURRED", ownerId: demo.lead.id, version: 2 });
    expect(event.initiativeId).toBe(own);

    const stale = await updateRiskAction.execute(demo.lead, { ...base, id: risk.id, version: 1 }, { db: demo.prisma });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", current: { id: risk.id, impact: 5, version: 2 } });
  });

  it("closes a risk for the lead and refuses to close it twice", async () => {
    const risk = await freshRisk(own);
    expect(await closeRiskAction.execute(demo.lead, { id: risk.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await demo.prisma.risk.findUniqueOrThrow({ where: { id: risk.id } })).status).toBe("CLOSED");
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "risk.close", entityId: risk.id } });
    expect(event).toMatchObject({ initiativeId: own, before: expect.objectContaining({ status: "OPEN" }), after: expect.objectContaining({ status: "CLOSED" }) });
    expect(await closeRiskAction.execute(demo.lead, { id: risk.id, version: 2 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("forbids a council member to edit or close and a lead to touch another initiative's risk", async () => {
    const risk = await freshRisk(own);
    const other = await freshRisk(foreign);
    expect(await updateRiskAction.execute(demo.council, { ...base, id: risk.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await closeRiskAction.execute(demo.council, { id: risk.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await closeRiskAction.execute(demo.lead, { id: other.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await demo.prisma.risk.count({ where: { id: { in: [risk.id, other.id] }, version: 1, status: "OPEN" } })).toBe(2);
  });
});

describe("listInitiativeRisks", () => {
  it("lists open risks by score with their level, closed ones last, and offers owners only to editors", async () => {
    const list = await listInitiativeRisks(demo.prisma, demo.lead, own);
    expect(list?.canEdit).toBe(true);
    expect(list?.owners.length).toBeGreaterThan(0);
    const risks = list!.risks;
    const firstClosed = risks.findIndex((r) => r.status === "CLOSED");
    expect(firstClosed).toBeGreaterThan(-1);
    expect(risks.slice(firstClosed).every((r) => r.status === "CLOSED")).toBe(true);
    const open = risks.slice(0, firstClosed).map((r) => r.score);
    expect(open).toEqual([...open].sort((a, b) => b - a));
    expect(risks.every((r) => r.score === r.probability * r.impact && r.level === riskLevel(r.score))).toBe(true);

    expect(await listInitiativeRisks(demo.prisma, demo.council, own)).toMatchObject({ canEdit: false, owners: [] });
  });
});
