// Planning milestones (add, edit, reorder, delete) against a real database: audit, scope, concurrency.
import { beforeAll, describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { addMilestoneAction, deleteMilestoneAction, editMilestoneAction, reorderMilestoneAction } from "./mutations";
import { freshMilestone } from "./test-helpers";

const demo = demoFixture();
/** Project lead in the same department who does not lead VER-01. */
/** Department head of another department (VERK). */
let ver01: { id: string; partnerIds: string[] };

const opts = (locale: "de" | "en" = "de") => ({ db: demo.prisma, locale, requestId: "req-ms" });

beforeAll(async () => {
  const i = await demo.prisma.initiative.findUniqueOrThrow({
    where: { code: "VER-01" },
    select: { id: true, departmentId: true, leads: { select: { userId: true } }, partners: { select: { partnerId: true } } },
  });
  expect(i.leads.map((l) => l.userId)).toContain(demo.lead.id);
  expect(i.leads.map((l) => l.userId)).not.toContain(demo.lead2.id);
  expect(i.departmentId).toBe(demo.head.departmentId);
  expect(demo.lead2.departmentId).toBe(demo.head.departmentId);
  ver01 = { id: i.id, partnerIds: i.partners.map((p) => p.partnerId) };
  expect(ver01.partnerIds.length).toBeGreaterThan(0);
});

const newMilestone = () => freshMilestone(demo.prisma, ver01.id, demo.lead.id);

describe("addMilestoneAction", () => {
  it("adds a milestone at the end with forecast = baseline, its first forecast row and an audit event", async () => {
    const before = await demo.prisma.milestone.aggregate({ where: { initiativeId: ver01.id }, _max: { sortOrder: true } });
    const r = await addMilestoneAction.execute(
      demo.lead,
      { initiativeId: ver01.id, title: "Pilotbetrieb gestartet", description: "Mit zwei Ämtern", weight: "4", baselineDate: "2027-09-30", isPublic: false, responsiblePartnerId: ver01.partnerIds[0] },
      opts(),
    );
    expect(r).toMatchObject({ ok: true, data: { title: "Pilotbetrieb gestartet", weight: 4, baselineDate: "2027-09-30", forecastDate: "2027-09-30", completedDate: null, isPublic: false, version: 1 } });
    if (!r.ok) return;
    expect(r.data.sortOrder).toBe((before._max.sortOrder ?? 0) + 1);
    const history = await demo.prisma.milestoneForecast.findMany({ where: { milestoneId: r.data.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ reason: "Ausgangsplanung", reportedById: demo.lead.id, forecastDate: new Date("2027-09-30T00:00:00Z") });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "milestone.create", entityId: r.data.id } });
    expect(event).toMatchObject({ actorId: demo.lead.id, entityType: "Milestone", initiativeId: ver01.id, requestId: "req-ms", before: null });
    expect(event.after).toMatchObject({ title: "Pilotbetrieb gestartet", baselineDate: "2027-09-30" });
  });

  it("rejects a responsible partner that does not work on the initiative, in German", async () => {
    const stranger = await demo.prisma.partner.findFirstOrThrow({ where: { initiatives: { none: { initiativeId: ver01.id } } }, select: { id: true } });
    const r = await addMilestoneAction.execute(demo.lead, { initiativeId: ver01.id, title: "Mit fremdem Partner", weight: 1, baselineDate: "2027-01-01", responsiblePartnerId: stranger.id }, opts());
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { responsiblePartnerId: ["Dieser Partner wirkt an dem Vorhaben nicht mit."] } });
  });

  it("rejects a milestone planned before the start of the masterplan, in the user's language, and writes nothing", async () => {
    const plan = await demo.prisma.masterplan.findFirstOrThrow({ select: { periodStart: true } });
    const dayBefore = new Date(plan.periodStart.getTime() - 86_400_000).toISOString().slice(0, 10);
    const count = await demo.prisma.milestone.count({ where: { initiativeId: ver01.id } });
    const de = await addMilestoneAction.execute(demo.lead, { initiativeId: ver01.id, title: "Vor dem Masterplan", weight: 1, baselineDate: dayBefore }, opts());
    expect(de).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { baselineDate: [expect.stringContaining("vor dem Beginn des Masterplans")] } });
    const en = await addMilestoneAction.execute(demo.lead, { initiativeId: ver01.id, title: "Before the masterplan", weight: 1, baselineDate: dayBefore }, opts("en"));
    expect(en).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { baselineDate: [expect.stringContaining("before the start of the masterplan")] } });
    expect(await demo.prisma.milestone.count({ where: { initiativeId: ver01.id } })).toBe(count);
    const onStart = await addMilestoneAction.execute(demo.lead, { initiativeId: ver01.id, title: "Am ersten Tag", weight: 1, baselineDate: plan.periodStart.toISOString().slice(0, 10) }, opts());
    expect(onStart.ok).toBe(true);
  });

  it("reports invalid fields next to the field", async () => {
    const r = await addMilestoneAction.execute(demo.lead, { initiativeId: ver01.id, title: "x", weight: "11", baselineDate: "30.09.2027" }, opts());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors?.title).toEqual(["Bitte mindestens 3 Zeichen eingeben."]);
    expect(r.fieldErrors?.weight).toEqual(["Der Wert darf höchstens 10 sein."]);
    expect(r.fieldErrors?.baselineDate).toEqual(["Das Format ist ungültig."]);
  });

  it("forbids a lead of another initiative and a head of another department, and writes nothing", async () => {
    const count = await demo.prisma.milestone.count({ where: { initiativeId: ver01.id } });
    for (const actor of [demo.lead2, demo.headVerk]) {
      const r = await addMilestoneAction.execute(actor, { initiativeId: ver01.id, title: "Nicht erlaubt", weight: 1, baselineDate: "2027-01-01" }, opts());
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.milestone.count({ where: { initiativeId: ver01.id } })).toBe(count);
    expect(await demo.prisma.auditEvent.count({ where: { action: "authz.denied", actorId: demo.lead2.id, entityId: "milestone.create" } })).toBe(1);
  });
});

describe("editMilestoneAction", () => {
  it("changes the plan but never the dates, audited with before and after", async () => {
    const m = await newMilestone();
    const r = await editMilestoneAction.execute(
      demo.head,
      { id: m.id, version: m.version, title: "Neuer Titel", description: "Neu", weight: 7, isPublic: false, responsiblePartnerId: ver01.partnerIds[0], baselineDate: "2020-01-01", forecastDate: "2020-01-01" },
      opts(),
    );
    expect(r).toMatchObject({ ok: true, data: { title: "Neuer Titel", weight: 7, isPublic: false, version: m.version + 1, baselineDate: "2027-06-30", forecastDate: "2027-06-30" } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "milestone.update", entityId: m.id } });
    expect(event).toMatchObject({ actorId: demo.head.id, initiativeId: ver01.id });
    expect(event.before).toMatchObject({ title: m.title, weight: 1, version: m.version });
    expect(event.after).toMatchObject({ title: "Neuer Titel", weight: 7, version: m.version + 1 });
  });

  it("lets exactly one of two concurrent saves of the same version win; the other gets CONFLICT with the stored row", async () => {
    const m = await newMilestone();
    const base = { id: m.id, version: m.version, description: "", weight: 2, isPublic: true, responsiblePartnerId: "" };
    const [a, b] = await Promise.all([
      editMilestoneAction.execute(demo.lead, { ...base, title: "Fassung A" }, opts()),
      editMilestoneAction.execute(demo.head, { ...base, title: "Fassung B" }, opts()),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const [winner, loser] = a.ok ? [a, b] : [b, a];
    expect(loser).toMatchObject({ ok: false, code: "CONFLICT" });
    if (loser.ok || !winner.ok) return;
    expect(loser.current).toMatchObject({ id: m.id, version: m.version + 1, title: winner.data.title, baselineDate: "2027-06-30" });
    const stored = await demo.prisma.milestone.findUniqueOrThrow({ where: { id: m.id } });
    expect(stored).toMatchObject({ version: m.version + 1, title: winner.data.title });
    expect(await demo.prisma.auditEvent.count({ where: { action: "milestone.update", entityId: m.id } })).toBe(1);
  });

  it("answers a stale version with CONFLICT and the current row", async () => {
    const m = await newMilestone();
    const input = { id: m.id, version: m.version, title: "Erste Fassung", weight: 1 };
    expect(await editMilestoneAction.execute(demo.lead, input, opts())).toMatchObject({ ok: true });
    const r = await editMilestoneAction.execute(demo.lead, { ...input, title: "Veraltet" }, opts());
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", current: { title: "Erste Fassung", version: m.version + 1 } });
  });

  it("forbids a lead of another initiative", async () => {
    const m = await newMilestone();
    const r = await editMilestoneAction.execute(demo.lead2, { id: m.id, version: m.version, title: "Übernommen", weight: 1 }, opts());
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await demo.prisma.milestone.findUniqueOrThrow({ where: { id: m.id } })).title).toBe(m.title);
  });
});

describe("reorderMilestoneAction", () => {
  it("swaps places with the neighbour, bumps both versions and audits both", async () => {
    const upper = await newMilestone();
    const lower = await newMilestone();
    const r = await reorderMilestoneAction.execute(demo.lead, { id: lower.id, version: lower.version, direction: "up" }, opts());
    expect(r).toMatchObject({ ok: true, data: { id: lower.id, sortOrder: upper.sortOrder, version: lower.version + 1 } });
    const swapped = await demo.prisma.milestone.findUniqueOrThrow({ where: { id: upper.id } });
    expect(swapped).toMatchObject({ sortOrder: lower.sortOrder, version: upper.version + 1 });
    const events = await demo.prisma.auditEvent.findMany({ where: { action: "milestone.reorder", entityId: { in: [upper.id, lower.id] } } });
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.initiativeId === ver01.id)).toBe(true);
  });

  it("refuses to move the last milestone further down", async () => {
    const last = await newMilestone();
    const r = await reorderMilestoneAction.execute(demo.lead, { id: last.id, version: last.version, direction: "down" }, opts());
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { _form: ["Der Meilenstein steht bereits ganz unten."] } });
  });

  it("lets exactly one of two concurrent moves of the same version win", async () => {
    await newMilestone();
    const m = await newMilestone();
    const move = () => reorderMilestoneAction.execute(demo.lead, { id: m.id, version: m.version, direction: "up" }, opts());
    const results = await Promise.all([move(), move()]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "CONFLICT", current: { id: m.id, version: m.version + 1 } });
  });

  it("forbids a lead of another initiative", async () => {
    await newMilestone();
    const m = await newMilestone();
    expect(await reorderMilestoneAction.execute(demo.lead2, { id: m.id, version: m.version, direction: "up" }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("deleteMilestoneAction", () => {
  it("deletes an open milestone with its history, audited with the row as it was", async () => {
    const m = await newMilestone();
    const r = await deleteMilestoneAction.execute(demo.admin, { id: m.id, version: m.version }, opts());
    expect(r).toMatchObject({ ok: true, data: { id: m.id } });
    expect(await demo.prisma.milestone.count({ where: { id: m.id } })).toBe(0);
    expect(await demo.prisma.milestoneForecast.count({ where: { milestoneId: m.id } })).toBe(0);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "milestone.delete", entityId: m.id } });
    expect(event).toMatchObject({ actorId: demo.admin.id, initiativeId: ver01.id, after: null });
    expect(event.before).toMatchObject({ id: m.id, title: m.title, forecastDate: "2027-06-30" });
  });

  it("keeps a completed milestone", async () => {
    const m = await freshMilestone(demo.prisma, ver01.id, demo.lead.id, { completedDate: new Date("2026-10-01T00:00:00Z") });
    const r = await deleteMilestoneAction.execute(demo.lead, { id: m.id, version: m.version }, opts());
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { _form: ["Erledigte Meilensteine können nicht gelöscht werden."] } });
    expect(await demo.prisma.milestone.count({ where: { id: m.id } })).toBe(1);
  });

  it("forbids a lead of another initiative", async () => {
    const m = await newMilestone();
    expect(await deleteMilestoneAction.execute(demo.lead2, { id: m.id, version: m.version }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await demo.prisma.milestone.count({ where: { id: m.id } })).toBe(1);
  });
});
