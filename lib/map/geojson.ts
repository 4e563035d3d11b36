// The district outlines an admin uploads (lib/map/mutations.ts): checks a GeoJSON text and matches
// its features to the district list. Structure by zod; geometry by hand and @turf/kinks
// (self-intersecting rings). Every problem is reported with the feature it belongs to, so that a
// file with several mistakes is fixed in one go. The accepted outlines are simplified and rounded
// (≈1 m) before they are stored, which keeps the drawn SVG small.
import kinks from "@turf/kinks";
import simplify from "@turf/simplify";
import { z } from "zod";

export type Position = [number, number];
export type PolygonCoords = Position[][];
export type DistrictGeometry = { type: "Polygon"; coordinates: PolygonCoords } | { type: "MultiPolygon"; coordinates: PolygonCoords[] };

/** One problem with the file, as a message key (namespace mapAdmin.issues) and its values. */
export type GeoIssue = { key: string; values: Record<string, string | number> };

export type DistrictRef = { id: string; code: string; slug: string; name: string };

/** Upper bounds against files that would take the server long to check or draw. */
export const MAX_FEATURES = 200;
export const MAX_POSITIONS = 200_000;
/** Douglas–Peucker tolerance in degrees (≈15 m in Central Europe) and rounding of stored coordinates. */
const SIMPLIFY_TOLERANCE = 0.00015;
const DECIMALS = 5;

const position = z.array(z.number()).min(2);
const ring = z.array(position);
const geometry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const feature = z.object({
  type: z.literal("Feature"),
  geometry: z.unknown(),
  properties: z.record(z.string(), z.unknown()).nullable().optional(),
});
const collection = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(z.unknown()).min(1).max(MAX_FEATURES),
  crs: z.unknown().optional(),
});

/** Names GeoJSON's own CRS (WGS84 lon/lat): the only one accepted in a legacy "crs" member. */
const WGS84 = /^(urn:ogc:def:crs:OGC:1\.3:CRS84|urn:ogc:def:crs:EPSG::4326|EPSG:4326|CRS84|WGS84)$/i;

function crsName(crs: unknown): string | null {
  if (crs === undefined || crs === null) return null;
  const name = (crs as { properties?: { name?: unknown } })?.properties?.name;
  return typeof name === "string" ? name : JSON.stringify(crs).slice(0, 80);
}

const normalise = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("de");

function featureLabel(index: number, name: string | null) {
  return { feature: index + 1, name: name ?? "–" };
}

/** Range, closure and size of every ring; returns issues (empty when fine) and the number of positions. */
function checkRings(polygons: PolygonCoords[], label: { feature: number; name: string }): { issues: GeoIssue[]; positions: number } {
  const issues: GeoIssue[] = [];
  let positions = 0;
  let outOfRange: number[] | null = null;
  for (const polygon of polygons) {
    for (const r of polygon) {
      positions += r.length;
      if (r.length < 4) {
        issues.push({ key: "ringTooShort", values: label });
        continue;
      }
      const [first, last] = [r[0]!, r[r.length - 1]!];
      if (first[0] !== last[0] || first[1] !== last[1]) issues.push({ key: "ringNotClosed", values: label });
      for (const p of r) {
        if (!outOfRange && !(Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90)) outOfRange = p;
      }
    }
  }
  if (outOfRange) issues.push({ key: "outOfRange", values: { ...label, lon: outOfRange[0]!, lat: outOfRange[1]! } });
  return { issues, positions };
}

export type ValidatedGeoJson = { matched: { district: DistrictRef; geometry: DistrictGeometry }[]; missing: DistrictRef[] };

/**
 * Checks a GeoJSON text: a FeatureCollection of Polygon/MultiPolygon features in WGS84 whose
 * property `nameProperty` names a district (its name, code or slug; case does not matter).
 * Returns the simplified outline per district, or every issue found.
 */
export function validateDistrictGeoJson(
  text: string,
  nameProperty: string,
  districts: DistrictRef[],
): { ok: true; value: ValidatedGeoJson } | { ok: false; issues: GeoIssue[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ key: "notJson", values: {} }] };
  }
  const parsed = collection.safeParse(raw);
  if (!parsed.success) {
    const type = (raw as { type?: unknown } | null)?.type;
    if (type !== "FeatureCollection") return { ok: false, issues: [{ key: "notFeatureCollection", values: { type: typeof type === "string" ? type : "–" } }] };
    const count = Array.isArray((raw as { features?: unknown }).features) ? (raw as { features: unknown[] }).features.length : 0;
    return { ok: false, issues: [{ key: count > MAX_FEATURES ? "tooManyFeatures" : "noFeatures", values: { max: MAX_FEATURES } }] };
  }
  const crs = crsName(parsed.data.crs);
  if (crs !== null && !WGS84.test(crs)) return { ok: false, issues: [{ key: "wrongCrs", values: { crs } }] };

  const byName = new Map<string, DistrictRef>();
  for (const d of districts) for (const n of [d.name, d.code, d.slug]) byName.set(normalise(n), d);

  const issues: GeoIssue[] = [];
  const matched = new Map<string, { district: DistrictRef; geometry: DistrictGeometry; feature: number }>();
  let positions = 0;
  parsed.data.features.forEach((rawFeature, index) => {
    const f = feature.safeParse(rawFeature);
    if (!f.success) {
      issues.push({ key: "notAFeature", values: featureLabel(index, null) });
      return;
    }
    const nameValue = f.data.properties?.[nameProperty];
    const name = typeof nameValue === "string" || typeof nameValue === "number" ? String(nameValue) : null;
    const label = featureLabel(index, name);
    const g = geometry.safeParse(f.data.geometry);
    if (!g.success) {
      const type = (f.data.geometry as { type?: unknown } | null)?.type;
      issues.push({ key: "notAPolygon", values: { ...label, type: typeof type === "string" ? type : "–" } });
      return;
    }
    const polygons = (g.data.type === "Polygon" ? [g.data.coordinates] : g.data.coordinates) as PolygonCoords[];
    const rings = checkRings(polygons, label);
    positions += rings.positions;
    issues.push(...rings.issues);
    if (rings.issues.length === 0) {
      const crossings = kinks({ type: "Feature", properties: {}, geometry: g.data as DistrictGeometry });
      const at = crossings.features[0]?.geometry.coordinates;
      if (at) issues.push({ key: "selfIntersection", values: { ...label, lon: round(at[0]!), lat: round(at[1]!) } });
    }
    if (name === null) {
      issues.push({ key: "noName", values: { feature: index + 1, property: nameProperty } });
      return;
    }
    const district = byName.get(normalise(name));
    if (!district) {
      issues.push({ key: "unmatched", values: label });
      return;
    }
    const earlier = matched.get(district.id);
    if (earlier) {
      issues.push({ key: "duplicate", values: { ...label, other: earlier.feature } });
      return;
    }
    matched.set(district.id, { district, geometry: g.data as DistrictGeometry, feature: index + 1 });
  });
  if (positions > MAX_POSITIONS) issues.unshift({ key: "tooManyPositions", values: { max: MAX_POSITIONS } });
  if (issues.length > 0) return { ok: false, issues };
  const missing = districts.filter((d) => !matched.has(d.id));
  return { ok: true, value: { matched: [...matched.values()].map(({ district, geometry: geo }) => ({ district, geometry: compact(geo) })), missing } };
}

function round(n: number): number {
  const f = 10 ** DECIMALS;
  return Math.round(n * f) / f;
}

/** Simplified (Douglas–Peucker, rings kept valid) and rounded; only longitude and latitude kept. */
export function compact(geo: DistrictGeometry): DistrictGeometry {
  const simple = simplify({ type: "Feature", properties: {}, geometry: geo }, { tolerance: SIMPLIFY_TOLERANCE, highQuality: false, mutate: false })
    .geometry as DistrictGeometry;
  const roundRing = (r: Position[]): Position[] => {
    const out: Position[] = [];
    for (const p of r) {
      const q: Position = [round(p[0]), round(p[1])];
      const prev = out[out.length - 1];
      if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
    }
    return out;
  };
  const roundPolygon = (p: PolygonCoords) => p.map(roundRing).filter((r) => r.length >= 4);
  return simple.type === "Polygon"
    ? { type: "Polygon", coordinates: roundPolygon(simple.coordinates) }
    : { type: "MultiPolygon", coordinates: simple.coordinates.map(roundPolygon).filter((p) => p.length > 0) };
}
