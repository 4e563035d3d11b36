// Planning milestones (add, edit, reorder, delete) against a real database: audit, scope, concurrency.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import type { TestDatabase } from "@/lib/db/testing";
import { demoActors, useTestDatabase } from "@/tests/db";
import { addMilestoneAction, deleteMilestoneAction, editMilestoneAction, reorderMilestoneAction } from "./mutations";
import { freshMilestone } from "./test-helpers";

let t: TestDatabase;
let admin: Actor;
let head: Actor;
let lead: Actor;
/** Project lead in the same department who does not lead VER-01. */
let otherLead: Actor;
/** Department head of another department (VERK). */
let otherHead: Actor;
let ver01: { id: string; partnerIds: string[] };

const opts = (locale: "de" | "en" = "de") => ({ db: t.prisma, locale, requestId: "req-ms" });

beforeAll(async () => {
  t = await useTestDatabase("demo");
  ({ admin, head, lead, lead2: otherLead, headVerk: otherHead } = await demoActors(t));
  const i = await t.prisma.initiative.findUniqueOrThrow({
    where: { code: "VER-01" },
    select: { id: true, departmentId: true, leads: { select: { userId: true } }, partners: { select: { partnerId: true } } },
  });
  expect(i.leads.map((l) => l.userId)).toContain(lead.id);
  expect(i.leads.map((l) => l.userId)).not.toContain(otherLead.id);
  expect(i.departmentId).toBe(head.departmentId);
  expect(otherLead.departmentId).toBe(head.departmentId);
  ver01 = { id: i.id, partnerIds: i.partners.map((p) => p.partnerId) };
  expect(ver01.partnerIds.length).toBeGreaterThan(0);
});

const newMilestone = () => freshMilestone(t.prisma, ver01.id, lead.id);

describe("addMilestoneAction", () => {
  it("adds a milestone at the end with forecast = baseline, its first forecast row and an audit event", async () => {
    const before = await t.prisma.milestone.aggregate({ where: { initiativeId: ver01.id }, _max: { sortOrder: true } });
    const r = await addMilestoneAction.execute(
      lead,
      { initiativeId: ver01.id, title: "Pilotbetrieb gestartet", description: "Mit zwei Ämtern", weight: "4", baselineDate: "2027-09-30", isPublic: false, responsiblePartnerId: ver01.partnerIds[0] },
      opts(),
    );
    expect(r).toMatchObject({ ok: true, data: { title: "Pilotbetrieb gestartet", weight: 4, baselineDate: "2027-09-30", forecastDate: "2027-09-30", completedDate: null, isPublic: false, version: 1 } });
    if (!r.ok) return;
    expect(r.data.sortOrder).toBe((before._max.sortOrder ?? 0) + 1);
    const history = await t.prisma.milestoneForecast.findMany({ where: { milestoneId: r.data.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ reason: "Ausgangsplanung", reportedById: lead.id, forecastDate: new Date("2027-09-30T00:00:00Z") });
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "milestone.create", entityId: r.data.id } });
    expect(event).toMatchObject({ actorId: lead.id, entityType: "Milestone", initiativeId: ver01.id, requestId: "req-ms", before: null });
    expect(event.after).toMatchObject({ title: "Pilotbetrieb gestartet", baselineDate: "2027-09-30" });
  });

  it("rejects a responsible partner that does not work on the initiative, in German", async () => {
    const stranger = await t.prisma.partner.findFirstOrThrow({ where: { initiatives: { none: { initiativeId: ver01.id } } }, select: { id: true } });
    const r = await addMilestoneAction.execute(lead, { initiativeId: ver01.id, title: "Mit fremdem Partner", weight: 1, baselineDate: "2027-01-01", responsiblePartnerId: stranger.id }, opts());
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { responsiblePartnerId: ["Dieser Partner wirkt an dem Vorhaben nicht mit."] } });
  });

  it("rejects a milestone planned before the start of the masterplan, in the user's language, and writes nothing", async () => {
    const plan = await t.prisma.masterplan.findFirstOrThrow({ select: { periodStart: true } });
    const dayBefore = new Date(plan.periodStart.getTime() - 86_400_000).toISOString().slice(0, 10);
    const count = await t.prisma.milestone.count({ where: { initiativeId: ver01.id } });
    const de = await addMilestoneAction.execute(lead, { initiativeId: ver01.id, title: "Vor dem Masterplan", weight: 1, baselineDate: dayBefore }, opts());
    expect(de).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { baselineDate: [expect.stringContaining("vor dem Beginn des Masterplans")] } });
    const en = await addMilestoneAction.execute(lead, { initiativeId: ver01.id, title: "Before the masterplan", weight: 1, baselineDate: dayBefore }, opts("en"));
    expect(en).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { baselineDate: [expect.stringContaining("before the start of the masterplan")] } });
    expect(await t.prisma.milestone.count({ where: { initiativeId: ver01.id } })).toBe(count);
    const onStart = await addMilestoneAction.execute(lead, { initiativeId: ver01.id, title: "Am ersten Tag", weight: 1, baselineDate: plan.periodStart.toISOString().slice(0, 10) }, opts());
    expect(onStart.ok).toBe(true);
  });

  it("reports invalid fields next to the field", async () => {
    const r = await addMilestoneAction.execute(lead, { initiativeId: ver01.id, title: "x", weight: "11", baselineDate: "30.09.2027" }, opts());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors?.title).toEqual(["Bitte mindestens 3 Zeichen eingeben."]);
    expect(r.fieldErrors?.weight).toEqual(["Der Wert darf höchstens 10 sein."]);
    expect(r.fieldErrors?.baselineDate).toEqual(["Das Format ist ungültig."]);
  });

  it("forbids a lead of another initiative and a head of another department, and writes nothing", async () => {
    const count = await t.prisma.milestone.count({ where: { initiativeId: ver01.id } });
    for (const actor of [otherLead, otherHead]) {
      const r = await addMilestoneAction.execute(actor, { initiativeId: ver01.id, title: "Nicht erlaubt", weight: 1, baselineDate: "2027-01-01" }, opts());
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await t.prisma.milestone.count({ where: { initiativeId: ver01.id } })).toBe(count);
    expect(await t.prisma.auditEvent.count({ where: { action: "authz.denied", actorId: otherLead.id, entityId: "milestone.create" } })).toBe(1);
  });
});

describe("editMilestoneAction", () => {
  it("changes the plan but never the dates, audited with before and after", async () => {
    const m = await newMilestone();
    const r = await editMilestoneAction.execute(
      head,
      { id: m.id, version: m.version, title: "Neuer Titel", description: "Neu", weight: 7, isPublic: false, responsiblePartnerId: ver01.partnerIds[0], baselineDate: "2020-01-01", forecastDate: "2020-01-01" },
      opts(),
    );
    expect(r).toMatchObject({ ok: true, data: { title: "Neuer Titel", weight: 7, isPublic: false, version: m.version + 1, baselineDate: "2027-06-30", forecastDate: "2027-06-30" } });
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "milestone.update", entityId: m.id } });
    expect(event).toMatchObject({ actorId: head.id, initiativeId: ver01.id });
    expect(event.before).toMatchObject({ title: m.title, weight: 1, version: m.version });
    expect(event.after).toMatchObject({ title: "Neuer Titel", weight: 7, version: m.version + 1 });
  });

  it("lets exactly one of two concurrent saves of the same version win; the other gets CONFLICT with the stored row", async () => {
    const m = await newMilestone();
    const base = { id: m.id, version: m.version, description: "", weight: 2, isPublic: true, responsiblePartnerId: "" };
    const [a, b] = await Promise.all([
      editMilestoneAction.execute(lead, { ...base, title: "Fassung A" }, opts()),
      editMilestoneAction.execute(head, { ...base, title: "Fassung B" }, opts()),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const [winner, loser] = a.ok ? [a, b] : [b, a];
    expect(loser).toMatchObject({ ok: false, code: "CONFLICT" });
    if (loser.ok || !winner.ok) return;
    expect(loser.current).toMatchObject({ id: m.id, version: m.version + 1, title: winner.data.title, baselineDate: "2027-06-30" });
    const stored = await t.prisma.milestone.findUniqueOrThrow({ where: { id: m.id } });
    expect(stored).toMatchObject({ version: m.version + 1, title: winner.data.title });
    expect(await t.prisma.auditEvent.count({ where: { action: "milestone.update", entityId: m.id } })).toBe(1);
  });

  it("answers a stale version with CONFLICT and the current row", async () => {
    const m = await newMilestone();
    const input = { id: m.id, version: m.version, title: "Erste Fassung", weight: 1 };
    expect(await editMilestoneAction.execute(lead, input, opts())).toMatchObject({ ok: true });
    const r = await editMilestoneAction.execute(lead, { ...input, title: "Veraltet" }, opts());
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", current: { title: "Erste Fassung", version: m.version + 1 } });
  });

  it("forbids a lead of another initiative", async () => {
    const m = await newMilestone();
    const r = await editMilestoneAction.execute(otherLead, { id: m.id, version: m.version, title: "Übernommen", weight: 1 }, opts());
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await t.prisma.milestone.findUniqueOrThrow({ where: { id: m.id } })).title).toBe(m.title);
  });
});

describe("reorderMilestoneAction", () => {
  it("swaps places with the neighbour, bumps both versions and audits both", async () => {
    const upper = await newMilestone();
    const lower = await newMilestone();
    const r = await reorderMilestoneAction.execute(lead, { id: lower.id, version: lower.version, direction: "up" }, opts());
    expect(r).toMatchObject({ ok: true, data: { id: lower.id, sortOrder: upper.sortOrder, version: lower.version + 1 } });
    const swapped = await t.prisma.milestone.findUniqueOrThrow({ where: { id: upper.id } });
    expect(swapped).toMatchObject({ sortOrder: lower.sortOrder, version: upper.version + 1 });
    const events = await t.prisma.auditEvent.findMany({ where: { action: "milestone.reorder", entityId: { in: [upper.id, lower.id] } } });
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.initiativeId === ver01.id)).toBe(true);
  });

  it("refuses to move the last milestone further down", async () => {
    const last = await newMilestone();
    const r = await reorderMilestoneAction.execute(lead, { id: last.id, version: last.version, direction: "down" }, opts());
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { _form: ["Der Meilenstein steht bereits ganz unten."] } });
  });

  it("lets exactly one of two concurrent moves of the same version win", async () => {
    await newMilestone();
    const m = await newMilestone();
    const move = () => reorderMilestoneAction.execute(lead, { id: m.id, version: m.version, direction: "up" }, opts());
    const results = await Promise.all([move(), move()]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "CONFLICT", current: { id: m.id, version: m.version + 1 } });
  });

  it("forbids a lead of another initiative", async () => {
    await newMilestone();
    const m = await newMilestone();
    expect(await reorderMilestoneAction.execute(otherLead, { id: m.id, version: m.version, direction: "up" }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("deleteMilestoneAction", () => {
  it("deletes an open milestone with its history, audited with the row as it was", async () => {
    const m = await newMilestone();
    const r = await deleteMilestoneAction.execute(admin, { id: m.id, version: m.version }, opts());
    expect(r).toMatchObject({ ok: true, data: { id: m.id } });
    expect(await t.prisma.milestone.count({ where: { id: m.id } })).toBe(0);
    expect(await t.prisma.milestoneForecast.count({ where: { milestoneId: m.id } })).toBe(0);
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "milestone.delete", entityId: m.id } });
    expect(event).toMatchObject({ actorId: admin.id, initiativeId: ver01.id, after: null });
    expect(event.before).toMatchObject({ id: m.id, title: m.title, forecastDate: "2027-06-30" });
  });

  it("keeps a completed milestone", async () => {
    const m = await freshMilestone(t.prisma, ver01.id, lead.id, { completedDate: new Date("2026-10-01T00:00:00Z") });
    const r = await deleteMilestoneAction.execute(lead, { id: m.id, version: m.version }, opts());
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { _form: ["Erledigte Meilensteine können nicht gelöscht werden."] } });
    expect(await t.prisma.milestone.count({ where: { id: m.id } })).toBe(1);
  });

  it("forbids a lead of another initiative", async () => {
    const m = await newMilestone();
    expect(await deleteMilestoneAction.execute(otherLead, { id: m.id, version: m.version }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await t.prisma.milestone.count({ where: { id: m.id } })).toBe(1);
  });
});
