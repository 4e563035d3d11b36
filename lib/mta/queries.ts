// Loaders of the milestone trend analysis pages, each scoped by the viewer and with a fixed
// number of SQL queries however many initiatives, milestones or forecasts there are:
// - getInitiativeMta: one initiative's milestones with their forecast histories (few rows),
//   slips and the per-partner summary computed in lib/mta/slips.ts;
// - getFieldMta: slips per initiative and per partner aggregated in SQL for a whole field, and
//   the trend of the field's most slipped milestones.
import { assertCan, type Actor } from "@/lib/authz/policy";
import { appNow, cityToday, isoDate } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { delayDaysSql, milestoneScheduleSelect, overdueSql, slipDaysSql } from "@/lib/milestones/lateness";
import { MILESTONE_ORDER } from "@/lib/milestones/records";
import { milestoneSlip, summarizeBy, type MilestoneSlip, type SlipSummary } from "./slips";
import { axisTicks, buildTrend, squareDomain, type ReportDate, type TrendMilestone, type TrendRow } from "./trend";

export type PartnerRef = { name: string; slug: string } | null;

export type TrendChartData = {
  dates: ReportDate[];
  /** `label` is the short name on the chart and in the legend: M1, M2 … */
  rows: (TrendRow & { label: string; initiativeCode: string })[];
  domain: [number, number];
  ticks: string[];
};

const FORECAST_ORDER: Prisma.MilestoneForecastOrderByWithRelationInput[] = [{ reportedAt: "asc" }, { id: "asc" }];
const forecastSelect = { orderBy: FORECAST_ORDER, select: { reportedAt: true, forecastDate: true } as const };

type LoadedMilestone = {
  id: string;
  title: string;
  baselineDate: Date;
  forecastDate: Date;
  completedDate: Date | null;
  createdAt: Date;
  forecasts: { reportedAt: Date; forecastDate: Date }[];
};

function toTrendMilestone(m: LoadedMilestone): TrendMilestone {
  return {
    id: m.id,
    title: m.title,
    baselineDate: isoDate(m.baselineDate),
    forecastDate: isoDate(m.forecastDate),
    completedDate: m.completedDate ? isoDate(m.completedDate) : null,
    createdAt: m.createdAt,
    history: m.forecasts.map((f) => ({ reportedAt: f.reportedAt, forecastDate: isoDate(f.forecastDate) })),
  };
}

function chartData(milestones: (TrendMilestone & { initiativeCode: string })[], today: string): TrendChartData {
  const trend = buildTrend(milestones, today);
  const rows = trend.rows.map((r, i) => ({ ...r, label: `M${i + 1}`, initiativeCode: milestones[i]!.initiativeCode }));
  const domain = squareDomain(rows, trend.dates);
  return { dates: trend.dates, rows, domain, ticks: axisTicks(domain) };
}

export async function getInitiativeMta(db: Db, viewer: Actor | null | undefined, code: string, today = cityToday(appNow())) {
  assertCan(viewer, "portfolio.read");
  const initiative = await db.initiative.findUnique({
    where: { code },
    select: { id: true, code: true, title: true, fieldOfAction: { select: { code: true, title: true } } },
  });
  if (!initiative) return null;
  const loaded = await db.milestone.findMany({
    where: { initiativeId: initiative.id },
    orderBy: [...MILESTONE_ORDER],
    select: {
      ...milestoneScheduleSelect,
      createdAt: true,
      responsiblePartner: { select: { name: true, slug: true } },
      forecasts: forecastSelect,
    },
  });
  const milestones = loaded.map((m) => ({ ...toTrendMilestone(m), initiativeCode: initiative.code, partner: m.responsiblePartner as PartnerRef }));
  const chart = chartData(milestones, today);
  const slips = milestones.map((m, i) => ({ ...m, label: chart.rows[i]!.label, ...milestoneSlip(m, today) }));
  const partners = summarizeBy(slips, (m) => m.partner?.slug ?? null)
    .map(({ key, summary }) => ({ partner: slips.find((m) => (m.partner?.slug ?? null) === key)!.partner, summary }))
    .sort(byPartnerName);
  return { initiative, today, chart, milestones: slips, partners };
}

/** Partners by name, the group without a responsible partner last. */
function byPartnerName(a: { partner: PartnerRef }, b: { partner: PartnerRef }): number {
  if (!a.partner || !b.partner) return a.partner ? -1 : b.partner ? 1 : 0;
  return a.partner.name.localeCompare(b.partner.name, "de");
}

type SlipAggregateRow = { count: number; mean_slip: number | null; max_slip: number | null; slipped: number; on_time: number };

function toSummary(r: SlipAggregateRow): SlipSummary {
  return {
    count: r.count,
    meanSlipDays: r.count > 0 ? r.mean_slip : null,
    maxSlipDays: r.count > 0 ? r.max_slip : null,
    slippedCount: r.slipped,
    onTimeShare: r.count > 0 ? r.on_time / r.count : null,
  };
}

/** Default number of milestones in the field's trend chart: more lines would not stay readable. */
export const FIELD_TREND_LIMIT = 12;

const M = Prisma.sql`m`;

/**
 * The rules of lib/mta/slips.ts as SQL aggregates over milestones `m`, from the fragments of
 * lib/milestones/lateness.ts: slip = slipDaysSql; on time = no delay (delayDaysSql ≤ 0) and not overdue.
 */
function slipAggregates(today: string): Prisma.Sql {
  return Prisma.sql`count(m.id)::int AS count,
      avg(${slipDaysSql(M)})::float8 AS mean_slip,
      max(${slipDaysSql(M)})::int AS max_slip,
      count(*) FILTER (WHERE ${slipDaysSql(M)} > 0)::int AS slipped,
      count(*) FILTER (WHERE ${delayDaysSql(today, M)} <= 0 AND NOT ${overdueSql(today, M)})::int AS on_time`;
}

export async function getFieldMta(db: Db, viewer: Actor | null | undefined, code: string, today = cityToday(appNow()), limit = FIELD_TREND_LIMIT) {
  assertCan(viewer, "portfolio.read");
  const field = await db.fieldOfAction.findFirst({ where: { code }, orderBy: { createdAt: "asc" }, select: { id: true, code: true, title: true } });
  if (!field) return null;
  const initiatives = await db.$queryRaw<(SlipAggregateRow & { code: string; title: string })[]>`
    SELECT i.code, i.title, ${slipAggregates(today)}
    FROM initiatives i
    LEFT JOIN milestones m ON m.initiative_id = i.id
    WHERE i.field_of_action_id = ${field.id}::uuid AND i.archived_at IS NULL
    GROUP BY i.id, i.code, i.title
    ORDER BY max(${slipDaysSql(M)}) DESC NULLS LAST, i.code`;
  const partners = await db.$queryRaw<(SlipAggregateRow & { name: string | null; slug: string | null })[]>`
    SELECT p.name, p.slug, ${slipAggregates(today)}
    FROM milestones m
    JOIN initiatives i ON i.id = m.initiative_id
    LEFT JOIN partners p ON p.id = m.responsible_partner_id
    WHERE i.field_of_action_id = ${field.id}::uuid AND i.archived_at IS NULL
    GROUP BY p.id, p.name, p.slug
    ORDER BY p.name NULLS LAST`;
  const top = await db.$queryRaw<(Omit<LoadedMilestone, "forecasts"> & { initiative_code: string; slip: number })[]>`
    SELECT m.id, m.title, i.code AS initiative_code, m.baseline_date AS "baselineDate", m.forecast_date AS "forecastDate",
      m.completed_date AS "completedDate", m.created_at AS "createdAt",
      ${slipDaysSql(M)}::int AS slip
    FROM milestones m
    JOIN initiatives i ON i.id = m.initiative_id
    WHERE i.field_of_action_id = ${field.id}::uuid AND i.archived_at IS NULL
      AND ${slipDaysSql(M)} > 0
    ORDER BY slip DESC, m.baseline_date, m.id
    LIMIT ${limit}`;
  const forecasts = await db.milestoneForecast.findMany({
    where: { milestoneId: { in: top.map((m) => m.id) } },
    ...forecastSelect,
    select: { ...forecastSelect.select, milestoneId: true },
  });
  const trendMilestones = top.map((m) => ({
    ...toTrendMilestone({ ...m, forecasts: forecasts.filter((f) => f.milestoneId === m.id) }),
    initiativeCode: m.initiative_code,
    slipDays: m.slip,
  }));
  return {
    field,
    today,
    limit,
    initiatives: initiatives.map((r) => ({ code: r.code, title: r.title, summary: toSummary(r) })),
    partners: partners.map((r) => ({ partner: r.slug && r.name ? { name: r.name, slug: r.slug } : null, summary: toSummary(r) })),
    chart: trendMilestones.length > 0 ? chartData(trendMilestones, today) : null,
    topMilestones: trendMilestones,
  };
}

export type InitiativeMta = NonNullable<Awaited<ReturnType<typeof getInitiativeMta>>>;
export type FieldMta = NonNullable<Awaited<ReturnType<typeof getFieldMta>>>;
export type { MilestoneSlip, SlipSummary };
