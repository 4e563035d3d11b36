// The checks on an uploaded district map (GeoJSON): each mistake is reported with its feature.
import { describe, expect, it } from "vitest";
import { DISTRICTS } from "@/prisma/seed/demo-data";
import { duisburgSchematicGeoJson } from "@/prisma/seed/demo-map";
import { validateDistrictGeoJson, type GeoIssue } from "./geojson";

const districts = DISTRICTS.map((d, i) => ({ id: `id-${i}`, code: d.code, slug: d.slug, name: d.name }));
const names = Object.fromEntries(DISTRICTS.map((d) => [d.code, d.name])) as Parameters<typeof duisburgSchematicGeoJson>[0];
const demo = () => duisburgSchematicGeoJson(names) as { type: string; features: { type: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[]; crs?: unknown };
const check = (value: unknown, property = "name") => validateDistrictGeoJson(JSON.stringify(value), property, districts);
const issues = (value: unknown, property = "name"): GeoIssue[] => {
  const r = check(value, property);
  return r.ok ? [] : r.issues;
};

describe("validateDistrictGeoJson", () => {
  it("accepts the schematic demo map and matches all seven districts by name", () => {
    const r = check(demo());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.matched.map((m) => m.district.code).sort()).toEqual(["HAM", "HRB", "MEI", "MIT", "RHE", "SUED", "WAL"]);
    expect(r.value.missing).toEqual([]);
  });

  it("matches by code or slug too, whatever the case", () => {
    const fc = demo();
    fc.features[0]!.properties.name = "wal";
    fc.features[1]!.properties.name = "HAMBORN";
    expect(check(fc).ok).toBe(true);
  });

  it("rejects what is not a FeatureCollection", () => {
    expect(issues({ type: "Feature", properties: {}, geometry: null })).toEqual([{ key: "notFeatureCollection", values: { type: "Feature" } }]);
    expect(issues([1, 2])[0]!.key).toBe("notFeatureCollection");
    expect(validateDistrictGeoJson("{not json", "name", districts)).toEqual({ ok: false, issues: [{ key: "notJson", values: {} }] });
    expect(issues({ type: "FeatureCollection", features: [] })[0]!.key).toBe("noFeatures");
  });

  it("rejects a crs member naming another coordinate system, and accepts CRS84", () => {
    const wrong = { ...demo(), crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::25832" } } };
    expect(issues(wrong)).toEqual([{ key: "wrongCrs", values: { crs: "urn:ogc:def:crs:EPSG::25832" } }]);
    expect(check({ ...demo(), crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } } }).ok).toBe(true);
  });

  it("rejects projected coordinates (outside longitude/latitude) without a crs member", () => {
    const fc = demo();
    fc.features[2]!.geometry.coordinates = [[[340000, 5700000], [350000, 5700000], [350000, 5710000], [340000, 5700000]]];
    expect(issues(fc)).toEqual([{ key: "outOfRange", values: { feature: 3, name: "Homberg/Ruhrort/Baerl", lon: 340000, lat: 5700000 } }]);
  });

  it("names every feature it cannot match, one issue each", () => {
    const fc = demo();
    fc.features[0]!.properties.name = "Atlantis";
    fc.features[4]!.properties.name = "Gotham";
    delete fc.features[5]!.properties.name;
    expect(issues(fc)).toEqual([
      { key: "unmatched", values: { feature: 1, name: "Atlantis" } },
      { key: "unmatched", values: { feature: 5, name: "Gotham" } },
      { key: "noName", values: { feature: 6, property: "name" } },
    ]);
  });

  it("reads the configured property", () => {
    expect(issues(demo(), "STADTBEZIRK").map((i) => i.key)).toEqual(Array(7).fill("noName"));
  });

  it("reports a self-intersecting ring with where it crosses", () => {
    const fc = demo();
    // A bow tie: the edges cross at (6.75, 51.45).
    fc.features[3]!.geometry.coordinates = [[[6.7, 51.4], [6.8, 51.5], [6.8, 51.4], [6.7, 51.5], [6.7, 51.4]]];
    expect(issues(fc)).toEqual([{ key: "selfIntersection", values: { feature: 4, name: "Meiderich/Beeck", lon: 6.75, lat: 51.45 } }]);
  });

  it("rejects points and lines, open rings and a district named twice", () => {
    const fc = demo();
    fc.features[0]!.geometry = { type: "Point", coordinates: [6.7, 51.5] };
    fc.features[1]!.geometry.coordinates = [[[6.7, 51.4], [6.8, 51.5], [6.8, 51.4], [6.7, 51.45]]];
    fc.features[6]!.properties.name = "Mitte";
    expect(issues(fc).map((i) => [i.key, i.values.feature])).toEqual([
      ["notAPolygon", 1],
      ["ringNotClosed", 2],
      ["duplicate", 7],
    ]);
  });

  it("stores simplified, rounded outlines", () => {
    const fc = demo();
    // 400 points on a straight edge collapse to its two ends.
    const ring: [number, number][] = [[6.7, 51.4]];
    for (let i = 1; i < 400; i++) ring.push([6.7 + (0.1 * i) / 400 + 1e-9, 51.4]);
    ring.push([6.8, 51.4], [6.8, 51.5], [6.7, 51.5], [6.7, 51.4]);
    fc.features[0]!.geometry.coordinates = [ring];
    const r = check(fc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const wal = r.value.matched.find((m) => m.district.code === "WAL")!.geometry;
    expect(wal.type).toBe("Polygon");
    expect((wal.coordinates as number[][][])[0]!.length).toBeLessThanOrEqual(6);
    for (const p of (wal.coordinates as number[][][])[0]!) expect(String(p[0]).split(".")[1]?.length ?? 0).toBeLessThanOrEqual(5);
  });
});
