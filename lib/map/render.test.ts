// Drawing the district map: outlines fill the box (right winding for d3-geo), markers land inside,
// the bands cover every count, tiles only when configured, and the demo stays small.
import { describe, expect, it } from "vitest";
import { DISTRICTS } from "@/prisma/seed/demo-data";
import { DEMO_LOCATIONS, duisburgSchematicGeoJson } from "@/prisma/seed/demo-map";
import { validateDistrictGeoJson } from "./geojson";
import { districtStatus, DISTRICT_STATUSES, drawDistrictMap, MAP_WIDTH, shadeBands } from "./render";
import { tileOrigin, tileUrlTemplate } from "./tiles";

const refs = DISTRICTS.map((d, i) => ({ id: `id-${i}`, code: d.code, slug: d.slug, name: d.name }));
const names = Object.fromEntries(DISTRICTS.map((d) => [d.code, d.name])) as Parameters<typeof duisburgSchematicGeoJson>[0];
const checked = validateDistrictGeoJson(JSON.stringify(duisburgSchematicGeoJson(names)), "name", refs);
if (!checked.ok) throw new Error("demo map invalid");
const inputs = checked.value.matched.map((m, i) => ({ slug: m.district.slug, name: m.district.name, count: i * 3, geometry: m.geometry }));
const markers = DEMO_LOCATIONS.map((l) => ({ ...l, initiativeSlug: l.code, initiativeTitle: l.code }));

describe("drawDistrictMap", () => {
  const map = drawDistrictMap(inputs, markers, null)!;

  it("fits the seven districts into the box, each with a path and a label point inside", () => {
    expect(map.width).toBe(MAP_WIDTH);
    expect(map.height).toBeGreaterThan(400);
    expect(map.height).toBeLessThan(1200);
    expect(map.districts).toHaveLength(7);
    for (const d of map.districts) {
      expect(d.path).toMatch(/^M[\d.]+,[\d.]+L/);
      expect(d.labelX).toBeGreaterThan(0);
      expect(d.labelX).toBeLessThan(map.width);
      expect(d.labelY).toBeGreaterThan(0);
      expect(d.labelY).toBeLessThan(map.height);
    }
    // Walsum (north) above Süd (south); Homberg (west bank) left of Meiderich (east).
    const at = (slug: string) => map.districts.find((d) => d.slug === slug)!;
    expect(at("walsum").labelY).toBeLessThan(at("sued").labelY);
    expect(at("homberg-ruhrort-baerl").labelX).toBeLessThan(at("meiderich-beeck").labelX);
  });

  it("places every marker inside the box", () => {
    expect(map.markers).toHaveLength(DEMO_LOCATIONS.length);
    for (const m of map.markers) expect(m.x > 0 && m.x < map.width && m.y > 0 && m.y < map.height).toBe(true);
  });

  it("keeps the drawing of the demo well under 60 KB", () => {
    const bytes = map.districts.reduce((n, d) => n + 3 * d.path.length + 200, 0);
    expect(bytes).toBeLessThan(20_000);
  });

  it("draws tiles only with a tile URL", () => {
    expect(map.tiles).toEqual([]);
    const tiled = drawDistrictMap(inputs, [], "https://tiles.example.org/{z}/{x}/{y}.png")!;
    expect(tiled.tiles.length).toBeGreaterThan(0);
    expect(tiled.tiles.length).toBeLessThan(40);
    expect(tiled.tiles[0]!.href).toMatch(/^https:\/\/tiles\.example\.org\/\d+\/\d+\/\d+\.png$/);
  });

  it("draws nothing without outlines", () => {
    expect(drawDistrictMap(inputs.map((d) => ({ ...d, geometry: null })), [], null)).toBeNull();
  });
});

describe("shadeBands", () => {
  it("gives zero its own band and covers every count up to the largest", () => {
    expect(shadeBands([0, 0])).toEqual([{ shade: 0, min: 0, max: 0 }]);
    const bands = shadeBands([0, 4, 9, 17]);
    expect(bands[0]).toEqual({ shade: 0, min: 0, max: 0 });
    expect(bands.at(-1)!.max).toBe(17);
    for (let n = 0; n <= 17; n++) expect(bands.filter((b) => n >= b.min && n <= b.max)).toHaveLength(1);
    expect(bands.length).toBeLessThanOrEqual(4);
  });
});

describe("districtStatus", () => {
  it("tells no ongoing, all on track, fewer than half and half or more at risk or off track", () => {
    expect(districtStatus({ active: 0, atRisk: 0, offTrack: 0 })).toBe("none");
    expect(districtStatus({ active: 4, atRisk: 0, offTrack: 0 })).toBe("onTrack");
    expect(districtStatus({ active: 5, atRisk: 1, offTrack: 1 })).toBe("some");
    // Exactly half counts as "half or more"; off track and at risk count alike.
    expect(districtStatus({ active: 4, atRisk: 1, offTrack: 1 })).toBe("many");
    expect(districtStatus({ active: 1, atRisk: 0, offTrack: 1 })).toBe("many");
    expect(districtStatus({ active: 3, atRisk: 1, offTrack: 0 })).toBe("some");
  });

  it("shades each district by its status, in the legend's order, and treats a district without figures as none ongoing", () => {
    const healths = [
      { active: 0, atRisk: 0, offTrack: 0 },
      { active: 2, atRisk: 0, offTrack: 0 },
      { active: 3, atRisk: 1, offTrack: 0 },
      { active: 2, atRisk: 0, offTrack: 1 },
    ];
    const map = drawDistrictMap(
      inputs.map((d, i) => (i < healths.length ? { ...d, health: healths[i] } : d)),
      [],
      null,
    )!;
    expect(map.districts.map((d) => d.status)).toEqual(["none", "onTrack", "some", "many", "none", "none", "none"]);
    for (const d of map.districts) expect(DISTRICT_STATUSES[d.statusShade]).toBe(d.status);
    expect(map.districts[2]!.health).toEqual({ active: 3, atRisk: 1, offTrack: 0 });
    expect(map.districts[6]!.health).toEqual({ active: 0, atRisk: 0, offTrack: 0 });
    // The count shading is unchanged by the status.
    expect(map.districts.map((d) => d.shade)).toEqual(drawDistrictMap(inputs, [], null)!.districts.map((d) => d.shade));
  });
});

describe("tile URL", () => {
  it("takes only http(s) templates with {z}, {x} and {y}", () => {
    expect(tileUrlTemplate(undefined)).toBeNull();
    expect(tileUrlTemplate("")).toBeNull();
    expect(tileUrlTemplate("https://t.example.org/{z}/{x}.png")).toBeNull();
    expect(tileUrlTemplate("javascript:{z}{x}{y}")).toBeNull();
    expect(tileOrigin("https://t.example.org/tiles/{z}/{x}/{y}.png")).toBe("https://t.example.org");
  });
});
