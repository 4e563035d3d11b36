// The demo's district map: a SCHEMATIC drawing of Duisburg's seven Stadtbezirke (rough shapes in
// their relative places on both banks of the Rhine, NOT official boundaries; the map says so), and
// a few point locations of initiatives, one of them on an internal initiative (never on the public
// map). Stored the way an admin's upload is (lib/map/mutations.ts): checked, simplified, rounded.
import type { DistrictGeometry, Position } from "@/lib/map/geojson";
import { validateDistrictGeoJson } from "@/lib/map/geojson";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DistrictCode } from "./demo-data";

type Tx = Prisma.TransactionClient;

/** Outer rings, counter-clockwise (RFC 7946), [longitude, latitude]. */
const OUTLINES: Record<DistrictCode, Position[]> = {
  WAL: [[6.7, 51.515], [6.8, 51.515], [6.812, 51.545], [6.785, 51.562], [6.74, 51.566], [6.71, 51.55]],
  HAM: [[6.72, 51.48], [6.775, 51.476], [6.822, 51.48], [6.8, 51.515], [6.7, 51.515]],
  HRB: [[6.63, 51.43], [6.73, 51.43], [6.74, 51.455], [6.72, 51.48], [6.7, 51.515], [6.66, 51.51], [6.635, 51.47]],
  MEI: [[6.74, 51.455], [6.79, 51.448], [6.835, 51.44], [6.822, 51.48], [6.775, 51.476], [6.72, 51.48]],
  MIT: [[6.73, 51.4], [6.78, 51.398], [6.835, 51.405], [6.835, 51.44], [6.79, 51.448], [6.74, 51.455], [6.73, 51.43]],
  RHE: [[6.645, 51.37], [6.72, 51.37], [6.73, 51.4], [6.73, 51.43], [6.63, 51.43], [6.64, 51.4]],
  SUED: [[6.72, 51.335], [6.76, 51.328], [6.8, 51.335], [6.83, 51.37], [6.835, 51.405], [6.78, 51.398], [6.73, 51.4], [6.72, 51.37]],
};

/** The schematic outlines as a GeoJSON FeatureCollection named by the property "name" (also a test fixture). */
export function duisburgSchematicGeoJson(names: Record<DistrictCode, string>) {
  return {
    type: "FeatureCollection",
    features: (Object.keys(OUTLINES) as DistrictCode[]).map((code) => ({
      type: "Feature",
      properties: { name: names[code] },
      geometry: { type: "Polygon", coordinates: [[...OUTLINES[code], OUTLINES[code][0]!]] },
    })),
  };
}

/** Point locations by initiative code (INF-08 is internal). */
export const DEMO_LOCATIONS: { code: string; label: string; latitude: number; longitude: number }[] = [
  { code: "MOB-01", label: "Teststrecke Innenhafen", latitude: 51.438, longitude: 6.775 },
  { code: "INF-05", label: "LoRaWAN-Gateway Rathaus", latitude: 51.4355, longitude: 6.7625 },
  { code: "WIR-01", label: "Logport Rheinhausen", latitude: 51.392, longitude: 6.705 },
  { code: "INF-08", label: "Integrierte Leitstelle", latitude: 51.418, longitude: 6.79 },
];

export async function seedDemoMap(tx: Tx): Promise<void> {
  const districts = await tx.district.findMany({ select: { id: true, code: true, slug: true, name: true } });
  const names = Object.fromEntries(districts.map((d) => [d.code, d.name])) as Record<DistrictCode, string>;
  const checked = validateDistrictGeoJson(JSON.stringify(duisburgSchematicGeoJson(names)), "name", districts);
  if (!checked.ok) throw new Error(`demo map: ${JSON.stringify(checked.issues)}`);
  for (const { district, geometry } of checked.value.matched) {
    await tx.district.update({ where: { id: district.id }, data: { geometry: geometry as DistrictGeometry } });
  }
  await tx.districtMap.create({ data: { id: 1, schematic: true, attribution: "", nameProperty: "name" } });
  const initiatives = await tx.initiative.findMany({ where: { code: { in: DEMO_LOCATIONS.map((l) => l.code) } }, select: { id: true, code: true } });
  const idOf = new Map(initiatives.map((i) => [i.code, i.id]));
  await tx.initiativeLocation.createMany({
    data: DEMO_LOCATIONS.filter((l) => idOf.has(l.code)).map(({ code, ...l }) => ({ ...l, initiativeId: idOf.get(code)! })),
  });
}
