// Reads for the public initiative page, and the building blocks the other public pages share
// (which initiatives are public, their milestone figures, public KPIs). Every query selects an
// explicit list of public fields; ids are only used inside a load and never returned.
// A page costs a fixed number of queries whatever the amount of data, and none while cached.
//
// Public progress is the one formula (lib/initiatives/progress.ts) over the PUBLIC milestones only:
// a citizen can check it against the milestones the page lists, and the open data (which reads
// the same figures) gives the same number. The page says when internal milestones are left out.
// Overdue comes from lib/milestones/lateness.ts, on the city's calendar day.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { cityToday, isoDate } from "@/lib/dates";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { initiativeProgress, type MilestoneWeights } from "@/lib/initiatives/progress";
import { initiativeHeadSelect, initiativePeriodSelect } from "@/lib/initiatives/head-select";
import { kpiTargetSelect } from "@/lib/kpis/queries";
import { milestoneLateness, overdueSql, type MilestoneDates } from "@/lib/milestones/lateness";
import { INITIAL_PLAN_REASON } from "@/lib/milestones/records";
import { cachedPublic } from "./cache";

export const publicInitiativeWhere = { visibility: "PUBLIC", archivedAt: null } satisfies Prisma.InitiativeWhereInput;

/** An initiative's optional English texts (public wherever the German ones are). */
export const publicInitiativeEnglishSelect = {
  titleEn: true,
  summaryEn: true,
  descriptionEn: true,
  plainLanguageSummaryEn: true,
} satisfies Prisma.InitiativeSelect;

export const NO_MILESTONES: MilestoneWeights = { totalWeight: 0, doneWeight: 0 };

/** What the public pages show about an initiative's milestones and upkeep. */
export type InitiativeFigures = {
  /** Weights of the public milestones (progress counts these only). */
  weights: MilestoneWeights;
  /** Number of public milestones, and of all milestones (the internal ones are only counted). */
  publicMilestones: number;
  allMilestones: number;
  /** Public milestones overdue on `today` (lateness.ts). */
  overdueMilestones: number;
  /** The city's calendar day of the last change anyone made to the initiative or its parts; null when nobody has. */
  lastUpdated: string | null;
};

export const NO_FIGURES: InitiativeFigures = { weights: NO_MILESTONES, publicMilestones: 0, allMilestones: 0, overdueMilestones: 0, lastUpdated: null };

/**
 * The milestone aggregates per initiative as an SQL select (table alias `m`; the caller adds WHERE
 * and GROUP BY m.initiative_id): public weights, public and all counts, public overdue milestones.
 */
export function publicMilestoneAggregatesSql(today: string): Prisma.Sql {
  const m = Prisma.sql`m`;
  return Prisma.sql`SELECT m.initiative_id,
           COALESCE(SUM(m.weight) FILTER (WHERE m.is_public), 0)::int AS total,
           COALESCE(SUM(m.weight) FILTER (WHERE m.is_public AND m.completed_date IS NOT NULL), 0)::int AS done,
           (COUNT(*) FILTER (WHERE m.is_public))::int AS public_count,
           COUNT(*)::int AS all_count,
           (COUNT(*) FILTER (WHERE m.is_public AND ${overdueSql(today, m)}))::int AS overdue
    FROM milestones m`;
}

/**
 * Milestone figures and the day of the last update of the given initiatives, in one query for any
 * number of them. "Last update" is the internal page's rule (lib/initiatives/edit-queries
 * lastUpdateByPerson, the portfolio's last_change): the newest audit event of the initiative or
 * any of its parts with a person as actor. Only its calendar day leaves this function.
 */
export async function publicInitiativeFigures(db: Db, initiativeIds: string[], today: string = cityToday()): Promise<Map<string, InitiativeFigures>> {
  if (initiativeIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ initiative_id: string; total: number; done: number; public_count: number; all_count: number; overdue: number; last_update: Date | null }[]>`
    SELECT x.id::text AS initiative_id,
           COALESCE(ms.total, 0)::int AS total, COALESCE(ms.done, 0)::int AS done,
           COALESCE(ms.public_count, 0)::int AS public_count, COALESCE(ms.all_count, 0)::int AS all_count,
           COALESCE(ms.overdue, 0)::int AS overdue, lu.at AS last_update
    FROM unnest(${initiativeIds}::uuid[]) AS x(id)
    LEFT JOIN (
      ${publicMilestoneAggregatesSql(today)}
      WHERE m.initiative_id = ANY(${initiativeIds}::uuid[])
      GROUP BY m.initiative_id
    ) ms ON ms.initiative_id = x.id
    LEFT JOIN (
      SELECT initiative_id, MAX(at) AS at FROM audit_events
      WHERE actor_id IS NOT NULL AND initiative_id = ANY(${initiativeIds}::uuid[])
      GROUP BY initiative_id
    ) lu ON lu.initiative_id = x.id`;
  return new Map(
    rows.map((r) => [
      r.initiative_id,
      {
        weights: { totalWeight: r.total, doneWeight: r.done },
        publicMilestones: r.public_count,
        allMilestones: r.all_count,
        overdueMilestones: r.overdue,
        lastUpdated: r.last_update ? cityToday(new Date(r.last_update)) : null,
      },
    ]),
  );
}

/** Public progress: the one formula over the public milestones' weights. */
export function publicProgress(status: InitiativeStatus, figures: InitiativeFigures | undefined): number | null {
  return initiativeProgress(status, (figures ?? NO_FIGURES).weights);
}

/** A milestone row's date columns as the calendar days lateness.ts reads. */
export function milestoneDays(m: { baselineDate: Date | null; forecastDate: Date | null; completedDate: Date | null }): MilestoneDates {
  const day = (d: Date | null) => (d ? isoDate(d) : null);
  return { baselineDate: day(m.baselineDate), forecastDate: day(m.forecastDate), completedDate: day(m.completedDate) };
}

/** What the public page says about a milestone's lateness on `today` (lateness.ts; never a second rule). */
export function publicLateness(m: MilestoneDates, today: string) {
  const { overdue, overdueDays, delayDays, noBaseline } = milestoneLateness(m, today);
  return { overdue, overdueDays, delayDays, noBaseline };
}

export type PublicLateness = ReturnType<typeof publicLateness>;

/**
 * "Sachstand": only approved status reports, only their period and public summary — never drafts,
 * internal texts or review comments (the initiative page and the open data select these).
 */
export const publicSummariesSelect = {
  where: { state: "APPROVED", publicSummary: { not: "" } },
  orderBy: { period: "desc" },
  select: { period: true, publicSummary: true },
} satisfies Prisma.Initiative$statusReportsArgs;

/** The public fields of a KPI (the pages and the open data select these): its target and how it is measured. */
export const publicKpiSelect = { ...kpiTargetSelect, nameEn: true, descriptionEn: true, unitEn: true, method: true, source: true } satisfies Prisma.KpiSelect;

/** Which KPIs are public: flagged so, and of the plan or of an initiative while that is public. */
export const publicKpiWhere = {
  isPublic: true,
  OR: [{ initiativeId: null }, { initiative: publicInitiativeWhere }],
} satisfies Prisma.KpiWhereInput;

/**
 * Every measurement of the given (public) KPIs, oldest first, in one query: period and value only —
 * notes and who recorded them stay internal.
 */
export async function loadPublicMeasurements(db: Db, kpiIds: string[]): Promise<Map<string, { date: Date; value: number }[]>> {
  const byKpi = new Map<string, { date: Date; value: number }[]>();
  if (kpiIds.length === 0) return byKpi;
  const rows = await db.$queryRaw<{ kpi_id: string; period_date: Date; value: number }[]>`
    SELECT kpi_id::text AS kpi_id, period_date, value::float8 AS value
    FROM kpi_measurements
    WHERE kpi_id = ANY(${kpiIds}::uuid[])
    ORDER BY period_date`;
  for (const r of rows) {
    const list = byKpi.get(r.kpi_id) ?? [];
    list.push({ date: r.period_date, value: r.value });
    byKpi.set(r.kpi_id, list);
  }
  return byKpi;
}

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
  const kpis = await db.kpi.findMany({ where: { ...owner, ...publicKpiWhere }, orderBy: [{ name: "asc" }, { id: "asc" }], select: publicKpiSelect });
  if (kpis.length === 0) return [];
  const measurements = await loadPublicMeasurements(db, kpis.map((k) => k.id));
  return kpis.map(({ id, baselineValue, targetValue, ...kpi }) => ({
    ...kpi,
    baselineValue: baselineValue.toNumber(),
    targetValue: targetValue.toNumber(),
    measurements: measurements.get(id) ?? [],
  }));
}

export type PublicKpi = Awaited<ReturnType<typeof loadPublicKpis>>[number];

/**
 * Public budget lines summed per year, funding source and programme (its name only: grant
 * references stay internal), with the grand total (year null) last.
 */
export async function loadPublicFunding(db: Db, initiativeId: string) {
  // Money stays exact: summed as numeric, handed over as text.
  const rows = await db.$queryRaw<{ year: number | null; funding_source: string | null; programme: string | null; planned: string; actual: string }[]>`
    SELECT b.year, b.funding_source::text AS funding_source, p.name AS programme, SUM(b.planned)::text AS planned, SUM(b.actual)::text AS actual
    FROM budget_lines b
    LEFT JOIN funding_programmes p ON p.id = b.programme_id
    WHERE b.initiative_id = ${initiativeId}::uuid AND b.is_public
    GROUP BY ROLLUP ((b.year, b.funding_source, p.name))
    ORDER BY b.year NULLS LAST, b.funding_source, p.name NULLS LAST`;
  const lines = rows
    .filter((r) => r.year !== null)
    .map((r) => ({ year: r.year!, fundingSource: r.funding_source!, programme: r.programme, planned: r.planned, actual: r.actual }));
  const total = rows.find((r) => r.year === null);
  return { lines, total: lines.length > 0 && total ? { planned: total.planned, actual: total.actual } : null };
}

/** A public milestone's fields (the initiative page, and the preview of a publication request). */
export const publicMilestoneSelect = {
  title: true,
  titleEn: true,
  description: true,
  descriptionEn: true,
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
} satisfies Prisma.MilestoneSelect;

/** The public fields of an initiative and its public parts (the page, and the preview of a publication request). */
export const publicInitiativeSelect = {
  ...initiativeHeadSelect,
  plainLanguageSummary: true,
  ...publicInitiativeEnglishSelect,
  ...initiativePeriodSelect,
  fieldOfAction: { select: { code: true, slug: true, title: true, titleEn: true, masterplan: { select: { isExample: true } } } },
  department: { select: { name: true } },
  districts: { orderBy: { district: { sortOrder: "asc" } }, select: { district: { select: { slug: true, name: true } } } },
  partners: {
    orderBy: [{ partner: { name: "asc" } }, { role: "asc" }],
    select: { role: true, contribution: true, partner: { select: { slug: true, name: true, website: true } } },
  },
  milestones: {
    where: { isPublic: true },
    orderBy: [{ sortOrder: "asc" }, { baselineDate: "asc" }, { id: "asc" }],
    select: publicMilestoneSelect,
  },
  statusReports: publicSummariesSelect,
} satisfies Prisma.InitiativeSelect;

export async function loadPublicInitiative(db: Db, slug: string, today: string = cityToday()) {
  const initiative = await db.initiative.findFirst({ where: { ...publicInitiativeWhere, slug }, select: publicInitiativeSelect });
  if (!initiative) return null;
  const [figures, kpis, funding] = await Promise.all([
    publicInitiativeFigures(db, [initiative.id], today),
    loadPublicKpis(db, { initiativeId: initiative.id }),
    loadPublicFunding(db, initiative.id),
  ]);
  const { id, milestones, ...rest } = initiative;
  const own = figures.get(id) ?? NO_FIGURES;
  return {
    ...rest,
    milestones: milestones.map(({ forecasts, ...m }) => ({
      ...m,
      lateness: publicLateness(milestoneDays(m), today),
      changes: forecasts.map((f) => ({ reportedAt: f.reportedAt, forecastDate: f.forecastDate, reason: f.reason })),
    })),
    kpis,
    funding,
    progress: publicProgress(initiative.status, own),
    // How many milestones the progress is based on: the public ones, of all (internal ones only counted).
    progressBasis: { publicMilestones: own.publicMilestones, allMilestones: own.allMilestones },
    overdueMilestones: own.overdueMilestones,
    lastUpdated: own.lastUpdated,
  };
}

/** The public initiative page's data, cached until the next committed change (or day); null unless public. */
export function getPublicInitiative(db: Db, slug: string, today: string = cityToday()) {
  return cachedPublic(db, `initiative:${slug}:${today}`, () => loadPublicInitiative(db, slug, today));
}

export type PublicInitiative = NonNullable<Awaited<ReturnType<typeof loadPublicInitiative>>>;
