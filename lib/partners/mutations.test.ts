import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import { demoFixture, itRefusesEveryNonAdmin } from "@/tests/db";
import { createPartnerAction, deletePartnerAction, updatePartnerAction } from "./mutations";
import { partnerSlug } from "./schemas";

const demo = demoFixture();
let counter = 0;

async function makePartner() {
  const name = `Testpartner ${++counter}`;
  return demo.prisma.partner.create({ data: { name, slug: partnerSlug(name), kind: "COMPANY" } });
}

describe("partnerSlug", () => {
  it("spells out umlauts and keeps lower-case ASCII words joined by dashes", () => {
    const slugs = {
      "Universität Duisburg-Essen": "universitaet-duisburg-essen",
      "Müller & Söhne Straßenbau GmbH": "mueller-soehne-strassenbau-gmbh",
      "ÖKO-Zentrum Überlingen": "oeko-zentrum-ueberlingen",
      "  Café Crème — Société  ": "cafe-creme-societe",
      "Yılmaz Bilişim": "yilmaz-bilisim",
      "!!!": "",
    };
    for (const [name, slug] of Object.entries(slugs)) expect(partnerSlug(name), name).toBe(slug);
  });
});

describe("createPartnerAction", () => {
  it("creates a partner with a derived slug and audits it in the same request", async () => {
    const r = await createPartnerAction.execute(
      demo.admin,
      { name: "Müller & Söhne Straßenbau GmbH", kind: "COMPANY", website: "https://mueller.example", description: " Tiefbau " },
      { db: demo.prisma, requestId: "req-partner-create" },
    );
    expect(r).toMatchObject({ ok: true, data: { slug: "mueller-soehne-strassenbau-gmbh", description: "Tiefbau", version: 1 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-partner-create" } });
    expect(event).toMatchObject({ action: "partner.create", actorId: demo.admin.id, entityType: "Partner", before: null });
    expect(event.after).toMatchObject({ name: "Müller & Söhne Straßenbau GmbH", slug: "mueller-soehne-strassenbau-gmbh" });
  });

  it("refuses a taken name, and a name whose slug is taken, with an error on the name field", async () => {
    for (const name of ["Universität Duisburg-Essen", "Universitaet Duisburg Essen"]) {
      const r = await createPartnerAction.execute(demo.admin, { name, kind: "UNIVERSITY" }, { db: demo.prisma });
      expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { name: [de.partners.errors.nameTaken] } });
    }
  });

  it("accepts only http(s) websites and stores an empty one as null", async () => {
    for (const website of ["ftp://files.example", "javascript:alert(1)", "www.example.de"]) {
      const r = await createPartnerAction.execute(demo.admin, { name: `Web ${website}`, kind: "COMPANY", website }, { db: demo.prisma });
      expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { website: [de.validation.url] } });
    }
    const ok = await createPartnerAction.execute(demo.admin, { name: "Ohne Website e. V.", kind: "CIVIL_SOCIETY", website: "" }, { db: demo.prisma });
    expect(ok).toMatchObject({ ok: true, data: { website: null, slug: "ohne-website-e-v" } });
  });

  it("ignores slug, id and version in the input", async () => {
    const r = await createPartnerAction.execute(demo.admin, { name: "Eigenes Kürzel AG", kind: "COMPANY", slug: "hijack", id: "00000000-0000-7000-8000-000000000000", version: 9 }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { slug: "eigenes-kuerzel-ag", version: 1 } });
    expect(await demo.prisma.partner.count({ where: { slug: "hijack" } })).toBe(0);
  });
});

describe("updatePartnerAction", () => {
  it("keeps a curated slug while the name stays, and follows a rename", async () => {
    const dvv = await demo.prisma.partner.findUniqueOrThrow({ where: { slug: "dvv" } });
    const same = await updatePartnerAction.execute(demo.admin, { id: dvv.id, version: dvv.version, name: dvv.name, kind: dvv.kind, website: dvv.website, description: "Neu" }, { db: demo.prisma });
    expect(same).toMatchObject({ ok: true, data: { slug: "dvv", description: "Neu", version: dvv.version + 1 } });

    const p = await makePartner();
    const renamed = await updatePartnerAction.execute(demo.admin, { id: p.id, version: 1, name: "Grün & Blau Städtebau", kind: "COMPANY", slug: "ignored" }, { db: demo.prisma });
    expect(renamed).toMatchObject({ ok: true, data: { slug: "gruen-blau-staedtebau", version: 2 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "partner.update", entityId: p.id } });
    expect(event.before).toMatchObject({ name: p.name, slug: p.slug, version: 1 });
    expect(event.after).toMatchObject({ name: "Grün & Blau Städtebau", version: 2 });
  });

  it("answers a stale version with CONFLICT and the current row, and changes and audits nothing", async () => {
    const p = await makePartner();
    await demo.prisma.partner.update({ where: { id: p.id }, data: { description: "von jemand anderem", version: 2 } });
    const r = await updatePartnerAction.execute(demo.admin, { id: p.id, version: 1, name: "Meine Fassung", kind: "UNIVERSITY" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", current: { id: p.id, description: "von jemand anderem", version: 2 } });
    expect(await demo.prisma.partner.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ name: p.name, kind: "COMPANY", version: 2 });
    expect(await demo.prisma.auditEvent.count({ where: { entityId: p.id } })).toBe(0);
  });

  it("refuses a rename to another partner's name", async () => {
    const p = await makePartner();
    const r = await updatePartnerAction.execute(demo.admin, { id: p.id, version: 1, name: "Fraunhofer-Institut für Mikroelektronische Schaltungen und Systeme IMS", kind: "COMPANY" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { name: [de.partners.errors.nameTaken] } });
  });
});

describe("deletePartnerAction", () => {
  it("refuses while the partner works on initiatives", async () => {
    const linked = await demo.prisma.partner.findFirstOrThrow({ where: { initiatives: { some: {} } } });
    const r = await deletePartnerAction.execute(demo.admin, { id: linked.id, version: linked.version }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await demo.prisma.partner.count({ where: { id: linked.id } })).toBe(1);
  });

  it("refuses while the partner is responsible for a milestone", async () => {
    const p = await makePartner();
    const milestone = await demo.prisma.milestone.findFirstOrThrow();
    await demo.prisma.milestone.update({ where: { id: milestone.id }, data: { responsiblePartnerId: p.id } });
    const r = await deletePartnerAction.execute(demo.admin, { id: p.id, version: 1 }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await demo.prisma.partner.count({ where: { id: p.id } })).toBe(1);
    await demo.prisma.milestone.update({ where: { id: milestone.id }, data: { responsiblePartnerId: milestone.responsiblePartnerId } });
  });

  it("deletes an unreferenced partner with the right version and audits the row", async () => {
    const p = await makePartner();
    expect(await deletePartnerAction.execute(demo.admin, { id: p.id, version: 2 }, { db: demo.prisma })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await deletePartnerAction.execute(demo.admin, { id: p.id, version: 1 }, { db: demo.prisma })).toEqual({ ok: true, data: { id: p.id } });
    expect(await demo.prisma.partner.count({ where: { id: p.id } })).toBe(0);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "partner.delete", entityId: p.id } });
    expect(event.before).toMatchObject({ name: p.name, slug: p.slug });
    expect(event.before).not.toHaveProperty("_count");
  });
});

describe("every non-admin role is refused", () => {
  itRefusesEveryNonAdmin(demo, {
    permission: "partner.manage",
    actions: [
      ["createPartnerAction", createPartnerAction, () => ({ name: `Verboten ${++counter}`, kind: "COMPANY" })],
      ["updatePartnerAction", updatePartnerAction, (id: string) => ({ id, version: 1, name: "Verboten", kind: "COMPANY" })],
      ["deletePartnerAction", deletePartnerAction, (id: string) => ({ id, version: 1 })],
    ],
    make: makePartner,
    reload: (id) => demo.prisma.partner.findUniqueOrThrow({ where: { id } }),
    count: () => demo.prisma.partner.count(),
  });
});
