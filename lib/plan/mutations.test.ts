// Plan setup through the action builder on the demo: masterplan, fields of action and districts —
// create, edit, version conflicts, validation, archive-versus-delete and the audit trail.
import { describe, expect, it } from "vitest";
import { newInitiativeOptions, initiativeEditOptions } from "@/lib/initiatives/edit-queries";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { demoFixture } from "@/tests/db";
import * as districtActions from "./district-mutations";
import * as fieldActions from "./field-mutations";
import * as masterplanActions from "./masterplan-mutations";

const demo = demoFixture();
const opts = () => ({ db: demo.prisma });

async function masterplanInput() {
  const m = await demo.prisma.masterplan.findFirstOrThrow();
  return { id: m.id, version: m.version, title: m.title, vision: m.vision, periodStart: "2020-01-01", periodEnd: "2030-12-31", adoptedAt: "2019-12-12" };
}

describe("masterplan", () => {
  it("refuses a second masterplan with a message that says there is one per installation", async () => {
    const r = await masterplanActions.createMasterplanAction.execute(demo.admin, { title: "Zweiter Plan", vision: "Noch einer", periodStart: "2027-01-01", periodEnd: "2030-12-31" }, { ...opts(), locale: "de" });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { _form: [de.planSetup.errors.masterplanExists] } });
    expect(await demo.prisma.masterplan.count()).toBe(1);
  });

  it("edits title, vision, period and adoption date, bumps the version, keeps the slug and audits before/after", async () => {
    const before = await demo.prisma.masterplan.findFirstOrThrow();
    const input = { ...(await masterplanInput()), vision: "Duisburg wird digital – für alle.", title: "Masterplan Digitales Duisburg 2030" };
    const r = await masterplanActions.updateMasterplanAction.execute(demo.admin, input, opts());
    expect(r).toMatchObject({ ok: true, data: { vision: input.vision, periodStart: "2020-01-01", periodEnd: "2030-12-31", adoptedAt: "2019-12-12", version: before.version + 1, slug: before.slug } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "masterplan.update", entityId: before.id }, orderBy: { at: "desc" } });
    expect(event.actorId).toBe(demo.admin.id);
    expect(event.before).toMatchObject({ vision: before.vision, version: before.version });
    expect(event.after).toMatchObject({ vision: input.vision, version: before.version + 1 });
  });

  it("answers a stale version with CONFLICT and the stored masterplan", async () => {
    const input = await masterplanInput();
    expect((await masterplanActions.updateMasterplanAction.execute(demo.admin, { ...input, vision: "Erste Fassung" }, opts())).ok).toBe(true);
    const stale = await masterplanActions.updateMasterplanAction.execute(demo.admin, { ...input, vision: "Zweite Fassung" }, opts());
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", current: { vision: "Erste Fassung", version: input.version + 1, periodStart: "2020-01-01" } });
  });

  it("refuses a period that ends before (or when) it starts, next to the end date, in German and English", async () => {
    const input = { ...(await masterplanInput()), periodStart: "2030-01-01", periodEnd: "2029-12-31" };
    expect(await masterplanActions.updateMasterplanAction.execute(demo.admin, input, { ...opts(), locale: "de" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { periodEnd: [de.planSetup.errors.periodEndBeforeStart] },
    });
    expect(await masterplanActions.updateMasterplanAction.execute(demo.admin, { ...input, periodEnd: "2030-01-01" }, { ...opts(), locale: "en" })).toMatchObject({
      ok: false,
      fieldErrors: { periodEnd: [en.planSetup.errors.periodEndBeforeStart] },
    });
  });

  it("rejects a department head", async () => {
    expect(await masterplanActions.updateMasterplanAction.execute(demo.head, await masterplanInput(), opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("fields of action", () => {
  it("creates a field with a slug from its title and its colour stored lower-case, and audits it", async () => {
    const r = await fieldActions.createFieldOfActionAction.execute(demo.admin, { code: "kul", title: "Kultur & Freizeit", description: "Museen, Bibliotheken", sortOrder: "70", color: "#AA33CC" }, opts());
    expect(r).toMatchObject({ ok: true, data: { code: "KUL", slug: "kultur-freizeit", color: "#aa33cc", sortOrder: 70, archivedAt: null } });
    if (!r.ok) return;
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "fieldOfAction.create", entityId: r.data.id } });
    expect(event.after).toMatchObject({ code: "KUL", color: "#aa33cc" });
    // The same title again gets the first free slug.
    const again = await fieldActions.createFieldOfActionAction.execute(demo.admin, { code: "KULT", title: "Kultur & Freizeit" }, opts());
    expect(again).toMatchObject({ ok: true, data: { slug: "kultur-freizeit-2", color: null } });
  });

  it("refuses a colour that is not #rrggbb and a code that is not 2–5 capital letters", async () => {
    const r = await fieldActions.createFieldOfActionAction.execute(demo.admin, { code: "K1", title: "Farbtest", color: "red" }, { ...opts(), locale: "de" });
    expect(r).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { color: [de.planSetup.errors.colorFormat], code: [de.planSetup.errors.fieldCodeFormat] },
    });
    const short = await fieldActions.createFieldOfActionAction.execute(demo.admin, { code: "FRB", title: "Farbtest", color: "#abc" }, { ...opts(), locale: "en" });
    expect(short).toMatchObject({ ok: false, fieldErrors: { color: [en.planSetup.errors.colorFormat] } });
  });

  it("refuses a code another field of the masterplan has as a conflict on the code field", async () => {
    const r = await fieldActions.createFieldOfActionAction.execute(demo.admin, { code: "MOB", title: "Noch einmal Mobilität" }, { ...opts(), locale: "de" });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { code: [de.planSetup.errors.fieldCodeTaken] } });
    const ver = await demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "VER" } });
    const rename = await fieldActions.updateFieldOfActionAction.execute(demo.admin, { id: ver.id, version: ver.version, code: "MOB", title: ver.title }, opts());
    expect(rename).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { code: [expect.any(String)] } });
  });

  it("edits a field, keeps its slug, and answers a stale version with CONFLICT and the stored row", async () => {
    const f = await demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "MOB" } });
    const input = { id: f.id, version: f.version, code: "MOB", title: "Mobilität und Verkehr", description: f.description, sortOrder: f.sortOrder, color: "#0a7f3f" };
    const r = await fieldActions.updateFieldOfActionAction.execute(demo.admin, input, opts());
    expect(r).toMatchObject({ ok: true, data: { title: "Mobilität und Verkehr", slug: f.slug, color: "#0a7f3f", version: f.version + 1 } });
    const stale = await fieldActions.updateFieldOfActionAction.execute(demo.admin, { ...input, title: "Zu spät" }, opts());
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", current: { title: "Mobilität und Verkehr", version: f.version + 1 } });
    expect(await demo.prisma.auditEvent.count({ where: { action: "fieldOfAction.update", entityId: f.id } })).toBe(1);
  });

  it("moves a field one place up and renumbers the order", async () => {
    const fields = await demo.prisma.fieldOfAction.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
    const second = fields[1]!;
    const r = await fieldActions.moveFieldOfActionAction.execute(demo.admin, { id: second.id, version: second.version, direction: "up" }, opts());
    expect(r.ok).toBe(true);
    const after = await demo.prisma.fieldOfAction.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, sortOrder: true } });
    expect(after.slice(0, 2).map((f) => f.code)).toEqual([second.code, fields[0]!.code]);
    expect(after.map((f) => f.sortOrder)).toEqual(after.map((_, i) => (i + 1) * 10));
    const top = await demo.prisma.fieldOfAction.findUniqueOrThrow({ where: { id: second.id } });
    expect(await fieldActions.moveFieldOfActionAction.execute(demo.admin, { id: top.id, version: top.version, direction: "up" }, opts())).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await demo.prisma.auditEvent.count({ where: { action: "fieldOfAction.move", entityId: second.id } })).toBe(1);
  });

  it("refuses to delete a field that initiatives hang off, archives it instead, and no longer offers it for new initiatives", async () => {
    const f = await demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "VER" } });
    const initiatives = await demo.prisma.initiative.count({ where: { fieldOfActionId: f.id } });
    expect(initiatives).toBeGreaterThan(0);
    const del = await fieldActions.deleteFieldOfActionAction.execute(demo.admin, { id: f.id, version: f.version }, { ...opts(), locale: "de" });
    expect(del).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { _form: [de.planSetup.errors.fieldInUse] } });

    const archived = await fieldActions.archiveFieldOfActionAction.execute(demo.admin, { id: f.id, version: f.version }, opts());
    expect(archived).toMatchObject({ ok: true, data: { archivedAt: new Date("2026-11-25T10:00:00Z") } });
    expect(await demo.prisma.initiative.count({ where: { fieldOfActionId: f.id } })).toBe(initiatives);
    expect((await newInitiativeOptions(demo.prisma, demo.admin)).fields.map((x) => x.code)).not.toContain("VER");
    // An initiative of the archived field still sees its own field in the edit form; others do not.
    expect((await initiativeEditOptions(demo.prisma, demo.admin, { fieldOfActionId: f.id })).fields.map((x) => x.code)).toContain("VER");
    expect((await initiativeEditOptions(demo.prisma, demo.admin)).fields.map((x) => x.code)).not.toContain("VER");

    const back = await fieldActions.unarchiveFieldOfActionAction.execute(demo.admin, { id: f.id, version: f.version + 1 }, opts());
    expect(back).toMatchObject({ ok: true, data: { archivedAt: null } });
    expect((await newInitiativeOptions(demo.prisma, demo.admin)).fields.map((x) => x.code)).toContain("VER");
    expect(await demo.prisma.auditEvent.count({ where: { action: { in: ["fieldOfAction.archive", "fieldOfAction.unarchive"] }, entityId: f.id } })).toBe(2);
  });

  it("deletes a field nothing hangs off, with a version check, and audits it", async () => {
    const r = await fieldActions.createFieldOfActionAction.execute(demo.admin, { code: "TMP", title: "Vorübergehend" }, opts());
    if (!r.ok) throw new Error(r.message);
    expect(await fieldActions.deleteFieldOfActionAction.execute(demo.admin, { id: r.data.id, version: 2 }, opts())).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await fieldActions.deleteFieldOfActionAction.execute(demo.admin, { id: r.data.id, version: 1 }, opts())).toMatchObject({ ok: true });
    expect(await demo.prisma.fieldOfAction.count({ where: { id: r.data.id } })).toBe(0);
    expect(await demo.prisma.auditEvent.count({ where: { action: "fieldOfAction.delete", entityId: r.data.id } })).toBe(1);
  });
});

describe("districts", () => {
  it("creates a district with a slug from its name, edits it with a version check, and audits both", async () => {
    const r = await districtActions.createDistrictAction.execute(demo.admin, { code: "bar", name: "Baerl", sortOrder: "80" }, opts());
    expect(r).toMatchObject({ ok: true, data: { code: "BAR", slug: "baerl", sortOrder: 80, version: 1 } });
    if (!r.ok) return;
    const edit = await districtActions.updateDistrictAction.execute(demo.admin, { id: r.data.id, version: 1, code: "BAR", name: "Baerl-Nord", sortOrder: 81 }, opts());
    expect(edit).toMatchObject({ ok: true, data: { name: "Baerl-Nord", slug: "baerl", version: 2 } });
    const stale = await districtActions.updateDistrictAction.execute(demo.admin, { id: r.data.id, version: 1, code: "BAR", name: "Zu spät", sortOrder: 81 }, opts());
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", current: { name: "Baerl-Nord", version: 2 } });
    expect(await demo.prisma.auditEvent.count({ where: { action: { in: ["district.create", "district.update"] }, entityId: r.data.id } })).toBe(2);
  });

  it("refuses a duplicate code and a malformed one next to the code field", async () => {
    const existing = await demo.prisma.district.findFirstOrThrow();
    expect(await districtActions.createDistrictAction.execute(demo.admin, { code: existing.code, name: "Doppelt" }, { ...opts(), locale: "de" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { code: [de.planSetup.errors.districtCodeTaken] },
    });
    expect(await districtActions.createDistrictAction.execute(demo.admin, { code: "A B", name: "Leer" }, { ...opts(), locale: "de" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { code: [de.validation.codeFormat] },
    });
  });

  it("refuses to delete a district initiatives name, archives it instead, and no longer offers it", async () => {
    const used = await demo.prisma.district.findFirstOrThrow({ where: { initiatives: { some: {} } } });
    const del = await districtActions.deleteDistrictAction.execute(demo.admin, { id: used.id, version: used.version }, { ...opts(), locale: "en" });
    expect(del).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { _form: [en.planSetup.errors.districtInUse] } });
    const links = await demo.prisma.initiativeDistrict.count({ where: { districtId: used.id } });

    expect(await districtActions.archiveDistrictAction.execute(demo.admin, { id: used.id, version: used.version }, opts())).toMatchObject({ ok: true });
    expect(await demo.prisma.initiativeDistrict.count({ where: { districtId: used.id } })).toBe(links);
    expect((await newInitiativeOptions(demo.prisma, demo.admin)).districts.map((d) => d.id)).not.toContain(used.id);
    expect((await initiativeEditOptions(demo.prisma, demo.admin)).districts.map((d) => d.id)).not.toContain(used.id);
    expect((await initiativeEditOptions(demo.prisma, demo.admin, { districtIds: [used.id] })).districts.map((d) => d.id)).toContain(used.id);

    expect(await districtActions.unarchiveDistrictAction.execute(demo.admin, { id: used.id, version: used.version + 1 }, opts())).toMatchObject({ ok: true, data: { archivedAt: null } });
    expect((await newInitiativeOptions(demo.prisma, demo.admin)).districts.map((d) => d.id)).toContain(used.id);
  });

  it("deletes an unused district and audits it", async () => {
    const r = await districtActions.createDistrictAction.execute(demo.admin, { code: "LEER", name: "Leerbezirk" }, opts());
    if (!r.ok) throw new Error(r.message);
    expect(await districtActions.deleteDistrictAction.execute(demo.admin, { id: r.data.id, version: 1 }, opts())).toMatchObject({ ok: true });
    expect(await demo.prisma.district.count({ where: { id: r.data.id } })).toBe(0);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "district.delete", entityId: r.data.id } });
    expect(event.before).toMatchObject({ code: "LEER", name: "Leerbezirk" });
  });

  it("rejects a department head and records the denial", async () => {
    expect(await districtActions.createDistrictAction.execute(demo.head, { code: "HEAD", name: "Nicht erlaubt" }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await demo.prisma.auditEvent.count({ where: { action: "authz.denied", actorId: demo.head.id, entityId: "district.create" } })).toBe(1);
  });
});
