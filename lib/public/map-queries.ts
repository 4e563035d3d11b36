// The district map on the citizens' site (home page, /districts, a district's page): every
// district's outline with its number of PUBLIC initiatives and how the ongoing ones stand, and the point locations of public
// initiatives only. Explicit selects; an internal or archived initiative is neither counted nor marked.
import type { Db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { contentString } from "@/lib/i18n/content";
import { countDistrictHealth, withDistrictHealth } from "@/lib/map/district-health";
import { drawDistrictMap } from "@/lib/map/render";
import { cachedPublic } from "./cache";
import { publicInitiativeWhere } from "./initiative-queries";

async function queryPublicDistrictMap(db: Db) {
  const [districts, locations, settings, health] = await Promise.all([
    db.district.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: {
        slug: true,
        name: true,
        geometry: true,
        _count: { select: { initiatives: { where: { initiative: publicInitiativeWhere } } } },
      },
    }),
    db.initiativeLocation.findMany({
      where: { initiative: publicInitiativeWhere },
      orderBy: [{ initiative: { code: "asc" } }, { label: "asc" }],
      select: { label: true, latitude: true, longitude: true, initiative: { select: { slug: true, title: true, titleEn: true } } },
    }),
    db.districtMap.findUnique({ where: { id: 1 }, select: { schematic: true, attribution: true } }),
    countDistrictHealth(db, "public"),
  ]);
  return {
    schematic: settings?.schematic ?? false,
    attribution: settings?.attribution ?? "",
    districts: withDistrictHealth(districts, health),
    locations: locations.map((l) => ({
      label: l.label,
      latitude: l.latitude,
      longitude: l.longitude,
      initiativeSlug: l.initiative.slug,
      initiativeTitle: l.initiative.title,
      initiativeTitleEn: l.initiative.titleEn,
    })),
  };
}

/** The public map's data (cached like every public read, emptied on every change). */
export function loadPublicDistrictMap(db: Db) {
  return cachedPublic(db, "district-map", () => queryPublicDistrictMap(db));
}

export type PublicDistrictMap = Awaited<ReturnType<typeof queryPublicDistrictMap>>;

/** The public map drawn for one language (initiative titles in English where there are any); null without outlines. */
export function drawPublicDistrictMap(data: PublicDistrictMap, locale: Locale) {
  return drawDistrictMap(
    data.districts,
    data.locations.map((l) => ({ ...l, initiativeTitle: contentString(locale, l.initiativeTitle, l.initiativeTitleEn) })),
  );
}
