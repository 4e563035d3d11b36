// Partner contacts (role PARTNER_CONTACT, bound to a partner): on the initiatives they are assigned
// to they mark done, reopen and move the forecast of the milestones their partner is responsible
// for, and record values of their partner's KPIs — nothing else. Every action by direct call (the
// entry point of server actions and API routes), including another partner's milestone, a
// milestone without a partner, their partner's milestone on an initiative they are not assigned to,
// and budget, risk, report, comment, follow and token actions. The demo partner contact works for
// the Universität Duisburg-Essen (UDE).
import { describe, expect, it } from "vitest";
import type { Action } from "@/lib/actions/define-action";
import { createBudgetLineAction, recordBudgetActualAction } from "@/lib/budget/mutations";
import { createCommentAction } from "@/lib/comments/mutations";
import { removeInitiativeMemberAction, setInitiativeMemberAction } from "@/lib/initiatives/mutations/members";
import { createKpiDefinitionAction } from "@/lib/kpis/definitions";
import { recordKpiMeasurementAction } from "@/lib/kpis/mutations";
import { addMilestoneAction, deleteMilestoneAction, editMilestoneAction, reorderMilestoneAction } from "@/lib/milestones/mutations";
import { completeMilestoneAction, moveForecastAction, reopenMilestoneAction } from "@/lib/milestones/status-mutations";
import { followInitiativeAction } from "@/lib/my-work/follows";
import { getPartnerWork } from "@/lib/partner-work/queries";
import { createReportDraftAction } from "@/lib/reports/mutations";
import { departmentId, scratchInitiative } from "@/lib/reports/testing";
import { createRiskAction } from "@/lib/risks/mutations";
import { createTokenAction } from "@/lib/tokens/mutations";
import { updateUserAction } from "@/lib/users/mutations";
import { demoFixture } from "@/tests/db";

const demo = demoFixture();
const opts = () => ({ db: demo.prisma });

const partnerId = (slug: string) => demo.prisma.partner.findUniqueOrThrow({ where: { slug }, select: { id: true } }).then((p) => p.id);
const UDE = "universitaet-duisburg-essen";
const DVG = "dvg-duisburger-verkehrsgesellschaft";

let n = 0;
const planned = new Date("2027-03-01T00:00:00Z");

/** A fresh VERK initiative on which UDE and DVG work; the demo partner contact is assigned unless `assigned` is false. */
async function initiative(assigned = true) {
  const db = demo.prisma;
  const i = await scratchInitiative(db, { departmentId: await departmentId(db, "VERK"), leadIds: [demo.leadMob.id] });
  for (const slug of [UDE, DVG]) await db.initiativePartner.create({ data: { initiativeId: i.id, partnerId: await partnerId(slug), role: "RESEARCH_PARTNER" } });
  if (assigned) await db.initiativeMember.create({ data: { initiativeId: i.id, userId: demo.partner.id, role: "PARTNER_CONTACT" } });
  return i.id;
}

async function milestone(initiativeId: string, partner: string | null, done = false) {
  return demo.prisma.milestone.create({
    data: {
      initiativeId,
      title: `Partner ${n++}`,
      sortOrder: n,
      baselineDate: planned,
      forecastDate: planned,
      completedDate: done ? new Date("2026-01-15T00:00:00Z") : null,
      responsiblePartnerId: partner ? await partnerId(partner) : null,
    },
    select: { id: true, version: true },
  });
}

async function kpi(initiativeId: string, partner: string | null) {
  return demo.prisma.kpi.create({
    data: {
      scope: "INITIATIVE",
      initiativeId,
      name: `Partner-Kennzahl ${n++}`,
      unit: "Anzahl",
      baselineValue: 1,
      baselineDate: new Date("2024-01-01"),
      targetValue: 10,
      targetDate: new Date("2028-12-31"),
      responsiblePartnerId: partner ? await partnerId(partner) : null,
    },
    select: { id: true },
  });
}

type Step = readonly [label: string, action: Pick<Action<unknown, unknown>, "name" | "execute">, input: () => Promise<unknown>, outcome: "ok" | "FORBIDDEN"];

const STEPS: Step[] = [
  ["marks their partner's milestone done", completeMilestoneAction, async () => milestone(await initiative(), UDE), "ok"],
  ["reopens their partner's milestone", reopenMilestoneAction, async () => ({ ...(await milestone(await initiative(), UDE, true)), reason: "Abnahme fehlt" }), "ok"],
  ["moves the forecast of their partner's milestone", moveForecastAction, async () => ({ ...(await milestone(await initiative(), UDE)), forecastDate: "2027-09-30", reason: "Laborumbau" }), "ok"],
  ["records a value of their partner's KPI", recordKpiMeasurementAction, async () => ({ kpiId: (await kpi(await initiative(), UDE)).id, periodDate: "2026-06-30", value: 4 }), "ok"],
  ["marks another partner's milestone done", completeMilestoneAction, async () => milestone(await initiative(), DVG), "FORBIDDEN"],
  ["moves the forecast of a milestone without partner", moveForecastAction, async () => ({ ...(await milestone(await initiative(), null)), forecastDate: "2027-09-30", reason: "Laborumbau" }), "FORBIDDEN"],
  ["marks their partner's milestone done on an initiative they are not assigned to", completeMilestoneAction, async () => milestone(await initiative(false), UDE), "FORBIDDEN"],
  ["records a value of another partner's KPI", recordKpiMeasurementAction, async () => ({ kpiId: (await kpi(await initiative(), DVG)).id, periodDate: "2026-06-30", value: 4 }), "FORBIDDEN"],
  ["records a value of their partner's KPI on an initiative they are not assigned to", recordKpiMeasurementAction, async () => ({ kpiId: (await kpi(await initiative(false), UDE)).id, periodDate: "2026-06-30", value: 4 }), "FORBIDDEN"],
  ["edits their partner's milestone (title, partner)", editMilestoneAction, async () => ({ ...(await milestone(await initiative(), UDE)), title: "Umbenannt", description: "", weight: 1, isPublic: true, responsiblePartnerId: "" }), "FORBIDDEN"],
  ["deletes their partner's milestone", deleteMilestoneAction, async () => milestone(await initiative(), UDE), "FORBIDDEN"],
  ["reorders their partner's milestone", reorderMilestoneAction, async () => ({ ...(await milestone(await initiative(), UDE)), direction: "up" }), "FORBIDDEN"],
  ["adds a milestone", addMilestoneAction, async () => ({ initiativeId: await initiative(), title: "Neu", weight: "1", baselineDate: "2027-05-01", isPublic: true }), "FORBIDDEN"],
  ["defines a KPI", createKpiDefinitionAction, async () => ({
    initiativeId: await initiative(), name: "Neue Kennzahl", unit: "Anzahl", valueType: "INTEGER", direction: "HIGHER_IS_BETTER",
    baselineValue: "0", baselineDate: "2025-01-01", targetValue: "10", targetDate: "2028-12-31",
  }), "FORBIDDEN"],
  ["plans a budget line", createBudgetLineAction, async () => ({ initiativeId: await initiative(), year: 2041, fundingSource: "OTHER", planned: "100" }), "FORBIDDEN"],
  ["records a budget actual", recordBudgetActualAction, async () => {
    const line = await demo.prisma.budgetLine.create({ data: { initiativeId: await initiative(), year: 2040, fundingSource: "OTHER", planned: 100 } });
    return { id: line.id, version: line.version, actual: "50" };
  }, "FORBIDDEN"],
  ["adds a risk", createRiskAction, async () => ({ initiativeId: await initiative(), title: "Risiko", probability: 2, impact: 3, ownerId: "", status: "OPEN" }), "FORBIDDEN"],
  ["drafts the status report", createReportDraftAction, async () => ({ initiativeId: await initiative() }), "FORBIDDEN"],
  ["comments on the initiative", createCommentAction, async () => ({ initiativeId: await initiative(), body: "Hallo" }), "FORBIDDEN"],
  ["follows the initiative", followInitiativeAction, async () => ({ initiativeId: await initiative() }), "FORBIDDEN"],
  ["assigns themselves as editor", setInitiativeMemberAction, async () => ({ initiativeId: await initiative(), userId: demo.partner.id, role: "EDITOR" }), "FORBIDDEN"],
  ["creates an API token", createTokenAction, async () => ({ name: "Partner-Token", scopes: ["READ"], expiresInDays: 30 }), "FORBIDDEN"],
];

describe("a partner contact acts only on their partner's milestones and KPIs where assigned", () => {
  for (const [label, action, input, outcome] of STEPS) {
    it(`${label}: ${outcome}`, async () => {
      const r = await action.execute(demo.partner, await input(), opts());
      if (outcome === "ok") expect(r.ok ? "ok" : `${r.code}: ${JSON.stringify(r.fieldErrors ?? {})}`).toBe("ok");
      else expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    });
  }

  it("is audited as the partner contact", async () => {
    const m = await milestone(await initiative(), UDE);
    expect((await completeMilestoneAction.execute(demo.partner, m, opts())).ok).toBe(true);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "milestone.complete", entityId: m.id } });
    expect(event.actorId).toBe(demo.partner.id);
  });

  it("loses the rights with the assignment", async () => {
    const i = await initiative();
    const m = await milestone(i, UDE);
    expect((await removeInitiativeMemberAction.execute(demo.headVerk, { initiativeId: i, userId: demo.partner.id }, opts())).ok).toBe(true);
    expect(await completeMilestoneAction.execute(demo.partner, m, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("assigning partner contacts", () => {
  it("assigns a partner contact whose partner works on the initiative, and no one else in that role", async () => {
    const i = await initiative(false);
    expect((await setInitiativeMemberAction.execute(demo.headVerk, { initiativeId: i, userId: demo.partner.id, role: "PARTNER_CONTACT" }, opts())).ok).toBe(true);
    // A project lead is no partner contact, and a partner contact no editor.
    expect(await setInitiativeMemberAction.execute(demo.headVerk, { initiativeId: i, userId: demo.leadWir.id, role: "PARTNER_CONTACT" }, opts())).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { userId: [expect.any(String)] },
    });
    expect(await setInitiativeMemberAction.execute(demo.headVerk, { initiativeId: i, userId: demo.partner.id, role: "EDITOR" }, opts())).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("refuses a partner contact whose partner does not work on the initiative", async () => {
    const db = demo.prisma;
    const i = await scratchInitiative(db, { departmentId: await departmentId(db, "VERK"), leadIds: [demo.leadMob.id] });
    expect(await setInitiativeMemberAction.execute(demo.headVerk, { initiativeId: i.id, userId: demo.partner.id, role: "PARTNER_CONTACT" }, opts())).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
  });

  it("drops the assignments when an admin binds the contact to another partner", async () => {
    const db = demo.prisma;
    const contact = await db.user.create({
      data: { email: `kontakt-${n++}@example.org`, name: "Kontakt", role: "PARTNER_CONTACT", partnerId: await partnerId(UDE) },
      select: { id: true, version: true, name: true },
    });
    const i = await initiative(false);
    await db.initiativeMember.create({ data: { initiativeId: i, userId: contact.id, role: "PARTNER_CONTACT" } });
    const r = await updateUserAction.execute(
      demo.admin,
      { id: contact.id, version: contact.version, name: contact.name, role: "PARTNER_CONTACT", departmentId: "", partnerId: await partnerId(DVG) },
      opts(),
    );
    expect(r.ok ? "ok" : r.code).toBe("ok");
    expect(await db.initiativeMember.count({ where: { userId: contact.id } })).toBe(0);
  });

  it("requires the partner for the role, and keeps it for that role only", async () => {
    const missing = await updateUserAction.execute(demo.admin, { id: demo.viewer.id, version: 1, name: "Michael Kaiser", role: "PARTNER_CONTACT", departmentId: "", partnerId: "" }, opts());
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { partnerId: [expect.any(String)] } });
  });
});

describe("the partner page", () => {
  it("lists only the assigned initiatives and, there, only their partner's milestones and KPIs", async () => {
    const i = await initiative();
    const own = await milestone(i, UDE);
    const other = await milestone(i, DVG);
    const none = await milestone(i, null);
    const ownKpi = await kpi(i, UDE);
    const otherKpi = await kpi(i, DVG);
    const unassigned = await initiative(false);
    const hidden = await milestone(unassigned, UDE);
    const work = await getPartnerWork(demo.prisma, demo.partner);
    const mine = work.initiatives.find((x) => x.id === i)!;
    expect(work.partnerName).toBe("Universität Duisburg-Essen");
    expect(mine.milestones.map((m) => m.id)).toEqual([own.id]);
    expect(mine.kpis.map((k) => k.id)).toEqual([ownKpi.id]);
    const all = JSON.stringify(work);
    for (const id of [other.id, none.id, otherKpi.id, hidden.id, unassigned]) expect(all).not.toContain(id);
    // Only code and title of the initiative: no budget, risk, report, comment fields.
    expect(Object.keys(mine).sort()).toEqual(["code", "id", "kpis", "milestones", "title"]);
  });

  it("is for partner contacts only", async () => {
    await expect(getPartnerWork(demo.prisma, demo.viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
