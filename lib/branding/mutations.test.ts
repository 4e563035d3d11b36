import { describe, expect, it } from "vitest";
import { demoFixture, latestDenial } from "@/tests/db";
import { png } from "@/tests/images";
import { DEFAULT_BRAND, readCityBrand } from "./queries";
import { removeLogoAction, setLogoAction, updateCitySettingsAction } from "./mutations";

const demo = demoFixture();

const settings = (version: number, extra: Record<string, unknown> = {}) => ({
  version,
  cityName: "Stadt Beispielhausen",
  siteTitle: "Digitales Beispielhausen",
  primaryColor: "#0b5394",
  imprintOperator: "Stadt Beispielhausen, Amt für Digitalisierung",
  contactEmail: "Digital@Beispielhausen.example",
  ...extra,
});

describe("city settings through the action builder", () => {
  it("the demo carries Duisburg's name", async () => {
    const brand = await readCityBrand(demo.prisma);
    expect(brand).toMatchObject({ configured: true, cityName: "Stadt Duisburg", siteTitle: "Digitales Duisburg", logo: null });
  });

  it("saves name, title, colour, operator and contact, version-checked and audited", async () => {
    const before = await readCityBrand(demo.prisma);
    const r = await updateCitySettingsAction.execute(demo.admin, settings(before.version), { db: demo.prisma, requestId: "req-brand" });
    expect(r.ok).toBe(true);
    const after = await readCityBrand(demo.prisma);
    expect(after).toMatchObject({ cityName: "Stadt Beispielhausen", primaryColor: "#0b5394", contactEmail: "digital@beispielhausen.example", version: before.version + 1 });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "citySettings.update", requestId: "req-brand" } });
    expect(event.actorId).toBe(demo.admin.id);
    expect(event.before).toMatchObject({ cityName: "Stadt Duisburg" });
    expect(event.after).toMatchObject({ cityName: "Stadt Beispielhausen" });
  });

  it("answers a stale version with CONFLICT and the stored settings", async () => {
    const stored = await readCityBrand(demo.prisma);
    const r = await updateCitySettingsAction.execute(demo.admin, settings(stored.version - 1, { cityName: "Zu spät" }), { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", current: { cityName: stored.cityName, version: stored.version } });
    expect((await readCityBrand(demo.prisma)).cityName).toBe(stored.cityName);
  });

  it("refuses a too-light primary colour with the ratio in German and English, and stores nothing", async () => {
    const { version } = await readCityBrand(demo.prisma);
    const de = await updateCitySettingsAction.execute(demo.admin, settings(version, { primaryColor: "#ffd966" }), { db: demo.prisma, locale: "de" });
    expect(de).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!de.ok && de.fieldErrors?.primaryColor?.[0]).toMatch(/Kontrastverhältnis von 1,\d+:1; nötig sind 4,5:1 \(WCAG AA\).*Vorschlag.*#[0-9a-f]{6}/);
    const en = await updateCitySettingsAction.execute(demo.admin, settings(version, { primaryColor: "#ffd966" }), { db: demo.prisma, locale: "en" });
    expect(!en.ok && en.fieldErrors?.primaryColor?.[0]).toMatch(/contrast ratio of only 1\.\d+:1; 4\.5:1 is required/);
    expect((await readCityBrand(demo.prisma)).primaryColor).toBe("#0b5394");
  });

  it("refuses a department head and records the denial", async () => {
    const { version } = await readCityBrand(demo.prisma);
    const r = await updateCitySettingsAction.execute(demo.head, settings(version, { cityName: "Übernahme" }), { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await latestDenial(demo, demo.head.id, "citySettings.update")).not.toBeNull();
  });

  it("stores a PNG logo in the database, audits its hash but not its bytes, and removes it", async () => {
    const { version } = await readCityBrand(demo.prisma);
    const bytes = png(200, 60);
    const r = await setLogoAction.execute(demo.admin, { version, contentBase64: bytes.toString("base64") }, { db: demo.prisma, requestId: "req-logo" });
    expect(r.ok).toBe(true);
    const brand = await readCityBrand(demo.prisma);
    expect(brand.logo?.path).toMatch(/^\/api\/public\/brand\/logo\/[0-9a-f]{16}\.png$/);
    const row = await demo.prisma.citySettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(Buffer.from(row.logo!).equals(bytes)).toBe(true);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "citySettings.setLogo", requestId: "req-logo" } });
    expect(JSON.stringify(event.after)).not.toContain(bytes.toString("base64").slice(0, 40));
    const removed = await removeLogoAction.execute(demo.admin, { version: brand.version }, { db: demo.prisma });
    expect(removed.ok).toBe(true);
    expect((await readCityBrand(demo.prisma)).logo).toBeNull();
  });

  it("refuses an SVG logo with a script, naming the reason at the logo field", async () => {
    const { version } = await readCityBrand(demo.prisma);
    const evil = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString("base64");
    const r = await setLogoAction.execute(demo.admin, { version, contentBase64: evil }, { db: demo.prisma, locale: "de" });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { logo: ["Die SVG-Datei enthält ein Skript; das ist nicht erlaubt."] } });
    expect((await readCityBrand(demo.prisma)).version).toBe(version);
  });

  it("without a settings row reads the defaults of a new city, and the first save creates the row", async () => {
    await demo.prisma.citySettings.deleteMany();
    expect(await readCityBrand(demo.prisma)).toEqual(DEFAULT_BRAND);
    expect(DEFAULT_BRAND.siteTitle).toBe("Masterplan Monitor");
    const logoFirst = await setLogoAction.execute(demo.admin, { version: 0, contentBase64: png(32, 32).toString("base64") }, { db: demo.prisma, locale: "en" });
    expect(logoFirst).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { _form: ["Please save the city name and site title first."] } });
    const r = await updateCitySettingsAction.execute(demo.admin, settings(0, { primaryColor: "" }), { db: demo.prisma });
    expect(r.ok).toBe(true);
    expect(await readCityBrand(demo.prisma)).toMatchObject({ configured: true, version: 1, primaryColor: null });
    // A second admin who also saw "nothing saved yet" does not overwrite it.
    const again = await updateCitySettingsAction.execute(demo.admin, settings(0, { cityName: "Doppelt" }), { db: demo.prisma });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});
