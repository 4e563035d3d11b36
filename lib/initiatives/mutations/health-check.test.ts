// The server-side rule that a manual health greener than the one suggested by the data needs a
// reason: enforced by the status and the edit action against the stored initiative (field error on
// healthReason in the user's language, nothing saved), kept and audited when given; not forced by
// staleness alone or for a completed initiative. A report approval carrying a greener health is
// not blocked; its audit event records the suggestion.
import { beforeAll, describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { approveReportAction } from "@/lib/reports/review-report";
import { scratchReport } from "@/lib/reports/testing";
import { demoFixture } from "@/tests/db";
import { initiativeSnapshot } from "./shared";
import { setInitiativeStatusAction } from "./state";
import { updateInitiativeAction } from "./update";

// The clock is pinned by FIXED_NOW (vitest.config.mts) to 2026-11-25.
const demo = demoFixture();
let digi: string;
let fieldId: string;
let n = 0;

/** A running DIGI initiative with open milestones due on the given dates (never re-forecast). */
async function scratch(dueDates: string[], extra: { health?: "ON_TRACK" | "AT_RISK" | "OFF_TRACK"; healthReason?: string } = {}) {
  const code = `HCK-${String(++n).padStart(2, "0")}`;
  return demo.prisma.initiative.create({
    data: {
      code,
      slug: `health-check-${n}`,
      title: `Lagetest ${n}`,
      status: "IN_PROGRESS",
      fieldOfActionId: fieldId,
      departmentId: digi,
      ...extra,
      milestones: {
        create: [
          ...dueDates.map((d, i) => ({ title: `Fällig ${i}`, weight: 1, baselineDate: new Date(d), forecastDate: new Date(d) })),
          { title: "Später", weight: 10, baselineDate: new Date("2027-06-30"), forecastDate: new Date("2027-06-30") },
        ],
      },
    },
  });
}

beforeAll(async () => {
  digi = (await demo.prisma.department.findUniqueOrThrow({ where: { code: "DIGI" } })).id;
  fieldId = (await demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "VER" } })).id;
});

describe("setting the health greener than the data suggest", () => {
  it("refuses on track without a reason when a milestone is overdue, with a field error in the user's language", async () => {
    const i = await scratch(["2026-11-01"], { health: "AT_RISK", healthReason: "Verzug" });
    const input = { id: i.id, version: 1, status: "IN_PROGRESS", health: "ON_TRACK", healthReason: "" };
    expect(await setInitiativeStatusAction.execute(demo.head, input, { locale: "de", db: demo.prisma })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { healthReason: [de.initiatives.errors.healthReasonGreenerThanSuggested] },
    });
    expect(await setInitiativeStatusAction.execute(demo.head, input, { locale: "en", db: demo.prisma })).toMatchObject({
      fieldErrors: { healthReason: [en.initiatives.errors.healthReasonGreenerThanSuggested] },
    });
    expect(await demo.prisma.initiative.findUniqueOrThrow({ where: { id: i.id } })).toMatchObject({ health: "AT_RISK", healthReason: "Verzug", version: 1 });
    expect(await demo.prisma.auditEvent.count({ where: { initiativeId: i.id, action: "initiative.setStatus" } })).toBe(0);
  });

  it("saves on track with a reason, keeps the reason and audits it", async () => {
    const i = await scratch(["2026-11-01"], { health: "AT_RISK", healthReason: "Verzug" });
    const reason = "Abnahme ist erfolgt, der Termin wird morgen eingetragen.";
    const r = await setInitiativeStatusAction.execute(demo.head, { id: i.id, version: 1, status: "IN_PROGRESS", health: "ON_TRACK", healthReason: reason }, { db: demo.prisma, requestId: "req-greener" });
    expect(r).toMatchObject({ ok: true, data: { health: "ON_TRACK", healthReason: reason, version: 2 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-greener" } });
    expect(event).toMatchObject({ action: "initiative.setStatus", actorId: demo.head.id, initiativeId: i.id });
    expect(event.before).toMatchObject({ health: "AT_RISK", healthReason: "Verzug" });
    expect(event.after).toMatchObject({ health: "ON_TRACK", healthReason: reason });
  });

  it("refuses at risk without a reason and accepts it with one when the data suggest off track", async () => {
    const i = await scratch(["2026-07-01"]); // overdue by 147 days: off track
    const missing = await setInitiativeStatusAction.execute(demo.head, { id: i.id, version: 1, status: "IN_PROGRESS", health: "AT_RISK" }, { locale: "de", db: demo.prisma });
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { healthReason: [de.initiatives.errors.healthReasonRequired] } });
    const ok = await setInitiativeStatusAction.execute(demo.head, { id: i.id, version: 1, status: "IN_PROGRESS", health: "AT_RISK", healthReason: "Ersatztermin vereinbart" }, { db: demo.prisma });
    expect(ok).toMatchObject({ ok: true, data: { health: "AT_RISK", healthReason: "Ersatztermin vereinbart" } });
  });

  it("still drops the reason of an on track the data agree with", async () => {
    const i = await scratch(["2026-12-15"], { health: "AT_RISK", healthReason: "alt" });
    const r = await setInitiativeStatusAction.execute(demo.head, { id: i.id, version: 1, status: "IN_PROGRESS", health: "ON_TRACK", healthReason: "überflüssig" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { health: "ON_TRACK", healthReason: null } });
  });

  it("does not force a reason for staleness alone: the save itself is a change by a person", async () => {
    const i = await scratch([]);
    expect(await demo.prisma.auditEvent.count({ where: { initiativeId: i.id, actorId: { not: null } } })).toBe(0);
    const r = await setInitiativeStatusAction.execute(demo.head, { id: i.id, version: 1, status: "IN_PROGRESS", health: "ON_TRACK" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { health: "ON_TRACK", healthReason: null } });
  });

  it("needs no such reason when the initiative is being completed", async () => {
    const i = await scratch(["2026-06-01"]);
    const r = await setInitiativeStatusAction.execute(demo.head, { id: i.id, version: 1, status: "COMPLETED", health: "ON_TRACK" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { status: "COMPLETED", health: "ON_TRACK", healthReason: null } });
  });

  it("checks a health sent with the whole record, and leaves a health not sent alone", async () => {
    const created = await scratch(["2026-11-01"]);
    const i = (await initiativeSnapshot(demo.prisma, created.id))!;
    const { slug: _s, archivedAt: _a, status: _st, health: _h, healthReason: _r, visibility: _v, ...fields } = i;
    const base = { ...fields, tags: "" };
    const refused = await updateInitiativeAction.execute(demo.head, { ...base, health: "ON_TRACK", healthReason: "" }, { locale: "de", db: demo.prisma });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { healthReason: [de.initiatives.errors.healthReasonGreenerThanSuggested] } });
    // The stored health (on track) is greener than suggested too, but editing the title does not re-open it.
    const renamed = await updateInitiativeAction.execute(demo.head, { ...base, title: "Umbenannt" }, { db: demo.prisma });
    expect(renamed).toMatchObject({ ok: true, data: { title: "Umbenannt", health: "ON_TRACK", version: 2 } });
    const withReason = await updateInitiativeAction.execute(demo.head, { ...base, version: 2, title: "Umbenannt", health: "ON_TRACK", healthReason: "Gegengeprüft" }, { db: demo.prisma });
    expect(withReason).toMatchObject({ ok: true, data: { health: "ON_TRACK", healthReason: "Gegengeprüft", version: 3 } });
  });
});

describe("approving a report whose health is greener than the data suggest", () => {
  it("does not block the approval and records the suggestion in the health change's audit event", async () => {
    const i = await scratch(["2026-11-01"], { health: "AT_RISK", healthReason: "Verzug" });
    const report = await scratchReport(demo.prisma, i.id, { state: "SUBMITTED", health: "ON_TRACK" });
    const r = await approveReportAction.execute(demo.head, { id: report.id, version: report.version }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { state: "APPROVED" } });
    expect(await demo.prisma.initiative.findUniqueOrThrow({ where: { id: i.id } })).toMatchObject({ health: "ON_TRACK" });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { initiativeId: i.id, action: "initiative.health.fromReport" } });
    expect(event.after).toMatchObject({
      health: "ON_TRACK",
      greenerThanSuggested: { health: "AT_RISK", reasons: [{ kind: "overdueMilestones", count: 1, maxDays: 24 }] },
    });
  });

  it("records nothing extra when the report's health agrees with the data", async () => {
    const i = await scratch(["2026-11-01"]);
    const report = await scratchReport(demo.prisma, i.id, { state: "SUBMITTED", health: "AT_RISK" });
    expect(await approveReportAction.execute(demo.head, { id: report.id, version: report.version }, { db: demo.prisma })).toMatchObject({ ok: true });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { initiativeId: i.id, action: "initiative.health.fromReport" } });
    expect(event.after).not.toHaveProperty("greenerThanSuggested");
  });
});
