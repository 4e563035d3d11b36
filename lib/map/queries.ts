// The district map inside the app (dashboard, admin): every district with the number of its
// current (not archived) initiatives, internal ones included, how the ongoing ones stand, and every initiative's locations.
// Signed-in users all read the whole portfolio (policy "portfolio.read"); the viewer is still
// required, so that nobody calls this from a public page by mistake.
import type { Actor } from "@/lib/authz/policy";
import { can } from "@/lib/authz/policy";
import { memoByData } from "@/lib/cache/data-memo";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { countDistrictHealth, withDistrictHealth } from "./district-health";
import { drawDistrictMap } from "./render";

export async function loadInternalDistrictMap(db: Db, viewer: Actor | null | undefined) {
  if (!viewer || !can(viewer, "portfolio.read", {})) throw new AppError("FORBIDDEN", "You may not see the portfolio.");
  const current = { archivedAt: null };
  const [districts, locations, settings, health] = await Promise.all([
    db.district.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { slug: true, name: true, geometry: true, _count: { select: { initiatives: { where: { initiative: current } } } } },
    }),
    db.initiativeLocation.findMany({
      where: { initiative: current },
      orderBy: [{ initiative: { code: "asc" } }, { label: "asc" }],
      select: { label: true, latitude: true, longitude: true, initiative: { select: { code: true, title: true } } },
    }),
    db.districtMap.findUnique({ where: { id: 1 }, select: { schematic: true, attribution: true, nameProperty: true, updatedAt: true } }),
    countDistrictHealth(db, "internal"),
  ]);
  return {
    settings,
    schematic: settings?.schematic ?? false,
    attribution: settings?.attribution ?? "",
    districts: withDistrictHealth(districts, health),
    locations: locations.map((l) => ({ label: l.label, latitude: l.latitude, longitude: l.longitude, initiativeSlug: l.initiative.code, initiativeTitle: l.initiative.title })),
  };
}

/**
 * The dashboard's district map, drawn. It does not depend on the viewer (every reader of the
 * portfolio sees the same map), so it is read (four statements) and projected (d3-geo) once per
 * state of the data (lib/cache/data-memo.ts) instead of on every request; the permission is
 * checked on every call.
 */
export function loadDrawnInternalDistrictMap(db: Db, viewer: Actor | null | undefined) {
  return memoByData(db, { viewer, permission: "portfolio.read" }, "district-map:internal", async () => {
    const data = await loadInternalDistrictMap(db, viewer);
    return { map: drawDistrictMap(data.districts, data.locations), schematic: data.schematic, attribution: data.attribution };
  });
}

/** An initiative's locations, for its internal page (the page has already checked the viewer may see it). */
export function listInitiativeLocations(db: Db, initiativeId: string) {
  return db.initiativeLocation.findMany({
    where: { initiativeId },
    orderBy: { createdAt: "asc" },
    select: { id: true, label: true, latitude: true, longitude: true },
  });
}
