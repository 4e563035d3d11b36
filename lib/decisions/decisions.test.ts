// Council decisions against the demo database: recorded and attached by an initiative's lead,
// the register kept by admins, in the words a citizen recognises, with the council information
// system's link, and on the public pages only when public and attached to something public.
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reloadEnv } from "@/lib/env";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { loadPublicFieldDecisions, loadPublicInitiativeDecisions, loadPublicPlanDecisions } from "@/lib/public/decision-queries";
import { demoFixture } from "@/tests/db";
import { councilInfoUrl, decisionInWords, isCouncil } from "./link";
import { attachDecisionAction, createDecisionAction, deleteDecisionAction, detachDecisionAction, updateDecisionAction } from "./mutations";
import { listDecisionRegister, listInitiativeDecisions } from "./queries";

const demo = demoFixture();
const TEMPLATE = "https://ratsinfo.example.de/vo0050.asp?__kvonr={number}";
let own: { id: string; slug: string };
let internal: { id: string; slug: string };
let field: { id: string; slug: string };
let plan: { id: string };

beforeAll(async () => {
  process.env.COUNCIL_INFO_URL_TEMPLATE = TEMPLATE;
  reloadEnv();
  own = await demo.prisma.initiative.findFirstOrThrow({ where: { leads: { some: { userId: demo.lead.id } }, visibility: "PUBLIC", archivedAt: null }, orderBy: { code: "asc" }, select: { id: true, slug: true } });
  internal = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, orderBy: { code: "asc" }, select: { id: true, slug: true } });
  field = await demo.prisma.fieldOfAction.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true, slug: true } });
  plan = await demo.prisma.masterplan.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } });
});
afterAll(() => {
  delete process.env.COUNCIL_INFO_URL_TEMPLATE;
  reloadEnv();
});

const decision = (over: Record<string, unknown> = {}) => ({ body: "Rat", number: "24-9815", decidedOn: "2024-03-12", title: "Rahmenvertrag Rechenzentrum", outcome: "ADOPTED", isPublic: true, ...over });

describe("a decision in words", () => {
  const tDe = createTranslator({ locale: "de", messages: de, namespace: "decisions" });
  const tEn = createTranslator({ locale: "en", messages: en, namespace: "decisions" });
  it("reads as a citizen recognises it, in German and English", () => {
    const d = { body: "Rat der Stadt Duisburg", number: "24-0815", decidedOn: "2024-03-12" };
    expect(decisionInWords((k, v) => tDe(k, v), "de", d)).toBe("Ratsbeschluss, Drucksache 24-0815 vom 12.03.2024");
    expect(decisionInWords((k, v) => tEn(k, v), "en", d)).toBe("Council decision, printed matter 24-0815 of 12 March 2024");
    const committee = { ...d, body: "Ausschuss für Digitalisierung" };
    expect(decisionInWords((k, v) => tDe(k, v), "de", committee)).toBe("Beschluss (Ausschuss für Digitalisierung), Drucksache 24-0815 vom 12.03.2024");
    expect(isCouncil("Rathausausschuss")).toBe(false);
  });

  it("links to the council information system with the number encoded, or not at all without a template", () => {
    expect(councilInfoUrl(TEMPLATE, "DS 18/1234")).toBe("https://ratsinfo.example.de/vo0050.asp?__kvonr=DS%2018%2F1234");
    expect(councilInfoUrl(null, "24-0815")).toBeNull();
  });
});

describe("recording and attaching decisions", () => {
  it("lets the lead record a decision on their initiative, audited in its history, with the link", async () => {
    const r = await createDecisionAction.execute(demo.lead, { ...decision(), targetKind: "initiative", targetId: own.id }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { number: "24-9815", decidedOn: "2024-03-12", outcome: "ADOPTED" } });
    const listed = await listInitiativeDecisions(demo.prisma, demo.viewer, own.id);
    expect(listed!.canAttach).toBe(false);
    expect(listed!.decisions).toContainEqual(expect.objectContaining({ number: "24-9815", url: "https://ratsinfo.example.de/vo0050.asp?__kvonr=24-9815" }));
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "councilDecision.create" } });
    expect(event).toMatchObject({ actorId: demo.lead.id, initiativeId: own.id });
  });

  it("refuses the same body's decision on the same printed matter and day twice, next to the number", async () => {
    const r = await createDecisionAction.execute(demo.admin, { ...decision(), targetKind: "masterplan", targetId: plan.id }, { db: demo.prisma, locale: "de" });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { number: [de.decisions.errors.recorded] } });
  });

  it("validates the fields: a malformed number, a missing date, an unknown outcome", async () => {
    const r = await createDecisionAction.execute(demo.admin, { ...decision({ number: "24/08<15>", decidedOn: "", outcome: "PASSED" }), targetKind: "masterplan", targetId: plan.id }, { db: demo.prisma, locale: "en" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["decidedOn", "number", "outcome"]);
  });

  it("keeps the plan and its fields for admins: a lead or head may not attach there, nor to another department's initiative", async () => {
    for (const actor of [demo.lead, demo.head, demo.council, demo.viewer]) {
      const r = await createDecisionAction.execute(actor, { ...decision({ number: "24-0999" }), targetKind: "masterplan", targetId: plan.id }, { db: demo.prisma });
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    const other = await demo.prisma.initiative.findFirstOrThrow({ where: { leads: { none: { userId: demo.lead.id } }, departmentId: { not: demo.lead.departmentId! } }, select: { id: true } });
    expect(await createDecisionAction.execute(demo.lead, { ...decision({ number: "24-0998" }), targetKind: "initiative", targetId: other.id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await demo.prisma.councilDecision.count({ where: { number: { in: ["24-0999", "24-0998"] } } })).toBe(0);
  });

  it("attaches one decision to the plan, a field and initiatives (many to many), detaches, and refuses a second link to the same", async () => {
    const created = await createDecisionAction.execute(demo.admin, { ...decision({ number: "18-0500", decidedOn: "2018-06-25", title: "Masterplan Digitales Duisburg" }), targetKind: "masterplan", targetId: plan.id }, { db: demo.prisma });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    expect(await attachDecisionAction.execute(demo.admin, { decisionId: id, targetKind: "field", targetId: field.id }, { db: demo.prisma })).toMatchObject({ ok: true });
    const onInitiative = await attachDecisionAction.execute(demo.lead, { decisionId: id, targetKind: "initiative", targetId: own.id }, { db: demo.prisma });
    expect(onInitiative).toMatchObject({ ok: true });
    expect(await attachDecisionAction.execute(demo.lead, { decisionId: id, targetKind: "initiative", targetId: own.id }, { db: demo.prisma, locale: "en" })).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { decisionId: [en.decisions.errors.attached] } });
    const register = await listDecisionRegister(demo.prisma, demo.viewer);
    expect(register.canManage).toBe(false);
    expect(register.decisions.find((d) => d.id === id)!.links.map((l) => l.kind).sort()).toEqual(["field", "initiative", "masterplan"]);
    if (!onInitiative.ok) return;
    expect(await detachDecisionAction.execute(demo.viewer, { linkId: onInitiative.data.linkId }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await detachDecisionAction.execute(demo.lead, { linkId: onInitiative.data.linkId }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await demo.prisma.councilDecisionLink.count({ where: { decisionId: id } })).toBe(2);
  });

  it("lets admins only edit and delete a decision (its links go with it)", async () => {
    const d = await demo.prisma.councilDecision.findFirstOrThrow({ where: { number: "18-0500" } });
    const input = { id: d.id, version: d.version, ...decision({ number: "18-0500", decidedOn: "2018-06-25", title: "Masterplan Digitales Duisburg (Beschluss)", outcome: "AMENDED" }) };
    expect(await updateDecisionAction.execute(demo.lead, input, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const updated = await updateDecisionAction.execute(demo.admin, input, { db: demo.prisma });
    expect(updated).toMatchObject({ ok: true, data: { outcome: "AMENDED", version: d.version + 1 } });
    expect(await updateDecisionAction.execute(demo.admin, input, { db: demo.prisma })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await deleteDecisionAction.execute(demo.head, { id: d.id, version: d.version + 1 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteDecisionAction.execute(demo.admin, { id: d.id, version: d.version + 1 }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await demo.prisma.councilDecisionLink.count({ where: { decisionId: d.id } })).toBe(0);
  });

  it("refuses a link to two things at once in the database itself", async () => {
    const d = await demo.prisma.councilDecision.findFirstOrThrow({ where: { number: "24-9815" } });
    await expect(demo.prisma.councilDecisionLink.create({ data: { decisionId: d.id, masterplanId: plan.id, fieldOfActionId: field.id } })).rejects.toThrow();
    await expect(demo.prisma.councilDecisionLink.create({ data: { decisionId: d.id } })).rejects.toThrow();
  });
});

describe("the demo's decisions", () => {
  it("has Duisburg's council decisions with Drucksache numbers, the plan's adoption public, the revision internal", async () => {
    const onPlan = await loadPublicPlanDecisions(demo.prisma);
    expect(onPlan.map((d) => [d.body, d.number, d.decidedOn])).toContainEqual(["Rat der Stadt Duisburg", "18-0437", "2018-05-14"]);
    expect(onPlan.map((d) => d.number)).not.toContain("24-0815");
    expect(await demo.prisma.document.count({ where: { isPublic: true } })).toBeGreaterThan(0);
  });
});

describe("decisions on the public pages", () => {
  it("shows a public decision of a public initiative, field and the plan; never an internal one or one of an internal initiative", async () => {
    const pub = await createDecisionAction.execute(demo.admin, { ...decision({ number: "25-1111", title: "Öffentlicher Beschluss" }), targetKind: "field", targetId: field.id }, { db: demo.prisma });
    const hidden = await createDecisionAction.execute(demo.admin, { ...decision({ number: "25-2222", title: "Interner Beschluss", isPublic: false }), targetKind: "masterplan", targetId: plan.id }, { db: demo.prisma });
    if (!pub.ok || !hidden.ok) throw new Error("setup");
    await attachDecisionAction.execute(demo.admin, { decisionId: pub.data.id, targetKind: "initiative", targetId: internal.id }, { db: demo.prisma });
    await attachDecisionAction.execute(demo.admin, { decisionId: hidden.data.id, targetKind: "initiative", targetId: own.id }, { db: demo.prisma });
    await attachDecisionAction.execute(demo.admin, { decisionId: pub.data.id, targetKind: "masterplan", targetId: plan.id }, { db: demo.prisma });

    const numbers = (rows: { number: string }[]) => rows.map((r) => r.number);
    expect(numbers(await loadPublicFieldDecisions(demo.prisma, field.slug))).toEqual(["25-1111"]);
    expect(numbers(await loadPublicPlanDecisions(demo.prisma))).toContain("25-1111");
    expect(numbers(await loadPublicPlanDecisions(demo.prisma))).not.toContain("25-2222");
    expect(numbers(await loadPublicInitiativeDecisions(demo.prisma, own.slug))).toContain("24-9815");
    expect(numbers(await loadPublicInitiativeDecisions(demo.prisma, own.slug))).not.toContain("25-2222");
    expect(await loadPublicInitiativeDecisions(demo.prisma, internal.slug)).toEqual([]);
    const [shown] = await loadPublicFieldDecisions(demo.prisma, field.slug);
    // Public fields only: no id, no flag, no version.
    expect(Object.keys(shown!).sort()).toEqual(["body", "decidedOn", "number", "outcome", "title", "titleEn", "url"]);
  });
});
