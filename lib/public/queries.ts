// Reads for the citizens' site. Only published data: every query selects an explicit list of
// public fields and filters on visibility; none returns a whole row.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { initiativeProgress, rollUpProgress, type MilestoneWeights } from "@/lib/initiatives/progress";

const publicInitiativeWhere = { visibility: "PUBLIC", archivedAt: null } satisfies Prisma.InitiativeWhereInput;

/** Milestone weights per initiative, aggregated in the database (one query for any number of initiatives). */
async function milestoneWeights(db: Db, initiativeIds: string[]): Promise<Map<string, MilestoneWeights>> {
  if (initiativeIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ initiative_id: string; total: number; done: number }[]>`
    SELECT initiative_id::text AS initiative_id,
           COALESCE(SUM(weight), 0)::int AS total,
           COALESCE(SUM(weight) FILTER (WHERE completed_date IS NOT NULL), 0)::int AS done
    FROM milestones
    WHERE initiative_id = ANY(${initiativeIds}::uuid[])
    GROUP BY initiative_id`;
  return new Map(rows.map((r) => [r.initiative_id, { totalWeight: r.total, doneWeight: r.done }]));
}

const NO_MILESTONES: MilestoneWeights = { totalWeight: 0, doneWeight: 0 };

export async function getPublicOverview(db: Db) {
  const masterplan = await db.masterplan.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      vision: true,
      periodStart: true,
      periodEnd: true,
      isExample: true,
      fieldsOfAction: {
        orderBy: { sortOrder: "asc" },
        select: { id: true, code: true, slug: true, title: true, description: true },
      },
    },
  });
  if (!masterplan) return null;
  const initiatives = await db.initiative.findMany({
    where: { ...publicInitiativeWhere, fieldOfAction: { masterplanId: masterplan.id } },
    orderBy: { code: "asc" },
    select: { id: true, code: true, slug: true, title: true, summary: true, status: true, health: true, fieldOfActionId: true },
  });
  const weights = await milestoneWeights(
    db,
    initiatives.map((i) => i.id),
  );
  const rows = initiatives.map(({ id, ...i }) => ({
    ...i,
    progress: initiativeProgress(i.status, weights.get(id) ?? NO_MILESTONES),
  }));
  const fields = masterplan.fieldsOfAction.map(({ id, ...f }) => {
    const own = rows.filter((r) => r.fieldOfActionId === id).map(({ fieldOfActionId: _f, ...r }) => r);
    return { ...f, initiatives: own, progress: rollUpProgress(own.map((r) => r.progress)) };
  });
  const { id: _id, fieldsOfAction: _fields, ...plan } = masterplan;
  return { ...plan, progress: rollUpProgress(rows.map((r) => r.progress)), fields };
}

export type PublicOverview = NonNullable<Awaited<ReturnType<typeof getPublicOverview>>>;

export async function getPublicInitiative(db: Db, slug: string) {
  const initiative = await db.initiative.findFirst({
    where: { ...publicInitiativeWhere, slug },
    select: {
      id: true,
      code: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      plainLanguageSummary: true,
      status: true,
      health: true,
      healthReason: true,
      plannedStart: true,
      plannedEnd: true,
      actualStart: true,
      actualEnd: true,
      fieldOfAction: { select: { code: true, slug: true, title: true, masterplan: { select: { isExample: true } } } },
      department: { select: { name: true } },
      districts: { orderBy: { district: { sortOrder: "asc" } }, select: { district: { select: { slug: true, name: true } } } },
      partners: {
        orderBy: { partner: { name: "asc" } },
        select: { role: true, contribution: true, partner: { select: { slug: true, name: true, website: true } } },
      },
      milestones: {
        where: { isPublic: true },
        orderBy: [{ sortOrder: "asc" }, { baselineDate: "asc" }],
        select: { id: true, title: true, baselineDate: true, forecastDate: true, completedDate: true },
      },
      // "Sachstand": only approved status reports, only their period and public summary — never
      // drafts, internal texts or review comments.
      statusReports: {
        where: { state: "APPROVED", publicSummary: { not: "" } },
        orderBy: { period: "desc" },
        select: { period: true, publicSummary: true },
      },
    },
  });
  if (!initiative) return null;
  const weights = await milestoneWeights(db, [initiative.id]);
  const { id: _id, ...rest } = initiative;
  return { ...rest, progress: initiativeProgress(initiative.status, weights.get(initiative.id) ?? NO_MILESTONES) };
}

export type PublicInitiative = NonNullable<Awaited<ReturnType<typeof getPublicInitiative>>>;
