// The map's actions against the demo database: the upload replaces the outlines or changes nothing
// and names every problem in the user's language; locations follow the initiative's edit rights;
// the public map and embeds never count, mark or show an internal initiative.
import { afterAll, describe, expect, it } from "vitest";
import { invalidatePublicCache } from "@/lib/public/cache";
import { loadEmbedField, loadEmbedInitiative } from "@/lib/public/embed-queries";
import { loadPublicDistrictMap } from "@/lib/public/map-queries";
import { DISTRICTS } from "@/prisma/seed/demo-data";
import { duisburgSchematicGeoJson } from "@/prisma/seed/demo-map";
import { demoFixture } from "@/tests/db";
import { addInitiativeLocationAction, removeInitiativeLocationAction, uploadDistrictMapAction } from "./mutations";
import { loadDrawnInternalDistrictMap, loadInternalDistrictMap } from "./queries";

const demo = demoFixture();
afterAll(() => invalidatePublicCache());
const names = Object.fromEntries(DISTRICTS.map((d) => [d.code, d.name])) as Parameters<typeof duisburgSchematicGeoJson>[0];

describe("uploading the district map", () => {
  it("is refused to a department head", async () => {
    const r = await uploadDistrictMapAction.execute(demo.head, { geojson: JSON.stringify(duisburgSchematicGeoJson(names)), nameProperty: "name" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("changes nothing and names each unmatched feature, in German and English", async () => {
    const before = await demo.prisma.district.findMany({ select: { slug: true, geometry: true }, orderBy: { slug: "asc" } });
    const fc = duisburgSchematicGeoJson(names);
    fc.features[0]!.properties.name = "Atlantis";
    const de = await uploadDistrictMapAction.execute(demo.admin, { geojson: JSON.stringify(fc), nameProperty: "name" }, { db: demo.prisma, locale: "de" });
    expect(de).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { geojson: ["Feature 1: „Atlantis“ ist kein bekannter Stadtbezirk."] } });
    const en = await uploadDistrictMapAction.execute(demo.admin, { geojson: JSON.stringify(fc), nameProperty: "name" }, { db: demo.prisma, locale: "en" });
    expect(en).toMatchObject({ ok: false, fieldErrors: { geojson: ["Feature 1: “Atlantis” is not a known district."] } });
    expect(await demo.prisma.district.findMany({ select: { slug: true, geometry: true }, orderBy: { slug: "asc" } })).toEqual(before);
  });

  it("replaces the outlines, drops those of districts the file leaves out, and is audited", async () => {
    const fc = duisburgSchematicGeoJson(names);
    fc.features = fc.features.filter((f) => f.properties.name !== "Süd");
    const r = await uploadDistrictMapAction.execute(demo.admin, { geojson: JSON.stringify(fc), nameProperty: "name", schematic: "on", attribution: "Testdaten" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: true, data: { missing: ["Süd"] } });
    expect(await demo.prisma.district.count({ where: { geometry: { not: null as never } } })).toBe(6);
    expect(await demo.prisma.districtMap.findUnique({ where: { id: 1 }, select: { schematic: true, attribution: true } })).toEqual({ schematic: true, attribution: "Testdaten" });
    expect(await demo.prisma.auditEvent.count({ where: { action: "districtMap.upload" } })).toBe(1);
    // Back to the demo's map for the tests below.
    const again = await uploadDistrictMapAction.execute(demo.admin, { geojson: JSON.stringify(duisburgSchematicGeoJson(names)), nameProperty: "name", schematic: true }, { db: demo.prisma });
    expect(again.ok).toBe(true);
  });
});

describe("initiative locations", () => {
  it("may be added and removed by the initiative's department head, not by a viewer", async () => {
    const initiative = await demo.prisma.initiative.findFirstOrThrow({ where: { department: { id: demo.head.departmentId! } }, select: { id: true } });
    const input = { initiativeId: initiative.id, label: "Mast am Bahnhof", latitude: "51,4297", longitude: "6.7756" };
    expect(await addInitiativeLocationAction.execute(demo.viewer, input, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const added = await addInitiativeLocationAction.execute(demo.head, input, { db: demo.prisma });
    expect(added.ok).toBe(true);
    const id = (added as { data: { id: string } }).data.id;
    expect(await demo.prisma.initiativeLocation.findUniqueOrThrow({ where: { id }, select: { latitude: true, longitude: true } })).toEqual({ latitude: 51.4297, longitude: 6.7756 });
    expect(await addInitiativeLocationAction.execute(demo.head, { ...input, latitude: "95" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await removeInitiativeLocationAction.execute(demo.viewer, { id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await removeInitiativeLocationAction.execute(demo.head, { id }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await demo.prisma.initiativeLocation.count({ where: { id } })).toBe(0);
  });
});

describe("the dashboard's drawn map (kept per state of the data)", () => {
  it("shows a location added or removed through an action on the next call, and needs a reader of the portfolio", async () => {
    const labels = async () => (await loadDrawnInternalDistrictMap(demo.prisma, demo.viewer)).map!.markers.map((m) => m.label);
    const before = await labels();
    expect(before).not.toContain("Ladesäule Rathaus");
    expect(await labels()).toEqual(before);
    const initiative = await demo.prisma.initiative.findFirstOrThrow({ where: { department: { id: demo.head.departmentId! }, archivedAt: null }, select: { id: true } });
    const added = await addInitiativeLocationAction.execute(demo.head, { initiativeId: initiative.id, label: "Ladesäule Rathaus", latitude: "51.4344", longitude: "6.7623" }, { db: demo.prisma });
    expect(added.ok).toBe(true);
    expect(await labels()).toContain("Ladesäule Rathaus");
    expect(await removeInitiativeLocationAction.execute(demo.head, { id: (added as { data: { id: string } }).data.id }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await labels()).toEqual(before);
    await expect(loadDrawnInternalDistrictMap(demo.prisma, undefined)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("leak: the public map and embeds", () => {
  it("count public initiatives only and mark only their locations, where the internal map counts all", async () => {
    invalidatePublicCache();
    const pub = await loadPublicDistrictMap(demo.prisma);
    const internal = await loadInternalDistrictMap(demo.prisma, demo.viewer);
    const hidden = { OR: [{ visibility: "INTERNAL" as const }, { archivedAt: { not: null } }] };
    const internalTitles = (await demo.prisma.initiative.findMany({ where: hidden, select: { title: true } })).map((i) => i.title);
    let differs = false;
    for (const d of pub.districts) {
      const publicCount = await demo.prisma.initiative.count({ where: { visibility: "PUBLIC", archivedAt: null, districts: { some: { district: { slug: d.slug } } } } });
      expect(d.count, d.slug).toBe(publicCount);
      if (internal.districts.find((x) => x.slug === d.slug)!.count !== d.count) differs = true;
    }
    expect(differs).toBe(true);
    // The demo puts a location on an internal initiative (INF-08): on the internal map, not on the public one.
    expect(internal.locations.map((l) => l.label)).toContain("Integrierte Leitstelle");
    expect(pub.locations.map((l) => l.label)).not.toContain("Integrierte Leitstelle");
    const text = JSON.stringify(pub);
    for (const title of internalTitles) expect(text).not.toContain(title);
    expect(pub.schematic).toBe(true);
  });

  it("the internal map needs a viewer", async () => {
    await expect(loadInternalDistrictMap(demo.prisma, undefined)).rejects.toThrow();
  });

  it("embeds exist for public initiatives and fields only", async () => {
    const [pub, internal] = await Promise.all([
      demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC", archivedAt: null, status: "IN_PROGRESS" }, select: { slug: true, code: true } }),
      demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, select: { slug: true } }),
    ]);
    const card = await loadEmbedInitiative(demo.prisma, pub.slug);
    expect(card).toMatchObject({ code: pub.code, slug: pub.slug });
    expect(typeof card!.overdueMilestones).toBe("number");
    expect(await loadEmbedInitiative(demo.prisma, internal.slug)).toBeNull();
    expect(await loadEmbedInitiative(demo.prisma, "../etc")).toBeNull();
    const field = await demo.prisma.fieldOfAction.findFirstOrThrow({ select: { slug: true } });
    expect((await loadEmbedField(demo.prisma, field.slug))!.initiativeCount).toBeGreaterThan(0);
    expect(await loadEmbedField(demo.prisma, "atlantis")).toBeNull();
  });
});
