// Partners on the citizens' site (/partners, /partners/<slug>): who works on the masterplan, with
// their public initiatives and roles. Only partners of public initiatives appear; committed amounts
// are internal planning figures and are never selected.
import { cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerRole } from "@/lib/generated/prisma/enums";
import { cachedPublic } from "./cache";
import { publicInitiativeWhere } from "./initiative-queries";
import { loadPublicInitiativeList, type ListFilters } from "./list-queries";

const SLUG = /^[a-z0-9-]{1,120}$/;

/** A partner is public while it takes part in a public initiative; these are its public fields. */
export const publicPartnerWhere = { initiatives: { some: { initiative: publicInitiativeWhere } } } satisfies Prisma.PartnerWhereInput;
export const publicPartnerSelect = { slug: true, name: true, kind: true, website: true, description: true } satisfies Prisma.PartnerSelect;

async function queryPartners(db: Db) {
  const [partners, counts] = await Promise.all([
    db.partner.findMany({ where: publicPartnerWhere, orderBy: { name: "asc" }, select: publicPartnerSelect }),
    // Distinct initiatives: a partner with two roles in one initiative still counts it once.
    db.$queryRaw<{ slug: string; n: number }[]>`
      SELECT p.slug, COUNT(DISTINCT ip.initiative_id)::int AS n
      FROM partners p
      JOIN initiative_partners ip ON ip.partner_id = p.id
      JOIN initiatives i ON i.id = ip.initiative_id
      WHERE i.visibility = 'PUBLIC' AND i.archived_at IS NULL
      GROUP BY p.slug`,
  ]);
  const bySlug = new Map(counts.map((c) => [c.slug, c.n]));
  return partners.map((p) => ({ ...p, initiativeCount: bySlug.get(p.slug) ?? 0 }));
}

/** Every partner of at least one public initiative, with its number of public initiatives. */
export function loadPublicPartners(db: Db) {
  return cachedPublic(db, "partners", () => queryPartners(db));
}

export type PublicPartnerSummary = Awaited<ReturnType<typeof queryPartners>>[number];

async function queryPartner(db: Db, slug: string, page: number) {
  const partner = await db.partner.findFirst({
    where: { slug, ...publicPartnerWhere },
    select: publicPartnerSelect,
  });
  if (!partner) return null;
  const filters: ListFilters = { partner: slug, page };
  const list = await loadPublicInitiativeList(db, filters);
  // The roles of this partner in the initiatives on this page, in one query.
  const links = await db.initiativePartner.findMany({
    where: { partner: { slug }, initiative: { ...publicInitiativeWhere, slug: { in: list.items.map((i) => i.slug) } } },
    orderBy: { role: "asc" },
    select: { role: true, contribution: true, initiative: { select: { slug: true } } },
  });
  const roles = new Map<string, { role: PartnerRole; contribution: string }[]>();
  for (const l of links) {
    const own = roles.get(l.initiative.slug) ?? [];
    own.push({ role: l.role, contribution: l.contribution });
    roles.set(l.initiative.slug, own);
  }
  return { ...partner, list: { ...list, items: list.items.map((i) => ({ ...i, roles: roles.get(i.slug) ?? [] })) } };
}

/** A partner's public profile with one page of its public initiatives and its roles in them; null when unknown or not public. */
export function loadPublicPartner(db: Db, slug: string, page = 1) {
  if (!SLUG.test(slug)) return Promise.resolve(null);
  // Per day: the list shows overdue milestones, which change with the calendar.
  return cachedPublic(db, `partner:${slug}:${page}:${cityToday()}`, () => queryPartner(db, slug, page));
}

export type PublicPartner = NonNullable<Awaited<ReturnType<typeof queryPartner>>>;
