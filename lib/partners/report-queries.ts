// The internal partner view: per partner its initiatives (with roles and committed amounts) and
// the milestones it is responsible for, with punctuality. Aggregated in SQL; a fixed number of
// queries however many partners, initiatives and milestones there are. Archived initiatives (and
// their milestones) are left out, as in the portfolio.
//
// Punctuality, the same rule as the dashboard, by the one definition of lateness
// (lib/milestones/lateness.ts and its SQL fragments): a completed milestone is on time when its
// delay is 0 or less (completed on or before its baseline date, the first plan, which never moves);
// an open one is overdue when its due date lies before today; the delay of a milestone is delayDays.
import { assertCan, type Actor } from "@/lib/authz/policy";
import { appNow, cityToday, isoDate } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Health, InitiativeStatus, PartnerKind, PartnerRole } from "@/lib/generated/prisma/enums";
import { delayDaysSql, milestoneLateness, overdueSql } from "@/lib/milestones/lateness";

const M = Prisma.sql`m`;

export type Punctuality = {
  /** Milestones the partner is responsible for. */
  responsible: number;
  completed: number;
  /** Completed with no delay (on or before the baseline date). */
  onTime: number;
  /** Open milestones overdue today (isOverdue). */
  overdue: number;
};

export type PartnerSummaryRow = Punctuality & {
  id: string;
  slug: string;
  name: string;
  kind: PartnerKind;
  /** Distinct initiatives the partner takes part in. */
  initiatives: number;
  /** Sum of committed amounts over all its roles, exact ("1234.50"). */
  committed: string;
};

/** Share of completed milestones done on time, in [0, 1]; null when none is completed. */
export function onTimeShare(p: Pick<Punctuality, "completed" | "onTime">): number | null {
  return p.completed === 0 ? null : p.onTime / p.completed;
}

type SummarySql = Omit<PartnerSummaryRow, keyof Punctuality | "initiatives"> & { initiatives: number; responsible: number; completed: number; on_time: number; overdue: number };

/** Every partner with its counts, by name. One query. */
export async function listPartnerSummaries(db: Db, viewer: Actor | null | undefined, today: string = cityToday(appNow())): Promise<PartnerSummaryRow[]> {
  assertCan(viewer, "portfolio.read");
  const rows = await db.$queryRaw<SummarySql[]>`
    WITH roles AS (
      SELECT ip.partner_id, COUNT(DISTINCT ip.initiative_id)::int AS initiatives, SUM(ip.committed_amount) AS committed
      FROM initiative_partners ip JOIN initiatives i ON i.id = ip.initiative_id AND i.archived_at IS NULL
      GROUP BY ip.partner_id
    ), ms AS (
      SELECT m.responsible_partner_id AS partner_id,
        COUNT(*)::int AS responsible,
        COUNT(m.completed_date)::int AS completed,
        COUNT(*) FILTER (WHERE m.completed_date IS NOT NULL AND ${delayDaysSql(today, M)} <= 0)::int AS on_time,
        COUNT(*) FILTER (WHERE ${overdueSql(today, M)})::int AS overdue
      FROM milestones m JOIN initiatives i ON i.id = m.initiative_id AND i.archived_at IS NULL
      WHERE m.responsible_partner_id IS NOT NULL
      GROUP BY m.responsible_partner_id
    )
    SELECT p.id::text AS id, p.slug, p.name, p.kind::text AS kind,
      COALESCE(roles.initiatives, 0) AS initiatives,
      COALESCE(roles.committed, 0)::numeric(16, 2)::text AS committed,
      COALESCE(ms.responsible, 0) AS responsible, COALESCE(ms.completed, 0) AS completed,
      COALESCE(ms.on_time, 0) AS on_time, COALESCE(ms.overdue, 0) AS overdue
    FROM partners p
    LEFT JOIN roles ON roles.partner_id = p.id
    LEFT JOIN ms ON ms.partner_id = p.id
    ORDER BY p.name, p.id`;
  return rows.map(({ on_time, ...r }) => ({ ...r, onTime: on_time }));
}

export type PartnerRoleRow = {
  initiativeCode: string;
  initiativeTitle: string;
  status: InitiativeStatus;
  health: Health;
  role: PartnerRole;
  contribution: string;
  /** Exact decimal string; null when no amount was committed. */
  committed: string | null;
};

export type PartnerMilestoneRow = {
  id: string;
  title: string;
  initiativeCode: string;
  initiativeTitle: string;
  baselineDate: string;
  forecastDate: string;
  completedDate: string | null;
  /** delayDays (lib/milestones/lateness.ts): completion minus baseline once done, else the later of forecast and today minus baseline (never negative). */
  delayDays: number;
  overdue: boolean;
  /** Days since the due date while overdue, else 0. */
  overdueDays: number;
};

/** One partner by slug with its roles, milestones and totals; null when there is none. Four queries. */
export async function getPartnerReport(db: Db, viewer: Actor | null | undefined, slug: string, today: string = cityToday(appNow())) {
  assertCan(viewer, "portfolio.read");
  const partner = await db.partner.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, kind: true, website: true, description: true } });
  if (!partner) return null;
  const [roles, milestones, [totals]] = await Promise.all([
    db.$queryRaw<(Omit<PartnerRoleRow, "initiativeCode" | "initiativeTitle"> & { code: string; title: string })[]>`
      SELECT i.code, i.title, i.status::text AS status, i.health::text AS health, ip.role::text AS role, ip.contribution,
        ip.committed_amount::text AS committed
      FROM initiative_partners ip JOIN initiatives i ON i.id = ip.initiative_id AND i.archived_at IS NULL
      WHERE ip.partner_id = ${partner.id}::uuid
      ORDER BY i.code, ip.role`,
    db.$queryRaw<{ id: string; title: string; code: string; initiative_title: string; baseline: Date; forecast: Date; completed: Date | null }[]>`
      SELECT m.id::text AS id, m.title, i.code, i.title AS initiative_title,
        m.baseline_date AS baseline, m.forecast_date AS forecast, m.completed_date AS completed
      FROM milestones m JOIN initiatives i ON i.id = m.initiative_id AND i.archived_at IS NULL
      WHERE m.responsible_partner_id = ${partner.id}::uuid
      ORDER BY COALESCE(m.completed_date, m.forecast_date), i.code, m.sort_order`,
    db.$queryRaw<{ committed: string; initiatives: number; responsible: number; completed: number; on_time: number; overdue: number; mean_delay: number | null }[]>`
      SELECT
        (SELECT COALESCE(SUM(ip.committed_amount), 0)::numeric(16, 2)::text FROM initiative_partners ip
           JOIN initiatives i ON i.id = ip.initiative_id AND i.archived_at IS NULL WHERE ip.partner_id = ${partner.id}::uuid) AS committed,
        (SELECT COUNT(DISTINCT ip.initiative_id)::int FROM initiative_partners ip
           JOIN initiatives i ON i.id = ip.initiative_id AND i.archived_at IS NULL WHERE ip.partner_id = ${partner.id}::uuid) AS initiatives,
        COUNT(m.id)::int AS responsible,
        COUNT(m.completed_date)::int AS completed,
        COUNT(m.id) FILTER (WHERE m.completed_date IS NOT NULL AND ${delayDaysSql(today, M)} <= 0)::int AS on_time,
        COUNT(m.id) FILTER (WHERE ${overdueSql(today, M)})::int AS overdue,
        AVG(${delayDaysSql(today, M)})::float8 AS mean_delay
      FROM milestones m JOIN initiatives i ON i.id = m.initiative_id AND i.archived_at IS NULL
      WHERE m.responsible_partner_id = ${partner.id}::uuid`,
  ]);
  return {
    partner,
    roles: roles.map(({ code, title, ...r }): PartnerRoleRow => ({ ...r, initiativeCode: code, initiativeTitle: title })),
    milestones: milestones.map((m): PartnerMilestoneRow => {
      const dates = { baselineDate: isoDate(m.baseline), forecastDate: isoDate(m.forecast), completedDate: m.completed ? isoDate(m.completed) : null };
      const l = milestoneLateness(dates, today);
      return { id: m.id, title: m.title, initiativeCode: m.code, initiativeTitle: m.initiative_title, ...dates, delayDays: l.delayDays!, overdue: l.overdue, overdueDays: l.overdueDays };
    }),
    totals: {
      committed: totals!.committed,
      initiatives: totals!.initiatives,
      responsible: totals!.responsible,
      completed: totals!.completed,
      onTime: totals!.on_time,
      overdue: totals!.overdue,
      /** Mean delay in days over all its milestones (delayDays, lib/milestones/lateness.ts); null without milestones. */
      meanDelayDays: totals!.mean_delay,
    },
  };
}

export type PartnerReport = NonNullable<Awaited<ReturnType<typeof getPartnerReport>>>;
