import { beforeAll, describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import { listPortfolio } from "@/lib/initiatives/queries";
import { demoFixture } from "@/tests/db";
import { initiativeSnapshot, type InitiativeSnapshot } from "./shared";
import { archiveInitiativeAction, setInitiativeStatusAction, setInitiativeVisibilityAction, unarchiveInitiativeAction } from "./state";
import { updateInitiativeAction } from "./update";

const demo = demoFixture();
let dept: { digi: string; verk: string };
let fieldId: string;
let n = 0;

/** A fresh initiative of the given department, so that tests do not depend on each other. */
async function scratch(departmentId = dept.digi): Promise<InitiativeSnapshot> {
  const code = `EDT-${String(++n).padStart(2, "0")}`;
  const row = await demo.prisma.initiative.create({
    data: { code, slug: `edit-test-${n}`, title: `Testvorhaben ${n}`, fieldOfActionId: fieldId, departmentId, health: "AT_RISK", healthReason: "alt" },
  });
  return (await initiativeSnapshot(demo.prisma, row.id))!;
}

/** The full edit input for an initiative as stored, with changes. */
function edit(i: InitiativeSnapshot, changes: Record<string, unknown> = {}) {
  const { slug: _s, archivedAt: _a, status: _st, health: _h, healthReason: _r, visibility: _v, ...fields } = i;
  return { ...fields, tags: i.tags.join(", "), ...changes };
}

const opts = { locale: "de" as const };

beforeAll(async () => {
  dept = {
    digi: (await demo.prisma.department.findUniqueOrThrow({ where: { code: "DIGI" } })).id,
    verk: (await demo.prisma.department.findUniqueOrThrow({ where: { code: "VERK" } })).id,
  };
  fieldId = (await demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "INF" } })).id;
});

describe("updateInitiativeAction", () => {
  it("saves every master data field, bumps the version and audits before and after for the history", async () => {
    const i = await scratch();
    const district = await demo.prisma.district.findFirstOrThrow({ where: { code: "SUED" } });
    const r = await updateInitiativeAction.execute(
      demo.head,
      edit(i, {
        code: "edt-90",
        title: "Umbenannt",
        description: "Neu **fett**",
        plainLanguageSummary: "Wir machen das Amt digital.",
        plannedStart: "2026-02-01",
        plannedEnd: "2026-12-31",
        actualStart: "2026-02-15",
        actualEnd: "",
        districtIds: [district.id],
        tags: "Open Data, KI",
      }),
      { ...opts, db: demo.prisma, requestId: "req-edit-1" },
    );
    expect(r).toMatchObject({
      ok: true,
      data: { code: "EDT-90", title: "Umbenannt", slug: i.slug, plainLanguageSummary: "Wir machen das Amt digital.", actualStart: "2026-02-15", actualEnd: null, tags: ["Open Data", "KI"], districtIds: [district.id], version: 2 },
    });
    // Status and health were not sent, so they stay as they were.
    expect(r).toMatchObject({ data: { health: "AT_RISK", healthReason: "alt" } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-edit-1" } });
    expect(event).toMatchObject({ action: "initiative.update", actorId: demo.head.id, entityId: i.id, initiativeId: i.id });
    expect(event.before).toMatchObject({ code: i.code, title: i.title, version: 1, districtIds: [] });
    expect(event.after).toMatchObject({ code: "EDT-90", title: "Umbenannt", version: 2, districtIds: [district.id] });
  });

  it("forbids the head of another department and project leads, even of their own initiative", async () => {
    const i = await scratch();
    expect(await updateInitiativeAction.execute(demo.headVerk, edit(i, { title: "Fremd" }), { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await demo.prisma.initiativeLead.create({ data: { initiativeId: i.id, userId: demo.lead.id } });
    expect(await updateInitiativeAction.execute(demo.lead, edit(i, { title: "Als Lead" }), { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await initiativeSnapshot(demo.prisma, i.id)).toMatchObject({ title: i.title, version: 1 });
  });

  it("forbids a department head to move an initiative into another department, and audits the denial", async () => {
    const i = await scratch(dept.digi);
    const r = await updateInitiativeAction.execute(demo.head, edit(i, { departmentId: dept.verk }), { ...opts, db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN", fieldErrors: { departmentId: [de.initiatives.errors.departmentForbidden] } });
    expect(await initiativeSnapshot(demo.prisma, i.id)).toMatchObject({ departmentId: dept.digi, version: 1 });
    const denied = await demo.prisma.auditEvent.findFirst({ where: { action: "authz.denied", actorId: demo.head.id, entityId: "initiative.update" } });
    expect(denied).not.toBeNull();
  });

  it("forbids a department head to pull another department's initiative into their own", async () => {
    const i = await scratch(dept.digi);
    const r = await updateInitiativeAction.execute(demo.headVerk, edit(i, { departmentId: dept.verk }), { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await initiativeSnapshot(demo.prisma, i.id)).toMatchObject({ departmentId: dept.digi });
  });

  it("lets an admin move an initiative between departments", async () => {
    const i = await scratch(dept.digi);
    expect(await updateInitiativeAction.execute(demo.admin, edit(i, { departmentId: dept.verk }), { db: demo.prisma })).toMatchObject({ ok: true, data: { departmentId: dept.verk } });
  });

  it("refuses another initiative's code with CONFLICT on the code field", async () => {
    const i = await scratch();
    const r = await updateInitiativeAction.execute(demo.admin, edit(i, { code: "VER-01" }), { ...opts, db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { code: [de.initiatives.errors.codeTaken] } });
  });

  it("lets exactly one of two concurrent edits of the same version win; the loser gets the stored row", async () => {
    const i = await scratch();
    const [a, b] = await Promise.all([
      updateInitiativeAction.execute(demo.admin, edit(i, { title: "Fassung A" }), { db: demo.prisma }),
      updateInitiativeAction.execute(demo.head, edit(i, { title: "Fassung B" }), { db: demo.prisma }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, code: "CONFLICT", current: { id: i.id, version: 2 } });
    expect(await demo.prisma.auditEvent.count({ where: { action: "initiative.update", entityId: i.id } })).toBe(1);
  });

  it("answers a stale version with CONFLICT and changes nothing", async () => {
    const i = await scratch();
    await demo.prisma.initiative.update({ where: { id: i.id }, data: { title: "Anderswo geändert", version: 2 } });
    const r = await updateInitiativeAction.execute(demo.admin, edit(i, { title: "Meins" }), { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", current: { title: "Anderswo geändert", version: 2 } });
  });
});

describe("status, health and visibility", () => {
  it("changes status and health with a reason, audited with before and after", async () => {
    const i = await scratch();
    const r = await setInitiativeStatusAction.execute(
      demo.head,
      { id: i.id, version: 1, status: "ON_HOLD", health: "OFF_TRACK", healthReason: "Förderbescheid fehlt" },
      { db: demo.prisma, requestId: "req-status" },
    );
    expect(r).toMatchObject({ ok: true, data: { status: "ON_HOLD", health: "OFF_TRACK", healthReason: "Förderbescheid fehlt", version: 2 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-status" } });
    expect(event).toMatchObject({ action: "initiative.setStatus", initiativeId: i.id });
    expect(event.before).toMatchObject({ status: "PROPOSED", health: "AT_RISK", healthReason: "alt" });
    expect(event.after).toMatchObject({ status: "ON_HOLD", health: "OFF_TRACK" });
  });

  it("needs a reason for a health other than on track, and clears it when back on track", async () => {
    const i = await scratch();
    const missing = await setInitiativeStatusAction.execute(demo.admin, { id: i.id, version: 1, status: "IN_PROGRESS", health: "AT_RISK", healthReason: "" }, { ...opts, db: demo.prisma });
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { healthReason: [de.initiatives.errors.healthReasonRequired] } });
    const back = await setInitiativeStatusAction.execute(demo.admin, { id: i.id, version: 1, status: "IN_PROGRESS", health: "ON_TRACK", healthReason: "egal" }, { db: demo.prisma });
    expect(back).toMatchObject({ ok: true, data: { health: "ON_TRACK", healthReason: null } });
  });

  it("forbids project leads and heads of other departments", async () => {
    const i = await scratch();
    for (const actor of [demo.lead, demo.headVerk]) {
      const r = await setInitiativeStatusAction.execute(actor, { id: i.id, version: 1, status: "COMPLETED", health: "ON_TRACK" }, { db: demo.prisma });
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });

  it("publishes an initiative and takes it back", async () => {
    const i = await scratch();
    expect(await setInitiativeVisibilityAction.execute(demo.head, { id: i.id, version: 1, visibility: "PUBLIC" }, { db: demo.prisma })).toMatchObject({ ok: true, data: { visibility: "PUBLIC", version: 2 } });
    expect(await setInitiativeVisibilityAction.execute(demo.head, { id: i.id, version: 2, visibility: "INTERNAL" }, { db: demo.prisma })).toMatchObject({ ok: true, data: { visibility: "INTERNAL" } });
    const actions = (await demo.prisma.auditEvent.findMany({ where: { initiativeId: i.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["initiative.setVisibility", "initiative.setVisibility"]);
  });
});

describe("archive and unarchive", () => {
  it("archives an initiative out of the portfolio and brings it back, both audited", async () => {
    const i = await scratch();
    const archived = await archiveInitiativeAction.execute(demo.head, { id: i.id, version: 1 }, { db: demo.prisma });
    expect(archived.ok && archived.data.archivedAt instanceof Date).toBe(true);
    expect((await listPortfolio(demo.prisma, demo.admin)).map((r) => r.id)).not.toContain(i.id);
    expect(await archiveInitiativeAction.execute(demo.head, { id: i.id, version: 2 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "CONFLICT" });

    expect(await unarchiveInitiativeAction.execute(demo.head, { id: i.id, version: 2 }, { db: demo.prisma })).toMatchObject({ ok: true, data: { archivedAt: null, version: 3 } });
    expect((await listPortfolio(demo.prisma, demo.admin)).map((r) => r.id)).toContain(i.id);
    const events = await demo.prisma.auditEvent.findMany({ where: { initiativeId: i.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["initiative.archive", "initiative.unarchive"]);
    expect(events[0]!.before).toMatchObject({ archivedAt: null });
  });

  it("forbids project leads and the head of another department", async () => {
    const i = await scratch();
    await demo.prisma.initiativeLead.create({ data: { initiativeId: i.id, userId: demo.lead.id } });
    for (const actor of [demo.lead, demo.headVerk]) {
      expect(await archiveInitiativeAction.execute(actor, { id: i.id, version: 1 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await initiativeSnapshot(demo.prisma, i.id)).toMatchObject({ archivedAt: null });
  });
});
