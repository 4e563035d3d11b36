// The citizens' list of initiatives (/initiatives) and the lists on partner and district pages:
// search and filters from the URL, one page of public initiatives sorted by code, the choices for
// the filter form. Public fields only; a fixed number of queries whatever the number of initiatives.
import { cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { overdueSql } from "@/lib/milestones/lateness";
import { cachedPublic } from "./cache";
// The visibility rule and the milestone figures are the initiative page's, so both pages agree.
import { NO_FIGURES, publicInitiativeFigures, publicInitiativeWhere, publicProgress } from "./initiative-queries";

export const LIST_PAGE_SIZE = 50;

/** An initiative as the public list shows it (and the open data list it): which one, how it stands, its field. */
export const publicInitiativeCardSelect = {
  id: true,
  code: true,
  slug: true,
  title: true,
  titleEn: true,
  summary: true,
  summaryEn: true,
  status: true,
  health: true,
  fieldOfAction: { select: { code: true, slug: true, title: true, titleEn: true } },
} satisfies Prisma.InitiativeSelect;
const MAX_QUERY_LENGTH = 100;
const SLUG = /^[a-z0-9-]{1,120}$/;

export type ListFilters = {
  q?: string;
  field?: string;
  status?: InitiativeStatus;
  health?: Health;
  district?: string;
  partner?: string;
  /** Only initiatives that are neither completed nor cancelled (the overview's health counts). */
  active?: true;
  /** Only initiatives with at least one overdue public milestone. */
  late?: true;
  page: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const slugOrNone = (v: string | undefined) => (v && SLUG.test(v) ? v : undefined);
/** A checkbox or link flag: "1" (what the form and our links send), "true" or "on". */
const flag = (v: string | undefined) => (v === "1" || v === "true" || v === "on" ? true : undefined);
const oneOf = <T extends string>(values: Record<string, T>, v: string | undefined): T | undefined =>
  v && (Object.values(values) as string[]).includes(v) ? (v as T) : undefined;

/**
 * Filters from the query string. Anything malformed is dropped rather than rejected: a citizen
 * with an old or hand-edited link still gets a list.
 */
export function parseListFilters(params: SearchParams): ListFilters {
  const page = Number(first(params.page));
  const q = first(params.q)?.slice(0, MAX_QUERY_LENGTH);
  // Fixed key order: the filters also make the cache key.
  return {
    ...(q ? { q } : {}),
    ...(slugOrNone(first(params.field)) ? { field: first(params.field) } : {}),
    ...(oneOf(InitiativeStatus, first(params.status)) ? { status: first(params.status) as InitiativeStatus } : {}),
    ...(oneOf(Health, first(params.health)) ? { health: first(params.health) as Health } : {}),
    ...(slugOrNone(first(params.district)) ? { district: first(params.district) } : {}),
    ...(slugOrNone(first(params.partner)) ? { partner: first(params.partner) } : {}),
    ...(flag(first(params.active)) ? { active: true as const } : {}),
    ...(flag(first(params.late)) ? { late: true as const } : {}),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The query string for filters (page 1 omitted), so page links and the form agree on URLs. */
export function listQueryString(filters: Partial<ListFilters>, overrides: Partial<ListFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const key of ["q", "field", "status", "health", "district", "partner"] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  for (const key of ["active", "late"] as const) if (merged[key]) params.set(key, "1");
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/**
 * The public initiatives with at least one overdue public milestone on `today`, by the SQL form of
 * the one rule (lateness.ts overdueSql): one query, whatever the number of initiatives.
 */
async function lateInitiativeIds(db: Db, today: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT m.initiative_id::text AS id FROM milestones m
    WHERE m.is_public AND ${overdueSql(today, Prisma.sql`m`)}`;
  return rows.map((r) => r.id);
}

function whereFor(f: Omit<ListFilters, "page">, lateIds: string[] | null): Prisma.InitiativeWhereInput {
  return {
    ...publicInitiativeWhere,
    ...(lateIds ? { id: { in: lateIds } } : {}),
    // Its own key, so that it narrows a chosen status rather than replacing it.
    ...(f.active ? { NOT: { status: { in: ["COMPLETED", "CANCELLED"] } } } : {}),
    ...(f.field ? { fieldOfAction: { slug: f.field } } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.health ? { health: f.health } : {}),
    ...(f.district ? { districts: { some: { district: { slug: f.district } } } } : {}),
    ...(f.partner ? { partners: { some: { partner: { slug: f.partner } } } } : {}),
    ...(f.q
      ? {
          OR: [
            { code: { contains: f.q, mode: "insensitive" } },
            { title: { contains: f.q, mode: "insensitive" } },
            { titleEn: { contains: f.q, mode: "insensitive" } },
            { summary: { contains: f.q, mode: "insensitive" } },
            { summaryEn: { contains: f.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

async function queryInitiativeList(db: Db, filters: ListFilters, today: string, pageSize: number) {
  const { page, ...rest } = filters;
  const where = whereFor(rest, rest.late ? await lateInitiativeIds(db, today) : null);
  const [total, rows] = await Promise.all([
    db.initiative.count({ where }),
    db.initiative.findMany({
      where,
      orderBy: { code: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: publicInitiativeCardSelect,
    }),
  ]);
  const figures = await publicInitiativeFigures(
    db,
    rows.map((r) => r.id),
    today,
  );
  const items = rows.map(({ id, ...r }) => {
    const own = figures.get(id) ?? NO_FIGURES;
    return { ...r, progress: publicProgress(r.status, own), overdueMilestones: own.overdueMilestones, lastUpdated: own.lastUpdated };
  });
  return { total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), pageSize, items };
}

/** One page of public initiatives matching the filters, with the total for "N Vorhaben gefunden". */
export function loadPublicInitiativeList(db: Db, filters: ListFilters, today: string = cityToday(), pageSize: number = LIST_PAGE_SIZE) {
  return cachedPublic(db, `list:${today}:${pageSize}:${JSON.stringify(filters)}`, () => queryInitiativeList(db, filters, today, pageSize));
}

export type PublicInitiativeList = Awaited<ReturnType<typeof queryInitiativeList>>;
export type PublicListItem = PublicInitiativeList["items"][number];

async function queryFilterOptions(db: Db) {
  const [fields, districts, partners] = await Promise.all([
    db.fieldOfAction.findMany({
      orderBy: [{ masterplan: { createdAt: "asc" } }, { sortOrder: "asc" }],
      select: { slug: true, code: true, title: true, titleEn: true },
    }),
    db.district.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    // Only partners of public initiatives: a partner known only from internal work stays unnamed here.
    db.partner.findMany({
      where: { initiatives: { some: { initiative: publicInitiativeWhere } } },
      orderBy: { name: "asc" },
      select: { slug: true, name: true },
    }),
  ]);
  return { fields, districts, partners };
}

/** The choices of the filter form. */
export function loadListFilterOptions(db: Db) {
  return cachedPublic(db, "list-options", () => queryFilterOptions(db));
}

export type ListFilterOptions = Awaited<ReturnType<typeof queryFilterOptions>>;
