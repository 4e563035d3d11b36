// "Was hat sich geändert": the public changes of a reporting period (or the latest ones, for the
// Atom feeds). Five kinds, each one tagged query: milestones done, milestone dates moved (with
// the reason given), status changes and health changes (Lage) of initiatives, newly approved
// public summaries. Only public initiatives and public milestones; never who made a change.
// Status and health changes come from the audit log through explicitly selected JSON fields
// (before/after ->> 'status' / 'health'), never its JSON. The reason given for a health change is
// public text only: the public summary of the approved report that set it, or, for a change made by
// hand, the health reason the initiative showed on its public page at that moment.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { currentPeriod, parsePeriod, periodEnd, periodInstants, periodOfDate, periodStart, shiftPeriod } from "@/lib/reports/period";
import { isoDate, appNow } from "@/lib/dates";
import { cachedPublic } from "./cache";

export type ChangeInitiative = { code: string; slug: string; title: string; titleEn: string | null };
type Base = { key: string; at: Date; initiative: ChangeInitiative };
export type PublicChange =
  | (Base & { kind: "milestoneCompleted"; milestone: string; milestoneEn: string | null; date: string })
  | (Base & { kind: "milestoneMoved"; milestone: string; milestoneEn: string | null; from: string; to: string; reason: string })
  | (Base & { kind: "statusChanged"; from: InitiativeStatus; to: InitiativeStatus })
  | (Base & { kind: "healthChanged"; from: Health; to: Health; reason: string | null })
  | (Base & { kind: "summaryApproved"; period: string; summary: string });
export type ChangeKind = PublicChange["kind"];
export const CHANGE_KINDS: ChangeKind[] = ["milestoneCompleted", "milestoneMoved", "statusChanged", "healthChanged", "summaryApproved"];

/** The audit action of a health carried over from an approved report (lib/reports/review-report.ts). */
export const HEALTH_FROM_REPORT = "initiative.health.fromReport";

/** At most this many changes of each kind on the period page; the count says how many there are. */
export const PERIOD_LIMIT_PER_KIND = 200;

type Window = { start: Date; end: Date; firstDay: Date; lastDay: Date } | null;
type Options = { window: Window; initiativeSlug?: string; limit: number };
type Row = { id: string; code: string; slug: string; initiative_title: string; initiative_title_en: string | null; total: bigint };

const isStatus = (v: string | null): v is InitiativeStatus => v !== null && (Object.values(InitiativeStatus) as string[]).includes(v);
const isHealth = (v: string | null): v is Health => v !== null && (Object.values(Health) as string[]).includes(v);
/** What every change says: its kind, a key unique among all changes (`<prefix>/<row id>`), when, and of which initiative. */
const base = <K extends ChangeKind>(kind: K, keyPrefix: string, r: Row, at: Date) => ({
  kind,
  key: `${keyPrefix}/${r.id}`,
  at,
  initiative: { code: r.code, slug: r.slug, title: r.initiative_title, titleEn: r.initiative_title_en } satisfies ChangeInitiative,
});

/** Runs the five queries; returns the changes of each kind, newest first, with the number of each kind. */
async function queryChanges(db: Db, { window, initiativeSlug, limit }: Options) {
  const only = initiativeSlug ? Prisma.sql`AND i.slug = ${initiativeSlug}` : Prisma.empty;
  const publicInitiative = Prisma.sql`i.visibility = 'PUBLIC' AND i.archived_at IS NULL ${only}`;
  // Date columns compare with calendar days (inclusive), timestamps with the period's instants [start, end).
  const onDays = (column: Prisma.Sql) =>
    window ? Prisma.sql`AND ${column} BETWEEN ${isoDate(window.firstDay)}::date AND ${isoDate(window.lastDay)}::date` : Prisma.empty;
  const atInstants = (column: Prisma.Sql) =>
    window ? Prisma.sql`AND ${column} >= ${window.start}::timestamptz AND ${column} < ${window.end}::timestamptz` : Prisma.empty;

  const [done, moved, status, health, approved] = await Promise.all([
    db.$queryRaw<(Row & { title: string; title_en: string | null; completed_date: Date })[]>`
      SELECT m.id::text AS id, m.title, m.title_en, m.completed_date, i.code, i.slug, i.title AS initiative_title, i.title_en AS initiative_title_en, COUNT(*) OVER () AS total
      FROM milestones m JOIN initiatives i ON i.id = m.initiative_id
      WHERE m.is_public AND m.completed_date IS NOT NULL AND ${publicInitiative}
        ${onDays(Prisma.sql`m.completed_date`)}
      ORDER BY m.completed_date DESC, m.id DESC LIMIT ${limit}`,
    // A move is a forecast entry with an earlier entry for the same milestone and another date; the
    // first entry is the initial plan. Who reported it is not selected.
    db.$queryRaw<(Row & { title: string; title_en: string | null; reported_at: Date; from_date: Date; to_date: Date; reason: string })[]>`
      SELECT f.id::text AS id, m.title, m.title_en, f.reported_at, prev.forecast_date AS from_date, f.forecast_date AS to_date, f.reason,
             i.code, i.slug, i.title AS initiative_title, i.title_en AS initiative_title_en, COUNT(*) OVER () AS total
      FROM milestone_forecasts f
      JOIN milestones m ON m.id = f.milestone_id
      JOIN initiatives i ON i.id = m.initiative_id
      JOIN LATERAL (
        SELECT p.forecast_date FROM milestone_forecasts p
        WHERE p.milestone_id = f.milestone_id AND (p.reported_at, p.id) < (f.reported_at, f.id)
        ORDER BY p.reported_at DESC, p.id DESC LIMIT 1
      ) prev ON true
      WHERE m.is_public AND ${publicInitiative} AND prev.forecast_date <> f.forecast_date
        ${atInstants(Prisma.sql`f.reported_at`)}
      ORDER BY f.reported_at DESC, f.id DESC LIMIT ${limit}`,
    db.$queryRaw<(Row & { at: Date; from_status: string | null; to_status: string | null })[]>`
      SELECT e.id::text AS id, e.at, e.before ->> 'status' AS from_status, e.after ->> 'status' AS to_status,
             i.code, i.slug, i.title AS initiative_title, i.title_en AS initiative_title_en, COUNT(*) OVER () AS total
      FROM audit_events e JOIN initiatives i ON i.id = e.initiative_id
      WHERE e.entity_type = 'Initiative' AND e.entity_id = i.id::text AND ${publicInitiative}
        AND (e.before ->> 'status') IS NOT NULL AND (e.after ->> 'status') IS NOT NULL
        AND (e.before ->> 'status') <> (e.after ->> 'status')
        ${atInstants(Prisma.sql`e.at`)}
      ORDER BY e.at DESC, e.id DESC LIMIT ${limit}`,
    // A health change: from an approved report (its public summary is the reason) or by hand (the
    // health reason, only if the initiative was public and not archived right after the change,
    // i.e. the text stood on its public page). Nothing else of the event or the report is selected.
    db.$queryRaw<(Row & { at: Date; from_health: string | null; to_health: string | null; reason: string | null })[]>`
      SELECT e.id::text AS id, e.at, e.before ->> 'health' AS from_health, e.after ->> 'health' AS to_health,
             CASE
               WHEN e.action = ${HEALTH_FROM_REPORT} THEN NULLIF(s.public_summary, '')
               WHEN (e.after ->> 'visibility') = 'PUBLIC' AND (e.after ->> 'archivedAt') IS NULL THEN NULLIF(e.after ->> 'healthReason', '')
             END AS reason,
             i.code, i.slug, i.title AS initiative_title, i.title_en AS initiative_title_en, COUNT(*) OVER () AS total
      FROM audit_events e JOIN initiatives i ON i.id = e.initiative_id
      LEFT JOIN status_reports s ON e.action = ${HEALTH_FROM_REPORT} AND s.id::text = (e.after ->> 'statusReportId')
        AND s.initiative_id = i.id AND s.state = 'APPROVED'
      WHERE e.entity_type = 'Initiative' AND e.entity_id = i.id::text AND ${publicInitiative}
        AND (e.before ->> 'health') IS NOT NULL AND (e.after ->> 'health') IS NOT NULL
        AND (e.before ->> 'health') <> (e.after ->> 'health')
        ${atInstants(Prisma.sql`e.at`)}
      ORDER BY e.at DESC, e.id DESC LIMIT ${limit}`,
    db.$queryRaw<(Row & { at: Date; period: string; public_summary: string })[]>`
      SELECT s.id::text AS id, COALESCE(s.reviewed_at, s.updated_at) AS at, s.period, s.public_summary,
             i.code, i.slug, i.title AS initiative_title, i.title_en AS initiative_title_en, COUNT(*) OVER () AS total
      FROM status_reports s JOIN initiatives i ON i.id = s.initiative_id
      WHERE s.state = 'APPROVED' AND s.public_summary <> '' AND ${publicInitiative}
        ${atInstants(Prisma.sql`COALESCE(s.reviewed_at, s.updated_at)`)}
      ORDER BY COALESCE(s.reviewed_at, s.updated_at) DESC, s.id DESC LIMIT ${limit}`,
  ]);

  const total = (rows: Row[]) => Number(rows[0]?.total ?? 0);
  const changes: Record<ChangeKind, PublicChange[]> = {
    milestoneCompleted: done.map((r) => ({ ...base("milestoneCompleted", "milestone-done", r, r.completed_date), milestone: r.title, milestoneEn: r.title_en, date: isoDate(r.completed_date) })),
    milestoneMoved: moved.map((r) => ({
      ...base("milestoneMoved", "milestone-moved", r, r.reported_at),
      milestone: r.title,
      milestoneEn: r.title_en,
      from: isoDate(r.from_date),
      to: isoDate(r.to_date),
      reason: r.reason,
    })),
    statusChanged: status.flatMap((r) =>
      isStatus(r.from_status) && isStatus(r.to_status) ? [{ ...base("statusChanged", "status", r, r.at), from: r.from_status, to: r.to_status }] : [],
    ),
    healthChanged: health.flatMap((r) =>
      isHealth(r.from_health) && isHealth(r.to_health) ? [{ ...base("healthChanged", "health", r, r.at), from: r.from_health, to: r.to_health, reason: r.reason }] : [],
    ),
    summaryApproved: approved.map((r) => ({ ...base("summaryApproved", "summary", r, r.at), period: r.period, summary: r.public_summary })),
  };
  const counts: Record<ChangeKind, number> = {
    milestoneCompleted: total(done),
    milestoneMoved: total(moved),
    statusChanged: total(status),
    healthChanged: total(health),
    summaryApproved: total(approved),
  };
  return { changes, counts };
}

/** The periods the page offers, newest first: from the masterplan's start (at most 10 years back) to the current one. */
export function selectablePeriods(current: string, since: string | null): string[] {
  const periods: string[] = [];
  for (let p = current; periods.length < 40; p = shiftPeriod(p, -1)) {
    periods.push(p);
    if (since && p <= since) break;
  }
  return periods;
}

async function queryPeriodChanges(db: Db, period: string, current: string) {
  const plan = await db.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { periodStart: true } });
  const since = plan ? periodOfDate(isoDate(plan.periodStart)) : null;
  const periods = selectablePeriods(current, since);
  const { start, end } = periodInstants(period);
  const window = { start, end, firstDay: periodStart(period), lastDay: periodEnd(period) };
  return { period, periods, ...(await queryChanges(db, { window, limit: PERIOD_LIMIT_PER_KIND })) };
}

/**
 * The public changes of one reporting period, by kind. An unknown or future period falls back
 * to the current one (`now` decides which that is), so a stale link still shows a page.
 */
export function loadPeriodChanges(db: Db, requested: string | undefined, now: Date = appNow()) {
  const current = currentPeriod(now);
  const period = requested && parsePeriod(requested) && requested <= current ? requested : current;
  return cachedPublic(db, `changes:${period}:${current}`, () => queryPeriodChanges(db, period, current));
}

export type PeriodChanges = Awaited<ReturnType<typeof queryPeriodChanges>>;

/** The latest `limit` public changes, all kinds merged, newest first (site-wide or for one initiative). */
export function loadLatestChanges(db: Db, { limit = 50, initiativeSlug }: { limit?: number; initiativeSlug?: string } = {}) {
  return cachedPublic(db, `latest-changes:${initiativeSlug ?? ""}:${limit}`, async () => {
    const { changes } = await queryChanges(db, { window: null, initiativeSlug, limit });
    return CHANGE_KINDS.flatMap((k) => changes[k])
      .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.key < b.key ? 1 : -1))
      .slice(0, limit);
  });
}

async function queryInitiativeRef(db: Db, slug: string): Promise<ChangeInitiative | null> {
  return db.initiative.findFirst({ where: { slug, visibility: "PUBLIC", archivedAt: null }, select: { code: true, slug: true, title: true, titleEn: true } });
}

/** Code and title of a public initiative (for its feed); null when unknown or not public. */
export function loadPublicInitiativeRef(db: Db, slug: string) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return Promise.resolve(null);
  return cachedPublic(db, `initiative-ref:${slug}`, () => queryInitiativeRef(db, slug));
}
