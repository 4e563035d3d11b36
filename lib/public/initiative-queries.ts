// Reads for the public initiative page, and the building blocks the other public pages share
// (which initiatives are public, their milestone weights, public KPIs). Every query selects an
// explicit list of public fields; ids are only used inside a load and never returned.
// A page costs a fixed number of queries whatever the amount of data, and none while cached.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { initiativeProgress, type MilestoneWeights } from "@/lib/initiatives/progress";
import { INITIAL_PLAN_REASON } from "@/lib/milestones/records";
import { cachedPublic } from "./cache";

export const publicInitiativeWhere = { visibility: "PUBLIC", archivedAt: null } satisfies Prisma.InitiativeWhereInput;

export const NO_MILESTONES: MilestoneWeights = { totalWeight: 0, doneWeight: 0 };

/** Milestone weights per initiative, aggregated in the database (one query for any number of initiatives). */
export async function milestoneWeights(db: Db, initiativeIds: string[]): Promise<Map<string, MilestoneWeights>> {
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

/** The public fields of a KPI (the pages and the open data select these). */
export const publicKpiSelect = {
  id: true,
  name: true,
  description: true,
  unit: true,
  valueType: true,
  direction: true,
  baselineValue: true,
  baselineDate: true,
  targetValue: true,
  targetDate: true,
  method: true,
  source: true,
} satisfies Prisma.KpiSelect;

/**
 * The public KPIs of the masterplan, a field of action or an initiative with all their
 * measurements (two queries).
 * Values are numbers for the chart and its table; notes and who recorded them stay internal.
 */
export async function loadPublicKpis(db: Db, owner: { masterplanId: string } | { initiativeId: string } | { fieldOfActionId: string }) {
  // Exactly one owner, always: an empty or undefined owner would make Prisma drop the filter and
  // return every public-flagged KPI, including those of internal initiatives.
  const owners = Object.values(owner).filter((v) => typeof v === "string" && v.length > 0);
  if (owners.length !== 1 || Object.keys(owner).length !== 1) throw new Error("loadPublicKpis needs exactly one owner id");
  const kpis = await db.kpi.findMany({
    where: {
      ...owner,
      isPublic: true,
      // A KPI of an initiative is public only while its initiative is.
      OR: [{ initiativeId: null }, { initiative: { visibility: "PUBLIC", archivedAt: null } }],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }], select: publicKpiSelect });
  if (kpis.length === 0) return [];
  const rows = await db.$queryRaw<{ kpi_id: string; period_date: Date; value: number }[]>`
    SELECT kpi_id::text AS kpi_id, period_date, value::float8 AS value
    FROM kpi_measurements
    WHERE kpi_id = ANY(${kpis.map((k) => k.id)}::uuid[])
    ORDER BY period_date`;
  return kpis.map(({ id, baselineValue, targetValue, ...kpi }) => ({
    ...kpi,
    baselineValue: baselineValue.toNumber(),
    targetValue: targetValue.toNumber(),
    measurements: rows.filter((r) => r.kpi_id === id).map((r) => ({ date: r.period_date, value: r.value })),
  }));
}

export type PublicKpi = Awaited<ReturnType<typeof loadPublicKpis>>[number];

/** Public budget lines summed per year and funding source, with the grand total (year null) last. */
async function loadPublicFunding(db: Db, initiativeId: string) {
  // Money stays exact: summed as numeric, handed over as text.
  const rows = await db.$queryRaw<{ year: number | null; funding_source: string | null; planned: string; actual: string }[]>`
    SELECT year, funding_source::text AS funding_source, SUM(planned)::text AS planned, SUM(actual)::text AS actual
    FROM budget_lines
    WHERE initiative_id = ${initiativeId}::uuid AND is_public
    GROUP BY ROLLUP ((year, funding_source))
    ORDER BY year NULLS LAST, funding_source`;
  const lines = rows.filter((r) => r.year !== null).map((r) => ({ year: r.year!, fundingSource: r.funding_source!, planned: r.planned, actual: r.actual }));
  const total = rows.find((r) => r.year === null);
  return { lines, total: lines.length > 0 && total ? { planned: total.planned, actual: total.actual } : null };
}

export async function loadPublicInitiative(db: Db, slug: string) {
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
        orderBy: [{ partner: { name: "asc" } }, { role: "asc" }],
        select: { role: true, contribution: true, partner: { select: { slug: true, name: true, website: true } } },
      },
      milestones: {
        where: { isPublic: true },
        orderBy: [{ sortOrder: "asc" }, { baselineDate: "asc" }, { id: "asc" }],
        select: {
          title: true,
          description: true,
          baselineDate: true,
          forecastDate: true,
          completedDate: true,
          // Every change of the forecast with its reason, never who reported it; the entry of
          // the first plan is no change.
          forecasts: {
            where: { reason: { not: INITIAL_PLAN_REASON } },
            orderBy: { reportedAt: "asc" },
            select: { reportedAt: true, forecastDate: true, reason: true },
          },
        },
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
  const [weights, kpis, funding] = await Promise.all([
    milestoneWeights(db, [initiative.id]),
    loadPublicKpis(db, { initiativeId: initiative.id }),
    loadPublicFunding(db, initiative.id),
  ]);
  const { id, milestones, ...rest } = initiative;
  return {
    ...rest,
    milestones: milestones.map(({ forecasts, ...m }) => ({
      ...m,
      changes: forecasts.map((f) => ({ reportedAt: f.reportedAt, forecastDate: f.forecastDate, reason: f.reason })),
    })),
    kpis,
    funding,
    progress: initiativeProgress(initiative.status, weights.get(id) ?? NO_MILESTONES),
  };
}

/** The public initiative page's data, cached until the next committed change; null unless public. */
export function getPublicInitiative(db: Db, slug: string) {
  return cachedPublic(db, `initiative:${slug}`, () => loadPublicInitiative(db, slug));
}

export type PublicInitiative = NonNullable<Awaited<ReturnType<typeof loadPublicInitiative>>>;
