// How the initiatives of each district stand, for the map's status view (issue 20, item 1): per
// district, the number of ongoing initiatives (neither completed nor cancelled: health says nothing
// about those) and how many of them are at risk or off track. Counted in the database. The caller
// says whose initiatives count: the citizens' map public ones only, the app's all current ones.
import type { Db } from "@/lib/db/client";
import type { DistrictGeometry } from "./geojson";
import type { DistrictHealth } from "./render";

export async function countDistrictHealth(db: Db, audience: "public" | "internal"): Promise<Map<string, DistrictHealth>> {
  const publicOnly = audience === "public";
  const rows = await db.$queryRaw<{ slug: string; active: number; at_risk: number; off_track: number }[]>`
    SELECT d.slug,
           count(*)::int AS active,
           count(*) FILTER (WHERE i.health = 'AT_RISK')::int AS at_risk,
           count(*) FILTER (WHERE i.health = 'OFF_TRACK')::int AS off_track
    FROM initiative_districts x
    JOIN initiatives i ON i.id = x.initiative_id
    JOIN districts d ON d.id = x.district_id
    WHERE i.archived_at IS NULL
      AND i.status NOT IN ('COMPLETED', 'CANCELLED')
      AND (i.visibility = 'PUBLIC' OR NOT ${publicOnly}::boolean)
    GROUP BY d.slug`;
  return new Map(rows.map((r) => [r.slug, { active: r.active, atRisk: r.at_risk, offTrack: r.off_track }]));
}

/** The districts as both maps draw them: counted rows joined with their outline and how the ongoing ones stand. */
export function withDistrictHealth(
  districts: { slug: string; name: string; geometry: unknown; _count: { initiatives: number } }[],
  health: Map<string, DistrictHealth>,
) {
  return districts.map((d) => ({
    slug: d.slug,
    name: d.name,
    count: d._count.initiatives,
    geometry: (d.geometry ?? null) as DistrictGeometry | null,
    health: health.get(d.slug) ?? { active: 0, atRisk: 0, offTrack: 0 },
  }));
}
