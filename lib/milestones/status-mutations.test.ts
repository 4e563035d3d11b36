// Keeping milestones current (done, undo, move forecast) against a real database: today, reasons, history, concurrency.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { demoFixture } from "@/tests/db";
import { cityToday, daysBetween } from "./dates";
import { completeMilestoneAction, moveForecastAction, reopenMilestoneAction } from "./status-mutations";
import { freshMilestone } from "./test-helpers";

const demo = demoFixture();
/** Project lead in the same department who does not lead VER-01. */
let initiativeId: string;

const opts = (locale: "de" | "en" = "de") => ({ db: demo.prisma, locale });
const inDays = (n: number) => new Date(Date.parse(`${cityToday()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  initiativeId = (await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" }, select: { id: true } })).id;
});

const newMilestone = (completedDate?: string) =>
  freshMilestone(demo.prisma, initiativeId, demo.lead.id, completedDate ? { completedDate: new Date(`${completedDate}T00:00:00Z`) } : {});
const historyOf = (milestoneId: string) => demo.prisma.milestoneForecast.findMany({ where: { milestoneId }, orderBy: { reportedAt: "asc" } });

describe("completeMilestoneAction", () => {
  it("marks done in one click: without a date it is today in Europe/Berlin, audited", async () => {
    const m = await newMilestone();
    const r = await completeMilestoneAction.execute(demo.lead, { id: m.id, version: m.version }, opts());
    expect(r).toMatchObject({ ok: true, data: { completedDate: cityToday(), version: m.version + 1 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "milestone.complete", entityId: m.id } });
    expect(event).toMatchObject({ actorId: demo.lead.id, initiativeId });
    expect(event.before).toMatchObject({ completedDate: null });
    expect(event.after).toMatchObject({ completedDate: cityToday() });
  });

  it("takes an earlier date, and refuses one in the future with a field error", async () => {
    const m = await newMilestone();
    const future = await completeMilestoneAction.execute(demo.lead, { id: m.id, version: m.version, completedDate: inDays(1) }, opts());
    expect(future).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { completedDate: ["Das Erledigungsdatum darf nicht in der Zukunft liegen."] } });
    const past = await completeMilestoneAction.execute(demo.lead, { id: m.id, version: m.version, completedDate: inDays(-3) }, opts());
    expect(past).toMatchObject({ ok: true, data: { completedDate: inDays(-3) } });
  });

  it("treats an empty date field like no date", async () => {
    const m = await newMilestone();
    expect(await completeMilestoneAction.execute(demo.head, { id: m.id, version: String(m.version), completedDate: "" }, opts())).toMatchObject({
      ok: true,
      data: { completedDate: cityToday() },
    });
  });

  it("lets exactly one of two concurrent clicks win; the other gets CONFLICT with the stored row", async () => {
    const m = await newMilestone();
    const click = (actor: Actor) => completeMilestoneAction.execute(actor, { id: m.id, version: m.version }, opts());
    const results = await Promise.all([click(demo.lead), click(demo.head)]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "CONFLICT", current: { id: m.id, version: m.version + 1, completedDate: cityToday() } });
    expect(await demo.prisma.auditEvent.count({ where: { action: "milestone.complete", entityId: m.id } })).toBe(1);
  });

  it("forbids a lead of another initiative", async () => {
    const m = await newMilestone();
    expect(await completeMilestoneAction.execute(demo.lead2, { id: m.id, version: m.version }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await demo.prisma.milestone.findUniqueOrThrow({ where: { id: m.id } })).completedDate).toBeNull();
  });
});

describe("reopenMilestoneAction", () => {
  it("needs a reason, then takes the completion back and keeps the reason in the audit event", async () => {
    const m = await newMilestone("2026-10-01");
    const missing = await reopenMilestoneAction.execute(demo.lead, { id: m.id, version: m.version }, opts());
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: ["Bitte begründen Sie die Änderung (mindestens 5 Zeichen)."] } });
    const r = await reopenMilestoneAction.execute(demo.lead, { id: m.id, version: m.version, reason: "Abnahme fehlgeschlagen" }, opts());
    expect(r).toMatchObject({ ok: true, data: { completedDate: null, version: m.version + 1 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "milestone.reopen", entityId: m.id } });
    expect(event).toMatchObject({ initiativeId, before: expect.objectContaining({ completedDate: "2026-10-01" }) });
    expect(event.after).toMatchObject({ completedDate: null, reason: "Abnahme fehlgeschlagen" });
  });

  it("answers CONFLICT for a milestone that is not done", async () => {
    const m = await newMilestone();
    const r = await reopenMilestoneAction.execute(demo.lead, { id: m.id, version: m.version, reason: "Versehentlich" }, opts());
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { _form: ["Der Meilenstein ist nicht als erledigt markiert."] } });
  });
});

describe("moveForecastAction", () => {
  it("refuses a move without a reason with a German field error", async () => {
    const m = await newMilestone();
    for (const reason of [undefined, "", "   ", "kurz"]) {
      const r = await moveForecastAction.execute(demo.lead, { id: m.id, version: m.version, forecastDate: "2027-12-31", reason }, opts());
      expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: ["Bitte begründen Sie die Änderung (mindestens 5 Zeichen)."] } });
    }
    expect(await historyOf(m.id)).toHaveLength(1);
  });

  it("moves the forecast, keeps the baseline and grows the forecast history with every move", async () => {
    const m = await newMilestone();
    const first = await moveForecastAction.execute(demo.lead, { id: m.id, version: m.version, forecastDate: "2027-09-15", reason: "Lieferverzug beim Partner" }, opts());
    expect(first).toMatchObject({ ok: true, data: { baselineDate: "2027-06-30", forecastDate: "2027-09-15", version: m.version + 1 } });
    const second = await moveForecastAction.execute(demo.head, { id: m.id, version: m.version + 1, forecastDate: "2027-11-30", reason: "Vergabe verzögert" }, opts());
    expect(second).toMatchObject({ ok: true, data: { forecastDate: "2027-11-30" } });

    const history = await historyOf(m.id);
    expect(history.map((h) => [h.forecastDate.toISOString().slice(0, 10), h.reason, h.reportedById])).toEqual([
      ["2027-06-30", "Ausgangsplanung", demo.lead.id],
      ["2027-09-15", "Lieferverzug beim Partner", demo.lead.id],
      ["2027-11-30", "Vergabe verzögert", demo.head.id],
    ]);
    const events = await demo.prisma.auditEvent.findMany({ where: { action: "milestone.moveForecast", entityId: m.id }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ initiativeId, before: expect.objectContaining({ forecastDate: "2027-06-30" }) });
    expect(events[0]!.after).toMatchObject({ forecastDate: "2027-09-15", reason: "Lieferverzug beim Partner" });
    expect(daysBetween("2027-06-30", "2027-11-30")).toBe(153);
  });

  it("refuses a forecast in the past and an unchanged date", async () => {
    const m = await newMilestone();
    const past = await moveForecastAction.execute(demo.lead, { id: m.id, version: m.version, forecastDate: inDays(-1), reason: "Schon vorbei" }, opts("en"));
    expect(past).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { forecastDate: [expect.stringMatching(/must not be in the past/)] } });
    const same = await moveForecastAction.execute(demo.lead, { id: m.id, version: m.version, forecastDate: "2027-06-30", reason: "Bestätigt" }, opts());
    expect(same).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { forecastDate: ["Die Prognose steht bereits auf diesem Datum."] } });
  });

  it("refuses a forecast before the start of a masterplan that has not begun yet", async () => {
    const plan = await demo.prisma.masterplan.findFirstOrThrow({ select: { id: true, periodStart: true } });
    const m = await newMilestone();
    await demo.prisma.masterplan.update({ where: { id: plan.id }, data: { periodStart: new Date(`${inDays(60)}T00:00:00Z`) } });
    try {
      const r = await moveForecastAction.execute(demo.lead, { id: m.id, version: m.version, forecastDate: inDays(30), reason: "Vorgezogen" }, opts());
      expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { forecastDate: [expect.stringContaining("vor dem Beginn des Masterplans")] } });
      expect(await historyOf(m.id)).toHaveLength(1);
    } finally {
      await demo.prisma.masterplan.update({ where: { id: plan.id }, data: { periodStart: plan.periodStart } });
    }
  });

  it("does not move a milestone that is done", async () => {
    const m = await newMilestone("2026-10-01");
    const r = await moveForecastAction.execute(demo.lead, { id: m.id, version: m.version, forecastDate: "2027-12-31", reason: "Nachträglich" }, opts());
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", current: { completedDate: "2026-10-01" } });
  });

  it("lets exactly one of two concurrent moves of the same version win and records only its reason", async () => {
    const m = await newMilestone();
    const move = (actor: Actor, forecastDate: string, reason: string) => moveForecastAction.execute(actor, { id: m.id, version: m.version, forecastDate, reason }, opts());
    const [a, b] = await Promise.all([move(demo.lead, "2027-08-01", "Grund der Projektleitung"), move(demo.head, "2027-10-01", "Grund der Amtsleitung")]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const [winner, loser] = a.ok ? [a, b] : [b, a];
    if (!winner.ok || loser.ok) return;
    expect(loser).toMatchObject({ code: "CONFLICT", current: { version: m.version + 1, forecastDate: winner.data.forecastDate } });
    const history = await historyOf(m.id);
    expect(history).toHaveLength(2);
    expect(history[1]!.reason).toBe(winner.data.reason);
  });

  it("forbids a lead of another initiative and adds no forecast", async () => {
    const m = await newMilestone();
    const r = await moveForecastAction.execute(demo.lead2, { id: m.id, version: m.version, forecastDate: "2027-12-31", reason: "Nicht meins" }, opts());
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await historyOf(m.id)).toHaveLength(1);
  });
});
