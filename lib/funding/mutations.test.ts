// Funding programme management: admins create, edit, archive and reactivate programmes, validated
// with per-field errors in the user's language, version-checked and audited.
import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { demoFixture, executeOk } from "@/tests/db";
import { archiveFundingProgrammeAction, createFundingProgrammeAction, unarchiveFundingProgrammeAction, updateFundingProgrammeAction } from "./mutations";
import { listFundingProgrammes, listProgrammeChoices } from "./programme-queries";

const demo = demoFixture();

const programme = { name: "Förderaufruf Kommunale Modellvorhaben", level: "LAND", grantReference: "RL 2026/14", fundingRate: "62,5", periodFrom: "2026-01-01", periodTo: "2028-12-31", url: "https://www.land.nrw" };

describe("funding programme actions", () => {
  it("creates a programme for an admin, with the rate in German notation and the period as dates, audited", async () => {
    const r = await createFundingProgrammeAction.execute(demo.admin, programme, { db: demo.prisma, requestId: "req-fp-1" });
    expect(r).toMatchObject({ ok: true, data: { name: programme.name, level: "LAND", fundingRate: "62.50", periodFrom: "2026-01-01", periodTo: "2028-12-31", archivedAt: null } });
    if (!r.ok) return;
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "fundingProgramme.create", entityId: r.data.id } });
    expect(event).toMatchObject({ actorId: demo.admin.id, entityType: "FundingProgramme", requestId: "req-fp-1" });
    expect(event.after).toMatchObject({ fundingRate: "62.50", grantReference: "RL 2026/14" });
  });

  it("answers malformed input with errors per field, in German and in English", async () => {
    const bad = { name: "X", level: "LAND_NRW", fundingRate: "120", periodFrom: "2027-01-01", periodTo: "2026-01-01", url: "ftp://example.org" };
    const r = await createFundingProgrammeAction.execute(demo.admin, bad, { db: demo.prisma, locale: "de" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("VALIDATION");
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["fundingRate", "level", "name", "url"]);
    // The period is checked once the fields themselves are well-formed.
    const period = await createFundingProgrammeAction.execute(demo.admin, { ...programme, name: "Andere Laufzeit", periodFrom: "2027-01-01", periodTo: "2026-01-01" }, { db: demo.prisma, locale: "en" });
    expect(period).toMatchObject({ ok: false, fieldErrors: { periodTo: [en.fundingProgrammes.errors.period] } });
  });

  it("refuses a second programme of the same name (whatever the case) next to the name", async () => {
    const r = await createFundingProgrammeAction.execute(demo.admin, { name: "modellprojekte smart cities", level: "FEDERAL" }, { db: demo.prisma, locale: "de" });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { name: [de.fundingProgrammes.errors.nameTaken] } });
  });

  it("forbids everyone but admins", async () => {
    for (const actor of [demo.head, demo.council, demo.lead, demo.viewer]) {
      expect(await createFundingProgrammeAction.execute(actor, { ...programme, name: "Verboten" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.fundingProgramme.count({ where: { name: "Verboten" } })).toBe(0);
  });

  it("edits a programme version-checked, and keeps its level while budget lines use it", async () => {
    const mpsc = await demo.prisma.fundingProgramme.findFirstOrThrow({ where: { name: "Modellprojekte Smart Cities" } });
    expect(await demo.prisma.budgetLine.count({ where: { programmeId: mpsc.id } })).toBeGreaterThan(0);
    const base = { id: mpsc.id, version: mpsc.version, name: mpsc.name, level: "FEDERAL", fundingRate: "65", url: "https://www.smart-city-dialog.de" };
    const moved = await updateFundingProgrammeAction.execute(demo.admin, { ...base, level: "EU" }, { db: demo.prisma, locale: "de" });
    expect(moved).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { level: [de.fundingProgrammes.errors.levelInUse] } });
    const ok = await updateFundingProgrammeAction.execute(demo.admin, base, { db: demo.prisma });
    expect(ok).toMatchObject({ ok: true, data: { version: mpsc.version + 1, url: "https://www.smart-city-dialog.de", fundingRate: "65.00" } });
    const stale = await updateFundingProgrammeAction.execute(demo.admin, { ...base, name: "Veraltet" }, { db: demo.prisma });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("archives a programme (its lines stay) and reactivates it; archived ones are not offered for new lines", async () => {
    const p = await executeOk(createFundingProgrammeAction, demo.admin, { name: "Auslaufendes Programm", level: "EU" }, { db: demo.prisma });
    const archived = await executeOk(archiveFundingProgrammeAction, demo.admin, { id: p.id, version: p.version }, { db: demo.prisma });
    expect(archived.archivedAt).not.toBeNull();
    expect((await listProgrammeChoices(demo.prisma, demo.head)).map((c) => c.id)).not.toContain(p.id);
    expect((await listFundingProgrammes(demo.prisma, demo.admin)).find((r) => r.id === p.id)).toMatchObject({ archived: true, lines: 0 });
    const back = await executeOk(unarchiveFundingProgrammeAction, demo.admin, { id: p.id, version: archived.version }, { db: demo.prisma });
    expect(back.archivedAt).toBeNull();
    expect((await listProgrammeChoices(demo.prisma, demo.head)).map((c) => c.id)).toContain(p.id);
    const events = await demo.prisma.auditEvent.findMany({ where: { entityId: p.id }, orderBy: [{ at: "asc" }, { chainSeq: "asc" }], select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(["fundingProgramme.create", "fundingProgramme.archive", "fundingProgramme.unarchive"]);
  });

  it("lists programmes for admins only", async () => {
    await expect(listFundingProgrammes(demo.prisma, demo.head)).rejects.toThrow();
    const rows = await listFundingProgrammes(demo.prisma, demo.admin);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(["Modellprojekte Smart Cities", "Gigabitförderung des Bundes", "DigitalPakt Schule", "EFRE/JTF NRW 2021–2027"]));
  });
});
