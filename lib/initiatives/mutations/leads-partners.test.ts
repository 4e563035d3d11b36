import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import { demoFixture } from "@/tests/db";
import { addInitiativeLeadAction, removeInitiativeLeadAction } from "./leads";
import { addInitiativePartnerAction, removeInitiativePartnerAction, updateInitiativePartnerAction } from "./partners";

const demo = demoFixture();
let n = 0;

/** A fresh DIGI initiative led by the demo project lead. */
async function scratch() {
  const [field, digi] = await Promise.all([
    demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "VER" } }),
    demo.prisma.department.findUniqueOrThrow({ where: { code: "DIGI" } }),
  ]);
  n++;
  return demo.prisma.initiative.create({
    data: { code: `LPT-${String(n).padStart(2, "0")}`, slug: `leads-partners-${n}`, title: `Test ${n}`, fieldOfActionId: field.id, departmentId: digi.id, leads: { create: { userId: demo.lead.id } } },
  });
}

async function partner(slug = "universitaet-duisburg-essen") {
  return demo.prisma.partner.findUniqueOrThrow({ where: { slug } });
}

describe("project leads", () => {
  it("assigns and removes a project lead, both audited for the initiative's history", async () => {
    const i = await scratch();
    const other = await demo.prisma.user.findUniqueOrThrow({ where: { email: "tobias.kraemer@demo.masterplan.example" } });
    const added = await addInitiativeLeadAction.execute(demo.head, { initiativeId: i.id, userId: other.id }, { db: demo.prisma, requestId: "req-lead-add" });
    expect(added).toMatchObject({ ok: true, data: { userId: other.id, name: other.name } });
    expect(await demo.prisma.initiativeLead.count({ where: { initiativeId: i.id } })).toBe(2);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-lead-add" } });
    expect(event).toMatchObject({ action: "initiative.addLead", entityType: "InitiativeLead", entityId: other.id, initiativeId: i.id, before: { leadUserIds: [demo.lead.id] } });
    expect(event.after).toMatchObject({ lead: { name: other.name, role: "PROJECT_LEAD" }, leadUserIds: [demo.lead.id, other.id] });

    const removed = await removeInitiativeLeadAction.execute(demo.head, { initiativeId: i.id, userId: demo.lead.id }, { db: demo.prisma });
    expect(removed.ok).toBe(true);
    expect((await demo.prisma.initiativeLead.findMany({ where: { initiativeId: i.id } })).map((l) => l.userId)).toEqual([other.id]);
    const last = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "initiative.removeLead", initiativeId: i.id } });
    expect(last.after).toEqual({ leadUserIds: [other.id] });
  });

  it("accepts department heads, refuses viewers, admins and deactivated leads as project lead", async () => {
    const i = await scratch();
    expect(await addInitiativeLeadAction.execute(demo.admin, { initiativeId: i.id, userId: demo.headVerk.id }, { db: demo.prisma })).toMatchObject({ ok: true });
    const inactive = await demo.prisma.user.create({ data: { email: `inactive-${n}@test.example`, name: "Inaktiv", role: "PROJECT_LEAD", active: false } });
    for (const userId of [demo.viewer.id, demo.admin.id, inactive.id]) {
      const r = await addInitiativeLeadAction.execute(demo.admin, { initiativeId: i.id, userId }, { db: demo.prisma, locale: "de" });
      expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { userId: [de.initiatives.errors.leadRole] } });
    }
  });

  it("refuses to assign someone twice, and to remove someone who is no lead", async () => {
    const i = await scratch();
    const twice = await addInitiativeLeadAction.execute(demo.admin, { initiativeId: i.id, userId: demo.lead.id }, { db: demo.prisma, locale: "de" });
    expect(twice).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { userId: [de.initiatives.errors.alreadyLead] } });
    expect(await removeInitiativeLeadAction.execute(demo.admin, { initiativeId: i.id, userId: demo.head.id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("forbids project leads (even of this initiative) and heads of other departments", async () => {
    const i = await scratch();
    for (const actor of [demo.lead, demo.headVerk, demo.viewer]) {
      expect(await addInitiativeLeadAction.execute(actor, { initiativeId: i.id, userId: demo.headVerk.id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await removeInitiativeLeadAction.execute(actor, { initiativeId: i.id, userId: demo.lead.id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.initiativeLead.count({ where: { initiativeId: i.id } })).toBe(1);
  });
});

describe("partners of an initiative", () => {
  it("links a partner with a German amount, edits and removes the link, all audited", async () => {
    const i = await scratch();
    const ude = await partner();
    const added = await addInitiativePartnerAction.execute(
      demo.head,
      { initiativeId: i.id, partnerId: ude.id, role: "RESEARCH_PARTNER", contribution: " Begleitforschung ", committedAmount: "1.234.567,89" },
      { db: demo.prisma, requestId: "req-partner-add" },
    );
    expect(added).toMatchObject({ ok: true, data: { partnerName: ude.name, contribution: "Begleitforschung", committedAmount: "1234567.89", version: 1 } });
    if (!added.ok) return;
    const stored = await demo.prisma.initiativePartner.findUniqueOrThrow({ where: { id: added.data.id } });
    expect(stored.committedAmount?.toFixed(2)).toBe("1234567.89");
    const addEvent = await demo.prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-partner-add" } });
    expect(addEvent).toMatchObject({ action: "initiative.addPartner", entityType: "InitiativePartner", initiativeId: i.id });
    expect(addEvent.after).toMatchObject({ committedAmount: "1234567.89" });

    const updated = await updateInitiativePartnerAction.execute(
      demo.head,
      { id: added.data.id, version: 1, role: "LEAD_PARTNER", contribution: "Leitung", committedAmount: "250000.5" },
      { db: demo.prisma },
    );
    expect(updated).toMatchObject({ ok: true, data: { role: "LEAD_PARTNER", committedAmount: "250000.50", version: 2 } });
    const updateEvent = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "initiative.updatePartner", entityId: added.data.id } });
    expect(updateEvent.before).toMatchObject({ role: "RESEARCH_PARTNER", committedAmount: "1234567.89" });
    expect(updateEvent.after).toMatchObject({ role: "LEAD_PARTNER", committedAmount: "250000.50" });

    expect(await removeInitiativePartnerAction.execute(demo.head, { id: added.data.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await removeInitiativePartnerAction.execute(demo.head, { id: added.data.id, version: 2 }, { db: demo.prisma })).toEqual({ ok: true, data: { id: added.data.id } });
    const removeEvent = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "initiative.removePartner", entityId: added.data.id } });
    expect(removeEvent).toMatchObject({ initiativeId: i.id, after: null });
    expect(removeEvent.before).toMatchObject({ role: "LEAD_PARTNER", partnerName: ude.name });
  });

  it("stores no amount for an empty field and refuses an unreadable one next to the field", async () => {
    const i = await scratch();
    const ude = await partner();
    const none = await addInitiativePartnerAction.execute(demo.admin, { initiativeId: i.id, partnerId: ude.id, role: "OPERATOR", committedAmount: "" }, { db: demo.prisma });
    expect(none).toMatchObject({ ok: true, data: { committedAmount: null, contribution: "" } });
    const bad = await addInitiativePartnerAction.execute(demo.admin, { initiativeId: i.id, partnerId: ude.id, role: "FUNDING_PARTNER", committedAmount: "12,5,0" }, { db: demo.prisma, locale: "de" });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { committedAmount: [de.initiatives.errors.amountFormat] } });
  });

  it("refuses the same partner in the same role twice with a conflict on the role", async () => {
    const i = await scratch();
    const dvv = await partner("dvv");
    const first = await addInitiativePartnerAction.execute(demo.admin, { initiativeId: i.id, partnerId: dvv.id, role: "OPERATOR" }, { db: demo.prisma });
    expect(first.ok).toBe(true);
    const again = await addInitiativePartnerAction.execute(demo.admin, { initiativeId: i.id, partnerId: dvv.id, role: "OPERATOR" }, { db: demo.prisma, locale: "de" });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { role: [de.initiatives.errors.partnerLinked] } });
    const second = await addInitiativePartnerAction.execute(demo.admin, { initiativeId: i.id, partnerId: dvv.id, role: "TECHNOLOGY_PROVIDER" }, { db: demo.prisma });
    if (!second.ok) throw new Error(JSON.stringify(second));
    const clash = await updateInitiativePartnerAction.execute(demo.admin, { id: second.data.id, version: 1, role: "OPERATOR" }, { db: demo.prisma });
    expect(clash).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("lets exactly one of two concurrent edits of a link win", async () => {
    const i = await scratch();
    const link = await demo.prisma.initiativePartner.create({ data: { initiativeId: i.id, partnerId: (await partner()).id, role: "OPERATOR" } });
    const [a, b] = await Promise.all([
      updateInitiativePartnerAction.execute(demo.admin, { id: link.id, version: 1, role: "OPERATOR", contribution: "A" }, { db: demo.prisma }),
      updateInitiativePartnerAction.execute(demo.head, { id: link.id, version: 1, role: "OPERATOR", contribution: "B" }, { db: demo.prisma }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(a.ok ? b : a).toMatchObject({ ok: false, code: "CONFLICT", current: { id: link.id, version: 2 } });
  });

  it("forbids project leads and heads of other departments, on links too (swapped ids)", async () => {
    const i = await scratch();
    const ude = await partner();
    const link = await demo.prisma.initiativePartner.create({ data: { initiativeId: i.id, partnerId: ude.id, role: "OPERATOR" } });
    for (const actor of [demo.lead, demo.headVerk]) {
      expect(await addInitiativePartnerAction.execute(actor, { initiativeId: i.id, partnerId: ude.id, role: "LEAD_PARTNER" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await updateInitiativePartnerAction.execute(actor, { id: link.id, version: 1, role: "OPERATOR", contribution: "x" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await removeInitiativePartnerAction.execute(actor, { id: link.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.initiativePartner.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({ version: 1, contribution: "" });
  });
});
