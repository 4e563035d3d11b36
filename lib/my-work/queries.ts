// "Meine Arbeit / My work" (/app): what the signed-in person should look at next, by role.
// - project leads: their initiatives with health and staleness, their milestones overdue or due
//   within 30 days, their KPI values due, and where this quarter's status report stands;
// - department heads (their department) and admins (all): reports awaiting approval, initiatives
//   whose report for the last quarter is missing, stale initiatives, overdue milestones;
// - admins also: undeliverable mails and failed jobs;
// - everyone: the initiatives they follow, with what changed since their last visit.
// Every read is scoped by the viewer in its where clause, and the number of statements does not
// grow with the portfolio. Each figure comes from its one definition: lateness.ts (overdue),
// freshness.ts via loadInitiativeHealth (stale), frequency.ts (KPI next due), obligation.ts and
// period.ts (report owed; which quarter, through the reports inbox), the reports inbox (report
// standing, awaiting review).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Health, InitiativeStatus, KpiFrequency, ReportState } from "@/lib/generated/prisma/enums";
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { addDays, appNow, cityToday, isoDate } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { staleAfterDays as staleAfterDaysFromEnv } from "@/lib/initiatives/freshness";
import { responsibleWhere } from "@/lib/initiatives/facts";
import { loadInitiativeHealth } from "@/lib/initiatives/health-suggestion";
import { nextDue } from "@/lib/kpis/frequency";
import { overdueDaysSql, overdueSql } from "@/lib/milestones/lateness";
import { getReportsInbox } from "@/lib/reports/inbox-queries";
import { reportingFacts, reportingFactsSelect, reportingRequired } from "@/lib/reports/obligation";
import { shiftPeriod } from "@/lib/reports/period";

/** Milestones and KPI values due within this many days are listed with the overdue ones. */
export const DUE_WITHIN_DAYS = 30;
/** Longer lists (an admin's, across all departments) show this many and say how many there are. */
export const LIST_LIMIT = 50;
/** The latest changes shown per followed initiative; the count says how many there are. */
export const CHANGES_SHOWN = 3;

export type MyWorkOptions = { now?: Date; staleAfterDays?: number };

/** Initiatives that are running: neither completed, cancelled nor archived (as the reminders, lib/notifications/items.ts). */
const RUNNING = Prisma.sql`i.archived_at IS NULL AND i.status NOT IN ('COMPLETED', 'CANCELLED')`;
const RUNNING_WHERE = { archivedAt: null, status: { notIn: ["COMPLETED", "CANCELLED"] } } satisfies Prisma.InitiativeWhereInput;

type InitiativeRef = { code: string; title: string };

export type WorkMilestone = {
  id: string;
  version: number;
  title: string;
  forecastDate: string;
  completedDate: null;
  overdue: boolean;
  overdueDays: number;
  initiative: InitiativeRef & { departmentCode: string };
  /** The viewer may mark it done or move it (milestone.progress on its initiative). */
  editable: boolean;
};

type MilestoneRow = {
  id: string;
  version: number;
  title: string;
  forecast: string;
  overdue: boolean;
  overdue_days: number;
  code: string;
  initiative_title: string;
  department_code: string;
  department_id: string;
  lead_ids: string[];
  deputy_ids: string[];
  editor_ids: string[];
  total: bigint;
};

/** Open milestones of running initiatives matching `scope`, overdue or (with `dueBy`) due by that day; the first LIST_LIMIT and the total. */
async function openMilestones(db: Db, viewer: Actor, scope: Prisma.Sql, today: string, dueBy: string | null) {
  const m = Prisma.sql`m`;
  const due = dueBy ? Prisma.sql`(${overdueSql(today, m)} OR (m.completed_date IS NULL AND m.forecast_date <= ${dueBy}::date))` : overdueSql(today, m);
  const rows = await db.$queryRaw<MilestoneRow[]>`
    SELECT m.id::text AS id, m.version, m.title, m.forecast_date::text AS forecast,
           ${overdueSql(today, m)} AS overdue, ${overdueDaysSql(today, m)}::int AS overdue_days,
           i.code, i.title AS initiative_title, d.code AS department_code, i.department_id::text AS department_id,
           ARRAY(SELECT l.user_id::text FROM initiative_leads l WHERE l.initiative_id = i.id) AS lead_ids,
           ARRAY(SELECT im.user_id::text FROM initiative_members im WHERE im.initiative_id = i.id AND im.role = 'DEPUTY') AS deputy_ids,
           ARRAY(SELECT im.user_id::text FROM initiative_members im WHERE im.initiative_id = i.id AND im.role = 'EDITOR') AS editor_ids,
           COUNT(*) OVER () AS total
    FROM milestones m JOIN initiatives i ON i.id = m.initiative_id JOIN departments d ON d.id = i.department_id
    WHERE ${RUNNING} AND ${scope} AND ${due}
    ORDER BY m.forecast_date, i.code, m.sort_order, m.id
    LIMIT ${LIST_LIMIT}`;
  const items: WorkMilestone[] = rows.map((r) => ({
    id: r.id,
    version: r.version,
    title: r.title,
    forecastDate: r.forecast,
    completedDate: null,
    overdue: r.overdue,
    overdueDays: r.overdue_days,
    initiative: { code: r.code, title: r.initiative_title, departmentCode: r.department_code },
    editable: can(viewer, "milestone.progress", { departmentId: r.department_id, leadUserIds: r.lead_ids, deputyUserIds: r.deputy_ids, editorUserIds: r.editor_ids }),
  }));
  return { items, total: Number(rows[0]?.total ?? 0) };
}

/** Initiatives (matching `where`, an SQL condition on `i`) with health and staleness by the one definition. */
async function initiativesWithHealth(db: Db, where: Prisma.Sql, now: Date, today: string, staleAfterDays: number) {
  const rows = await loadInitiativeHealth(db, where, { now, today, staleAfterDays });
  return rows.map((r) => ({
    code: r.code,
    title: r.title,
    health: r.health,
    status: r.facts.status,
    stale: r.facts.staleness.stale,
    daysSinceChange: r.facts.staleness.days,
    suggestion: r.suggestion?.health ?? null,
  }));
}

export type WorkInitiative = Awaited<ReturnType<typeof initiativesWithHealth>>[number];

/** Initiatives the viewer is responsible for: leads, deputises or edits ("my initiatives"). */
const leadsSql = (viewer: Actor) =>
  Prisma.sql`(EXISTS (SELECT 1 FROM initiative_leads l WHERE l.initiative_id = i.id AND l.user_id = ${viewer.id}::uuid)
    OR EXISTS (SELECT 1 FROM initiative_members im WHERE im.initiative_id = i.id AND im.user_id = ${viewer.id}::uuid))`;

async function leadKpis(db: Db, viewer: Actor, today: string, dueBy: string) {
  const kpis = await db.kpi.findMany({
    where: { scope: "INITIATIVE", targetDate: { gte: new Date(`${today}T00:00:00Z`) }, initiative: { ...RUNNING_WHERE, ...responsibleWhere(viewer.id, ["DEPUTY", "EDITOR"]) } },
    orderBy: [{ initiative: { code: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      frequency: true,
      baselineDate: true,
      initiative: { select: { code: true, title: true } },
      measurements: { orderBy: { periodDate: "desc" }, take: 1, select: { periodDate: true } },
    },
  });
  return kpis
    .flatMap((k) => (k.initiative ? [{ ...k, initiative: k.initiative }] : []))
    .map((k) => {
      const last = k.measurements[0] ? isoDate(k.measurements[0].periodDate) : null;
      const next = nextDue(k.frequency as KpiFrequency, last, isoDate(k.baselineDate), today);
      return { id: k.id, name: k.name, frequency: k.frequency, initiative: k.initiative, dueDate: next.date, due: next.due, lastPeriodDate: last };
    })
    .filter((k) => k.due || k.dueDate <= dueBy)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.initiative.code.localeCompare(b.initiative.code));
}

export type WorkKpi = Awaited<ReturnType<typeof leadKpis>>[number];

/**
 * The department scope of a reviewer (admins: all; department heads: their department; others:
 * none). `sql` (stale initiatives, overdue milestones) includes the initiatives the department
 * contributes to; `where` (reports missing for approval) only those it leads, whose reports it approves.
 */
function oversightScope(viewer: Actor): { sql: Prisma.Sql; where: Prisma.InitiativeWhereInput; departmentId: string | null } | null {
  if (viewer.role === "ADMIN") return { sql: Prisma.sql`TRUE`, where: {}, departmentId: null };
  if (viewer.role === "DEPARTMENT_HEAD" && viewer.departmentId) {
    const d = viewer.departmentId;
    return {
      sql: Prisma.sql`(i.department_id = ${d}::uuid OR EXISTS (SELECT 1 FROM initiative_contributing_departments cd WHERE cd.initiative_id = i.id AND cd.department_id = ${d}::uuid))`,
      where: { departmentId: d },
      departmentId: d,
    };
  }
  return null;
}

/** A report "missing" for a period it was owed: none at all, or one not yet submitted (draft, returned). */
const MISSING_STATES: readonly ReportState[] = ["DRAFT", "RETURNED"];

async function missingReports(db: Db, where: Prisma.InitiativeWhereInput, period: string, now: Date) {
  const rows = await db.initiative.findMany({
    where: { ...where, archivedAt: null },
    orderBy: { code: "asc" },
    select: {
      code: true,
      title: true,
      ...reportingFactsSelect,
      department: { select: { code: true } },
      leads: { orderBy: { user: { name: "asc" } }, select: { user: { select: { name: true } } } },
      statusReports: { where: { period }, select: { state: true } },
    },
  });
  const missing = rows
    .filter((i) => reportingRequired(reportingFacts(i), period, now))
    .filter((i) => i.statusReports.length === 0 || MISSING_STATES.includes(i.statusReports[0]!.state))
    .map((i) => ({
      code: i.code,
      title: i.title,
      departmentCode: i.department.code,
      leads: i.leads.map((l) => l.user.name),
      state: (i.statusReports[0]?.state ?? null) as ReportState | null,
    }));
  return { items: missing.slice(0, LIST_LIMIT), total: missing.length };
}

async function adminTroubles(db: Db) {
  const failed = { status: "FAILED" } as const;
  const [mails, mailTotal, jobs] = await Promise.all([
    db.mailMessage.findMany({
      where: failed,
      orderBy: { createdAt: "desc" },
      take: LIST_LIMIT,
      select: { id: true, toAddress: true, subject: true, attempts: true, lastError: true, createdAt: true },
    }),
    db.mailMessage.count({ where: failed }),
    db.auditEvent.findMany({ where: { action: "job.failed" }, orderBy: { at: "desc" }, take: 10, select: { id: true, at: true, entityId: true, after: true } }),
  ]);
  return {
    mails: { items: mails, total: mailTotal },
    jobs: jobs.map((j) => {
      const after = (j.after ?? {}) as { summary?: unknown };
      return { id: String(j.id), at: j.at, job: j.entityId ?? "?", error: typeof after.summary === "string" ? after.summary : "" };
    }),
  };
}

export type FollowChange = { id: string; at: Date; action: string; entityType: string; subject: string | null; actorName: string | null };

export type FollowedInitiative = {
  id: string;
  code: string;
  title: string;
  health: Health;
  status: InitiativeStatus;
  seenAt: Date;
  /** Changes by others since the viewer's last visit; the latest CHANGES_SHOWN of them in `latest`. */
  changeCount: number;
  latest: FollowChange[];
};

type ChangeRow = {
  initiative_id: string;
  id: bigint;
  at: Date;
  action: string;
  entity_type: string;
  subject: string | null;
  actor_name: string | null;
  total: bigint;
};

/** The viewer's followed initiatives, each with the changes others made since the viewer last opened it. Two statements. */
export async function followedInitiatives(db: Db, viewer: Actor): Promise<FollowedInitiative[]> {
  const follows = await db.initiativeFollow.findMany({
    where: { userId: viewer.id },
    orderBy: { initiative: { code: "asc" } },
    select: { seenAt: true, initiative: { select: { id: true, code: true, title: true, health: true, status: true } } },
  });
  if (follows.length === 0) return [];
  // The viewer's own changes are not news to them; the subject is the changed part's name
  // (milestone, KPI, risk title, report period) as the audit event recorded it.
  const changes = await db.$queryRaw<ChangeRow[]>`
    SELECT c.initiative_id, c.id, c.at, c.action, c.entity_type, c.subject, c.actor_name, c.total
    FROM (
      SELECT f.initiative_id::text AS initiative_id, e.id, e.at, e.action, e.entity_type,
             COALESCE(e.after->>'title', e.before->>'title', e.after->>'name', e.before->>'name', e.after->>'period', e.before->>'period') AS subject,
             COALESCE(u.name, e.actor_label) AS actor_name,
             COUNT(*) OVER (PARTITION BY f.initiative_id) AS total,
             ROW_NUMBER() OVER (PARTITION BY f.initiative_id ORDER BY e.at DESC, e.id DESC) AS rn
      FROM initiative_follows f
      JOIN audit_events e ON e.initiative_id = f.initiative_id AND e.at > f.seen_at
      LEFT JOIN users u ON u.id = e.actor_id
      WHERE f.user_id = ${viewer.id}::uuid AND e.actor_id IS DISTINCT FROM ${viewer.id}::uuid
    ) c
    WHERE c.rn <= ${CHANGES_SHOWN}
    ORDER BY c.at DESC, c.id DESC`;
  const byInitiative = new Map<string, ChangeRow[]>();
  for (const c of changes) byInitiative.set(c.initiative_id, [...(byInitiative.get(c.initiative_id) ?? []), c]);
  return follows.map(({ seenAt, initiative }) => {
    const rows = byInitiative.get(initiative.id) ?? [];
    return {
      ...initiative,
      seenAt,
      changeCount: Number(rows[0]?.total ?? 0),
      latest: rows.map((r) => ({ id: String(r.id), at: r.at, action: r.action, entityType: r.entity_type, subject: r.subject, actorName: r.actor_name })),
    };
  });
}

/**
 * Everything "my work" shows for the viewer. Sections the viewer's role does not have are null;
 * the lead section appears for project leads and for anyone else who happens to lead an initiative.
 */
export async function getMyWork(db: Db, viewer: Actor | null, opts: MyWorkOptions = {}) {
  assertCan(viewer, "portfolio.read");
  const now = opts.now ?? appNow();
  const today = cityToday(now);
  const staleDays = opts.staleAfterDays ?? staleAfterDaysFromEnv();
  const dueBy = addDays(today, DUE_WITHIN_DAYS);
  // "This quarter" and "the last quarter" are the reports inbox's (lib/reports/period.ts), so that a
  // change there (e.g. a grace period after the quarter's end) reaches this page as well.
  const inbox = await getReportsInbox(db, viewer, now);
  const period = inbox.current;
  const lastPeriod = shiftPeriod(period, -1);
  const scope = oversightScope(viewer);
  const admin = can(viewer, "audit.read");

  const [myInitiatives, myMilestones, myKpis, missing, stale, overdue, troubles, follows, department] = await Promise.all([
    initiativesWithHealth(db, Prisma.sql`${RUNNING} AND ${leadsSql(viewer)}`, now, today, staleDays),
    openMilestones(db, viewer, leadsSql(viewer), today, dueBy),
    leadKpis(db, viewer, today, dueBy),
    scope ? missingReports(db, scope.where, lastPeriod, now) : null,
    scope ? initiativesWithHealth(db, Prisma.sql`${RUNNING} AND ${scope.sql}`, now, today, staleDays) : null,
    scope ? openMilestones(db, viewer, scope.sql, today, null) : null,
    admin ? adminTroubles(db) : null,
    followedInitiatives(db, viewer),
    scope?.departmentId ? db.department.findUnique({ where: { id: scope.departmentId }, select: { code: true } }) : null,
  ]);

  const leads = viewer.role === "PROJECT_LEAD" || myInitiatives.length > 0;
  const staleOnes = stale?.filter((i) => i.stale).sort((a, b) => (b.daysSinceChange ?? Infinity) - (a.daysSinceChange ?? Infinity) || a.code.localeCompare(b.code));
  return {
    today,
    period,
    lastPeriod,
    lead: leads
      ? {
          initiatives: myInitiatives,
          milestones: myMilestones,
          kpis: myKpis,
          // The inbox lists exactly the initiatives the viewer leads, with this and last quarter's standing.
          reports: inbox.mine,
        }
      : null,
    oversight:
      scope && missing && staleOnes && overdue
        ? {
            allDepartments: scope.departmentId === null,
            /** The head's department (for links to the portfolio filtered by it); null for all departments. */
            departmentCode: department?.code ?? null,
            toReview: inbox.toReview,
            missingReports: missing,
            stale: { items: staleOnes.slice(0, LIST_LIMIT), total: staleOnes.length },
            overdueMilestones: overdue,
          }
        : null,
    admin: troubles,
    follows,
  };
}

export type MyWork = Awaited<ReturnType<typeof getMyWork>>;
