// Stadtbezirke on the citizens' site (/districts, /districts/<slug>): every district with the
// number of public initiatives in it, and a district's page with its public initiatives.
import { cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { cachedPublic } from "./cache";
import { publicInitiativeWhere } from "./initiative-queries";
import { loadPublicInitiativeList } from "./list-queries";

const SLUG = /^[a-z0-9-]{1,120}$/;

/** Every district with its number of public initiatives (uncached; the open data reads it too). */
export async function listPublicDistricts(db: Db) {
  const districts = await db.district.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      code: true,
      slug: true,
      name: true,
      _count: { select: { initiatives: { where: { initiative: publicInitiativeWhere } } } },
    },
  });
  return districts.map(({ _count, ...d }) => ({ ...d, initiativeCount: _count.initiatives }));
}

/** All districts (they are public geography) with their number of public initiatives. */
export function loadPublicDistricts(db: Db) {
  return cachedPublic(db, "districts", () => listPublicDistricts(db));
}

export type PublicDistrictSummary = Awaited<ReturnType<typeof listPublicDistricts>>[number];

/**
 * Initiatives per page on a district's page: fewer than the list's 50, since the page carries the
 * map as well and every row costs a phone's main thread at load (50 rows kept the page's Lighthouse
 * performance at 87–93 on mobile, docs/performance.md, session 15); all of them are one link away,
 * in the list filtered by the district.
 */
export const DISTRICT_PAGE_SIZE = 25;

async function queryDistrict(db: Db, slug: string, page: number) {
  const district = await db.district.findUnique({ where: { slug }, select: { slug: true, name: true } });
  if (!district) return null;
  const list = await loadPublicInitiativeList(db, { district: slug, page }, undefined, DISTRICT_PAGE_SIZE);
  return { ...district, list };
}

/** A district with one page of its public initiatives; null for an unknown slug. */
export function loadPublicDistrict(db: Db, slug: string, page = 1) {
  if (!SLUG.test(slug)) return Promise.resolve(null);
  // Per day: the list shows overdue milestones, which change with the calendar.
  return cachedPublic(db, `district:${slug}:${page}:${cityToday()}`, () => queryDistrict(db, slug, page));
}

export type PublicDistrict = NonNullable<Awaited<ReturnType<typeof queryDistrict>>>;
