// Turns district outlines and point locations into what the SVG map draws (components/map): path
// strings in a fixed box, a label point per district, marker positions and the shading class of
// each district. d3-geo projects (Mercator, fitted to the outlines); nothing is fetched, no tiles.
import { geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import type { DistrictGeometry, PolygonCoords, Position } from "./geojson";
import { tilesFor, tileUrlTemplate, type Tile } from "./tiles";

export const MAP_WIDTH = 640;
const PADDING = 12;

/** How the district's ongoing initiatives (not completed, not cancelled) stand: their number and how many are at risk or off track. */
export type DistrictHealth = { active: number; atRisk: number; offTrack: number };
export type MapDistrictInput = { slug: string; name: string; count: number; geometry: DistrictGeometry | null; health?: DistrictHealth };
export type MapMarkerInput = { label: string; latitude: number; longitude: number; initiativeTitle: string; initiativeSlug: string };

/**
 * The overall status of a district in words a citizen reads without numbers: no ongoing initiative,
 * all ongoing ones on track, fewer than half at risk or off track, half or more of them.
 */
export type DistrictStatus = "none" | "onTrack" | "some" | "many";
export const DISTRICT_STATUSES: readonly DistrictStatus[] = ["none", "onTrack", "some", "many"];
export type DrawnDistrict = {
  slug: string;
  name: string;
  count: number;
  path: string;
  labelX: number;
  labelY: number;
  /** Shade of the count view (0..3, see `shades`). */
  shade: number;
  health: DistrictHealth;
  status: DistrictStatus;
  /** Shade of the status view (0..3, in the order of DISTRICT_STATUSES). */
  statusShade: number;
};
export type DrawnMarker = MapMarkerInput & { x: number; y: number };
export type DrawnMap = { width: number; height: number; districts: DrawnDistrict[]; markers: DrawnMarker[]; shades: ShadeBand[]; tiles: Tile[] };
/** One band of the legend: counts from `min` to `max` (inclusive) share shade `shade`. */
export type ShadeBand = { shade: number; min: number; max: number };

/** Signed area of a ring in plane lon/lat (positive: counter-clockwise). */
function ringArea(r: Position[]): number {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j]![0] - r[i]![0]) * (r[j]![1] + r[i]![1]);
  return a / 2;
}

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise, d3-geo's spherical polygons clockwise
 * (otherwise a ring means "the whole globe except this"): outer rings clockwise, holes the other way.
 */
function forD3(geo: DistrictGeometry): DistrictGeometry {
  const wind = (polygon: PolygonCoords): PolygonCoords =>
    polygon.map((r, i) => {
      const ccw = ringArea(r) < 0 ? false : true;
      const wantCcw = i > 0;
      return ccw === wantCcw ? r : [...r].reverse();
    });
  return geo.type === "Polygon" ? { type: "Polygon", coordinates: wind(geo.coordinates) } : { type: "MultiPolygon", coordinates: geo.coordinates.map(wind) };
}

/** A district's overall status from its ongoing initiatives' health. */
export function districtStatus(h: DistrictHealth): DistrictStatus {
  if (h.active === 0) return "none";
  const troubled = h.atRisk + h.offTrack;
  if (troubled === 0) return "onTrack";
  return 2 * troubled >= h.active ? "many" : "some";
}

/** Up to four bands of counts (0 always its own), so that shading and numbers tell the same. */
export function shadeBands(counts: number[]): ShadeBand[] {
  const max = Math.max(0, ...counts);
  const bands: ShadeBand[] = [{ shade: 0, min: 0, max: 0 }];
  if (max === 0) return bands;
  const step = Math.max(1, Math.ceil(max / 3));
  for (let lo = 1, shade = 1; lo <= max; lo += step, shade++) bands.push({ shade, min: lo, max: Math.min(max, lo + step - 1) });
  return bands;
}

export function drawDistrictMap(districts: MapDistrictInput[], markers: MapMarkerInput[], tileTemplate: string | null = tileUrlTemplate()): DrawnMap | null {
  const drawn = districts.filter((d): d is MapDistrictInput & { geometry: DistrictGeometry } => d.geometry !== null);
  if (drawn.length === 0) return null;
  const features = drawn.map((d) => ({ type: "Feature" as const, properties: {}, geometry: forD3(d.geometry) }));
  const collection = { type: "FeatureCollection" as const, features } as GeoPermissibleObjects;
  // Fit the width first, then take the height the outlines need.
  const projection = geoMercator().fitWidth(MAP_WIDTH - 2 * PADDING, collection);
  const bounds = geoPath(projection).bounds(collection);
  const height = Math.ceil(bounds[1][1] - bounds[0][1]) + 2 * PADDING;
  projection.translate([projection.translate()[0] + PADDING - bounds[0][0], projection.translate()[1] + PADDING - bounds[0][1]]);
  const path = geoPath(projection).digits(1);
  const shades = shadeBands(drawn.map((d) => d.count));
  const shadeOf = (count: number) => shades.find((b) => count >= b.min && count <= b.max)?.shade ?? 0;
  return {
    width: MAP_WIDTH,
    height,
    shades,
    tiles: tileTemplate ? tilesFor(tileTemplate, projection.scale(), projection.translate() as [number, number], MAP_WIDTH, height) : [],
    districts: drawn.map((d, i) => {
      const feature = features[i]!;
      const [x, y] = path.centroid(feature as GeoPermissibleObjects);
      const health = d.health ?? { active: 0, atRisk: 0, offTrack: 0 };
      const status = districtStatus(health);
      return {
        slug: d.slug,
        name: d.name,
        count: d.count,
        path: path(feature as GeoPermissibleObjects) ?? "",
        labelX: Math.round(x),
        labelY: Math.round(y),
        shade: shadeOf(d.count),
        health,
        status,
        statusShade: DISTRICT_STATUSES.indexOf(status),
      };
    }),
    markers: markers.flatMap((m) => {
      const p = projection([m.longitude, m.latitude]);
      if (!p || p[0] < 0 || p[1] < 0 || p[0] > MAP_WIDTH || p[1] > height) return [];
      return [{ ...m, x: Math.round(p[0] * 10) / 10, y: Math.round(p[1] * 10) / 10 }];
    }),
  };
}
