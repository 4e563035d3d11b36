import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import de from "@/lib/i18n/messages/de.json";
import { demoFixture } from "@/tests/db";
import { createInitiativeAction } from "./create";

const demo = demoFixture();
let ids: { digi: string; verk: string; field: string; districts: string[] };

/** A code nobody has: five random capital letters and two digits. */
const freshCode = () =>
  `${Array.from({ length: 5 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("")}-${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;

const input = (overrides: Record<string, unknown> = {}) => ({
  code: freshCode(),
  title: "Digitale Bürgerdienste für Groß und Klein",
  summary: " Kurz gesagt ",
  description: "## Ziel\n\nAlles **digital**.",
  fieldOfActionId: ids.field,
  departmentId: ids.digi,
  status: "PLANNED",
  health: "ON_TRACK",
  healthReason: "",
  plannedStart: "2026-01-01",
  plannedEnd: "2027-12-31",
  visibility: "PUBLIC",
  districtIds: ids.districts,
  tags: "Bürgerservice, KI, bürgerservice",
  ...overrides,
});

const create = (actor: Actor, raw: Record<string, unknown>, requestId?: string) =>
  createInitiativeAction.execute(actor, raw, { db: demo.prisma, locale: "de", requestId });

beforeAll(async () => {
  const [digi, verk, field, districts] = await Promise.all([
    demo.prisma.department.findUniqueOrThrow({ where: { code: "DIGI" } }),
    demo.prisma.department.findUniqueOrThrow({ where: { code: "VERK" } }),
    demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "VER" } }),
    demo.prisma.district.findMany({ where: { code: { in: ["MIT", "HAM"] } }, orderBy: { code: "asc" } }),
  ]);
  ids = { digi: digi.id, verk: verk.id, field: field.id, districts: districts.map((d) => d.id) };
});

describe("createInitiativeAction", () => {
  it("creates an initiative with its districts, tags and a slug from the title, audited for its history", async () => {
    const raw = input({ code: "ver-42" });
    const r = await create(demo.admin, raw, "req-create-initiative");
    expect(r).toMatchObject({
      ok: true,
      data: {
        code: "VER-42",
        slug: "digitale-buergerdienste-fuer-gross-und-klein",
        summary: "Kurz gesagt",
        tags: ["Bürgerservice", "KI"],
        plannedStart: "2026-01-01",
        plannedEnd: "2027-12-31",
        visibility: "PUBLIC",
        healthReason: null,
        archivedAt: null,
        version: 1,
      },
    });
    if (!r.ok) return;
    expect(r.data.districtIds).toEqual([...ids.districts].sort());
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-create-initiative" } });
    expect(event).toMatchObject({ action: "initiative.create", actorId: demo.admin.id, entityType: "Initiative", entityId: r.data.id, initiativeId: r.data.id, before: null });
    expect(event.after).toMatchObject({ code: "VER-42", departmentId: ids.digi, districtIds: r.data.districtIds });
  });

  it("gives a second initiative with the same title the slug with -2, a third -3", async () => {
    const title = "Sensoren für saubere Luft";
    const slugs = [];
    for (let i = 0; i < 3; i++) {
      const r = await create(demo.admin, input({ title }));
      slugs.push(r.ok ? r.data.slug : r.code);
    }
    expect(slugs).toEqual(["sensoren-fuer-saubere-luft", "sensoren-fuer-saubere-luft-2", "sensoren-fuer-saubere-luft-3"]);
  });

  it("lets a department head create in their own department", async () => {
    expect(await create(demo.head, input())).toMatchObject({ ok: true, data: { departmentId: ids.digi } });
  });

  it("forbids a department head to create in another department, writes nothing and audits the denial", async () => {
    const raw = input();
    const r = await create(demo.head, { ...raw, departmentId: ids.verk });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await demo.prisma.initiative.count({ where: { code: raw.code } })).toBe(0);
    const denied = await demo.prisma.auditEvent.findFirst({ where: { action: "authz.denied", actorId: demo.head.id, entityId: "initiative.create" } });
    expect(denied?.after).toMatchObject({ permission: "initiative.create" });
  });

  it("forbids the other department's head in our department, and project leads anywhere", async () => {
    expect(await create(demo.headVerk, input())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await create(demo.lead, input())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await create(demo.lead, input({ departmentId: demo.lead.departmentId }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("refuses a code in use with CONFLICT and an error on the code field", async () => {
    const r = await create(demo.admin, input({ code: "VER-01" }));
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { code: [de.initiatives.errors.codeTaken] } });
  });

  it("needs a reason when the health is not on track, and drops one when it is", async () => {
    const missing = await create(demo.admin, input({ health: "AT_RISK", healthReason: "  " }));
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { healthReason: [de.initiatives.errors.healthReasonRequired] } });
    const atRisk = await create(demo.admin, input({ health: "AT_RISK", healthReason: "Vergabe verzögert" }));
    expect(atRisk).toMatchObject({ ok: true, data: { health: "AT_RISK", healthReason: "Vergabe verzögert" } });
    const onTrack = await create(demo.admin, input({ health: "ON_TRACK", healthReason: "alte Begründung" }));
    expect(onTrack).toMatchObject({ ok: true, data: { healthReason: null } });
  });

  it("refuses an end before the start and unknown districts, with field errors", async () => {
    const dates = await create(demo.admin, input({ plannedStart: "2027-01-01", plannedEnd: "2026-12-31" }));
    expect(dates).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { plannedEnd: [de.initiatives.errors.endBeforeStart] } });
    const district = await create(demo.admin, input({ districtIds: [ids.districts[0], "0190aaaa-0000-7000-8000-000000000000"] }));
    expect(district).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { districtIds: [de.validation.choice] } });
  });

  it("ignores slug, version, archivedAt and id in the input", async () => {
    const r = await create(demo.admin, input({ slug: "gekapert", version: 7, archivedAt: "2020-01-01", id: "0190aaaa-0000-7000-8000-000000000000" }));
    expect(r).toMatchObject({ ok: true, data: { version: 1, archivedAt: null } });
    if (r.ok) expect(r.data.slug).not.toBe("gekapert");
    expect(await demo.prisma.initiative.count({ where: { slug: "gekapert" } })).toBe(0);
  });

  it("refuses an archived field of action or district for a new initiative, but lets an existing one keep it", async () => {
    const [field, district] = await Promise.all([
      demo.prisma.fieldOfAction.create({ data: { masterplanId: (await demo.prisma.masterplan.findFirstOrThrow()).id, code: "ALT", slug: "alt", title: "Altes Feld" } }),
      demo.prisma.district.create({ data: { code: "ALTB", slug: "alt-bezirk", name: "Alter Bezirk" } }),
    ]);
    const kept = await create(demo.admin, input({ fieldOfActionId: field.id, districtIds: [district.id] }));
    expect(kept.ok).toBe(true);
    await demo.prisma.fieldOfAction.update({ where: { id: field.id }, data: { archivedAt: new Date() } });
    await demo.prisma.district.update({ where: { id: district.id }, data: { archivedAt: new Date() } });

    const newField = await create(demo.admin, input({ fieldOfActionId: field.id }));
    expect(newField).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { fieldOfActionId: [de.validation.choice] } });
    const newDistrict = await create(demo.admin, input({ districtIds: [district.id] }));
    expect(newDistrict).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { districtIds: [de.validation.choice] } });

    if (!kept.ok) return;
    const { updateInitiativeAction } = await import("./update");
    const edit = await updateInitiativeAction.execute(demo.admin, { ...input({ fieldOfActionId: field.id, districtIds: [district.id] }), id: kept.data.id, version: kept.data.version, code: kept.data.code, title: "Umbenannt, Feld und Bezirk bleiben" }, { db: demo.prisma, locale: "de" });
    expect(edit).toMatchObject({ ok: true, data: { fieldOfActionId: field.id, districtIds: [district.id] } });
  });
});
