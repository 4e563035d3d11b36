// Reads for the citizens' site frame and overview. Only published data: every query selects an
// explicit list of public fields and filters on visibility; none returns a whole row or an id.
// The get* functions go through the public cache (emptied after every committed change); the
// load* functions are the uncached loaders (tests and `npm run bench` count their queries).
import { cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import type { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { initiativeProgress, rollUpProgress } from "@/lib/initiatives/progress";
import { cachedPublic } from "./cache";
import { loadPublicKpis, publicInitiativeWhere, publicMilestoneAggregatesSql } from "./initiative-queries";

export { getPublicInitiative, loadPublicInitiative, type PublicInitiative } from "./initiative-queries";

/** What every public page's frame needs: whether the data are an example, the masterplan's title. */
export function getPublicSiteFacts(db: Db) {
  return cachedPublic(db, "site", async () => {
    const plan = await db.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { title: true, titleEn: true, isExample: true } });
    return { title: plan?.title ?? null, titleEn: plan?.titleEn ?? null, isExample: plan?.isExample ?? false };
  });
}

type InitiativeFacts = { fieldId: string; status: InitiativeStatus; health: Health; progress: number | null; overdueMilestones: number };

/**
 * Status, health, progress and overdue milestones of every public initiative of a masterplan: one
 * query with the public milestones aggregated in the database (the same aggregates as every public
 * page, initiative-queries.ts); progress by the one formula over the public milestones.
 */
export async function publicInitiativeFacts(db: Db, masterplanId: string, today: string = cityToday()): Promise<InitiativeFacts[]> {
  const rows = await db.$queryRaw<{ field_id: string; status: InitiativeStatus; health: Health; total: number; done: number; overdue: number }[]>`
    SELECT i.field_of_action_id::text AS field_id, i.status::text AS status, i.health::text AS health,
           COALESCE(w.total, 0)::int AS total, COALESCE(w.done, 0)::int AS done, COALESCE(w.overdue, 0)::int AS overdue
    FROM initiatives i
    JOIN fields_of_action f ON f.id = i.field_of_action_id
    LEFT JOIN (${publicMilestoneAggregatesSql(today)} GROUP BY m.initiative_id) w ON w.initiative_id = i.id
    WHERE f.masterplan_id = ${masterplanId}::uuid AND i.visibility = 'PUBLIC' AND i.archived_at IS NULL`;
  return rows.map((r) => ({
    fieldId: r.field_id,
    status: r.status,
    health: r.health,
    progress: initiativeProgress(r.status, { totalWeight: r.total, doneWeight: r.done }),
    overdueMilestones: r.overdue,
  }));
}

/**
 * Progress and counts by status and by health of a set of initiatives (e.g. one field's), and how
 * many have an overdue public milestone. Each count matches a filter of the /initiatives list
 * (status=…, health=…&active=1, late=1), so the overview can link every figure to its list.
 */
export function summarize(facts: Omit<InitiativeFacts, "fieldId">[]) {
  const byStatus: Partial<Record<InitiativeStatus, number>> = {};
  const byHealth: Partial<Record<Health, number>> = {};
  let lateCount = 0;
  for (const f of facts) {
    byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
    // Health says nothing about initiatives that are finished or stopped.
    if (f.status !== "COMPLETED" && f.status !== "CANCELLED") byHealth[f.health] = (byHealth[f.health] ?? 0) + 1;
    if (f.overdueMilestones > 0) lateCount++;
  }
  return { initiativeCount: facts.length, progress: rollUpProgress(facts.map((f) => f.progress)), byStatus, byHealth, lateCount };
}

export type InitiativeSummary = ReturnType<typeof summarize>;

/**
 * The published masterplan (the first one) with its public fields and its fields of action in
 * their order; the id only for the caller's next query. The overview and the open data read this.
 */
export function queryPublicMasterplan(db: Db) {
  return db.masterplan.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      titleEn: true,
      vision: true,
      visionEn: true,
      periodStart: true,
      periodEnd: true,
      isExample: true,
      fieldsOfAction: { orderBy: { sortOrder: "asc" }, select: { id: true, code: true, slug: true, title: true, titleEn: true, description: true, descriptionEn: true } },
    },
  });
}

/** The overview: the masterplan with its public KPIs, and each field of action with its progress and counts (no initiative rows). */
export async function loadPublicOverview(db: Db, today: string = cityToday()) {
  const masterplan = await queryPublicMasterplan(db);
  if (!masterplan) return null;
  const [facts, kpis] = await Promise.all([publicInitiativeFacts(db, masterplan.id, today), loadPublicKpis(db, { masterplanId: masterplan.id })]);
  const { id: _id, fieldsOfAction, ...plan } = masterplan;
  return {
    ...plan,
    ...summarize(facts),
    kpis,
    fields: fieldsOfAction.map(({ id, ...f }) => ({ ...f, ...summarize(facts.filter((x) => x.fieldId === id)) })),
  };
}

export function getPublicOverview(db: Db, today: string = cityToday()) {
  return cachedPublic(db, `overview:${today}`, () => loadPublicOverview(db, today));
}

export type PublicOverview = NonNullable<Awaited<ReturnType<typeof loadPublicOverview>>>;

/** The slugs behind the public pages, for the sitemap (four queries, whatever the amount of data). */
export function getPublicSitemapSlugs(db: Db) {
  return cachedPublic(db, "sitemap", async () => {
    const plan = await db.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
    if (!plan) return { fields: [], initiatives: [], partners: [], districts: [] };
    const [fields, initiatives, partners, districts] = await Promise.all([
      db.fieldOfAction.findMany({ where: { masterplanId: plan.id }, orderBy: { sortOrder: "asc" }, select: { slug: true } }),
      db.initiative.findMany({ where: { ...publicInitiativeWhere, fieldOfAction: { masterplanId: plan.id } }, orderBy: { code: "asc" }, select: { slug: true } }),
      // Only partners of a public initiative have anything public to show.
      db.partner.findMany({ where: { initiatives: { some: { initiative: publicInitiativeWhere } } }, orderBy: { name: "asc" }, select: { slug: true } }),
      db.district.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true } }),
    ]);
    const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);
    return { fields: slugs(fields), initiatives: slugs(initiatives), partners: slugs(partners), districts: slugs(districts) };
  });
}
