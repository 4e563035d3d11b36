// What is due today, and for whom (issue 13): the items a reminder digest and "my work" list —
// milestones overdue or due within N days, KPI values due (by each KPI's frequency), initiatives
// nobody has updated for STALE_AFTER_DAYS, and the status reports: a finished quarter's report
// owed and not submitted (due at quarter end + REPORT_GRACE_DAYS, overdue after), returned to its
// authors, approved (yesterday), waiting for approval. Each is addressed to its audience: by
// default along the fallback chain — the initiative's active project leads and deputies (a deputy
// holds the lead's rights, so gets what a lead gets); when it has none, the active heads of its
// department; when none, the active admins — and reports waiting for approval
// to the department's heads, else the admins. Each recipient learns why they got an item. A
// constant number of queries however large the portfolio; every figure comes from its one
// definition (lateness.ts, frequency.ts, freshness.ts, reports/obligation.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { loadDependencyViews } from "@/lib/dependencies/views";
import { isStale } from "@/lib/initiatives/freshness";
import { nextDue } from "@/lib/kpis/frequency";
import { overdueSql } from "@/lib/milestones/lateness";
import { owedPeriods, reportDueDate, reportGraceDays, type ReportingFacts } from "@/lib/reports/obligation";
import { currentPeriod } from "@/lib/reports/period";
import type { InitiativeStatus, KpiFrequency, ReportState, Role } from "@/lib/generated/prisma/enums";

export const DEFAULT_DUE_SOON_DAYS = 14;

export type ItemKind =
  | "milestoneOverdue"
  | "milestoneDueSoon"
  | "kpiValueDue"
  | "initiativeStale"
  | "reportDue"
  | "reportReturned"
  | "reportApproved"
  | "approvalWaiting"
  | "publishApprovalWaiting"
  | "feedbackWaiting"
  | "followedChanged"
  | "dependencyAtRisk";
/** Why a recipient gets an item: they lead it or deputise, the fallback chain reached them, or they follow it. */
export type Via = "lead" | "deputy" | "departmentHead" | "admin" | "follower";
/**
 * Who an item is for: the leads (then heads, then admins), the department's heads (then admins), or
 * the reviewers of a publication request: the heads of its department and the admins together
 * (both may approve), never the person who asked.
 */
export type Audience = "leads" | "departmentHeads" | "reviewers";

export type DueItem = {
  kind: ItemKind;
  /** The milestone, KPI, status report or initiative the item is about; with kind (and period) its stable key. */
  entityId: string;
  /** The reporting quarter of a report item ("2026-Q3"). */
  period?: string;
  /** reportDue: the due day has passed. */
  overdue?: boolean;
  /** reportReturned: the reviewer's note. */
  note?: string;
  /** Default "leads". */
  audience?: Audience;
  /** reviewers: the department whose heads may decide (as the request stored it). */
  departmentId?: string | null;
  /** reviewers: who asked, and so gets no item (four eyes). */
  excludeUserId?: string | null;
  initiativeId: string;
  initiativeCode: string;
  initiativeTitle: string;
  /** What the item is about: a milestone's or a KPI's name, the initiative's title, or a report's quarter. */
  subject: string;
  /** The day it is (or was) due; for a stale initiative, the day of the last change (null: never). */
  date: string | null;
  /** Where it is fixed, relative to APP_URL. */
  path: string;
};

export type Recipient = { userId: string; email: string; name: string; role: Role };
export type Digest = { recipient: Recipient; items: (DueItem & { via: Via })[] };

/** The stable identity of an item (Notification.key): kind, entity and, for reports, the quarter. */
export const itemKey = (item: Pick<DueItem, "kind" | "entityId" | "period">): string => [item.kind, item.entityId, ...(item.period ? [item.period] : [])].join(":");

type InitiativeRow = {
  id: string;
  code: string;
  title: string;
  department_id: string;
  last_change: Date | null;
  running: boolean;
  status: InitiativeStatus;
  actual_start: Date | null;
  actual_end: Date | null;
  planned_start: Date | null;
  created_at: Date;
  plan_start: Date;
};
type ReportRow = { id: string; initiative_id: string; period: string; state: ReportState; review_comment: string | null; submitted_at: Date | null; reviewed_at: Date | null };

/** Initiatives that are running: neither completed, cancelled nor archived. */
const RUNNING = Prisma.sql`i.archived_at IS NULL AND i.status NOT IN ('COMPLETED', 'CANCELLED')`;

export async function loadDueItems(
  db: Db,
  opts: { now: Date; today?: string; dueSoonDays?: number; staleAfterDays: number; graceDays?: number },
): Promise<DueItem[]> {
  const today = opts.today ?? cityToday(opts.now);
  const soon = addDays(today, opts.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
  const graceDays = opts.graceDays ?? reportGraceDays();
  // Every initiative that is not archived: a completed one may still owe its last reports.
  const initiatives = await db.$queryRaw<InitiativeRow[]>`
    SELECT i.id::text AS id, i.code, i.title, i.department_id::text AS department_id, lc.at AS last_change,
           (i.status NOT IN ('COMPLETED', 'CANCELLED')) AS running, i.status, i.actual_start, i.actual_end, i.planned_start,
           i.created_at, mp.period_start AS plan_start
    FROM initiatives i
    JOIN fields_of_action f ON f.id = i.field_of_action_id
    JOIN masterplans mp ON mp.id = f.masterplan_id
    LEFT JOIN LATERAL (SELECT MAX(a.at) AS at FROM audit_events a WHERE a.initiative_id = i.id AND a.actor_id IS NOT NULL) lc ON true
    WHERE i.archived_at IS NULL
    ORDER BY i.code`;
  const milestones = await db.$queryRaw<{ initiative_id: string; id: string; title: string; forecast: string; overdue: boolean }[]>`
    SELECT m.initiative_id::text AS initiative_id, m.id::text AS id, m.title, m.forecast_date::text AS forecast, ${overdueSql(today, Prisma.sql`m`)} AS overdue
    FROM milestones m JOIN initiatives i ON i.id = m.initiative_id
    WHERE ${RUNNING} AND m.completed_date IS NULL AND m.forecast_date <= ${soon}::date
    ORDER BY m.forecast_date, m.title`;
  const kpis = await db.$queryRaw<{ initiative_id: string; id: string; name: string; frequency: KpiFrequency; baseline: string; last: string | null }[]>`
    SELECT k.initiative_id::text AS initiative_id, k.id::text AS id, k.name, k.frequency, k.baseline_date::text AS baseline,
           (SELECT MAX(km.period_date)::text FROM kpi_measurements km WHERE km.kpi_id = k.id) AS last
    FROM kpis k JOIN initiatives i ON i.id = k.initiative_id
    WHERE ${RUNNING} AND k.scope = 'INITIATIVE' AND k.target_date >= ${today}::date
    ORDER BY k.name`;
  const reports = await db.$queryRaw<ReportRow[]>`
    SELECT r.id::text AS id, r.initiative_id::text AS initiative_id, r.period, r.state,
           CASE WHEN r.state = 'RETURNED' THEN r.review_comment END AS review_comment, r.submitted_at, r.reviewed_at
    FROM status_reports r JOIN initiatives i ON i.id = r.initiative_id
    WHERE i.archived_at IS NULL
    ORDER BY r.period, r.id`;

  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const item = (i: InitiativeRow, rest: Omit<DueItem, "initiativeId" | "initiativeCode" | "initiativeTitle">): DueItem => ({
    initiativeId: i.id,
    initiativeCode: i.code,
    initiativeTitle: i.title,
    ...rest,
  });
  const items: DueItem[] = [];
  for (const m of milestones) {
    const i = byId.get(m.initiative_id)!;
    items.push(item(i, { kind: m.overdue ? "milestoneOverdue" : "milestoneDueSoon", entityId: m.id, subject: m.title, date: m.forecast, path: `/app/initiatives/${encodeURIComponent(i.code)}#milestones` }));
  }
  for (const k of kpis) {
    const due = nextDue(k.frequency, k.last, k.baseline, today);
    if (!due.due) continue;
    const i = byId.get(k.initiative_id)!;
    items.push(item(i, { kind: "kpiValueDue", entityId: k.id, subject: k.name, date: due.date, path: `/app/kpis/${k.id}` }));
  }
  for (const i of initiatives) {
    if (i.running && isStale(i.last_change, opts.now, opts.staleAfterDays)) {
      items.push(item(i, { kind: "initiativeStale", entityId: i.id, subject: i.title, date: i.last_change ? i.last_change.toISOString().slice(0, 10) : null, path: `/app/initiatives/${encodeURIComponent(i.code)}` }));
    }
  }
  items.push(...reportItems(initiatives, reports, { now: opts.now, today, graceDays }));
  // Pending publication requests (PUBLISH_REVIEW) of initiatives, their milestones and KPIs: for the
  // people who may approve them. A KPI of the plan has no initiative; the admins find it on
  // /app/publications through the navigation's count.
  const requests = await db.$queryRaw<{ id: string; initiative_id: string; department_id: string | null; label: string; requested_at: Date; requested_by_id: string | null }[]>`
    SELECT p.id::text AS id, p.initiative_id::text AS initiative_id, p.department_id::text AS department_id, p.label, p.requested_at,
           p.requested_by_id::text AS requested_by_id
    FROM publish_requests p JOIN initiatives i ON i.id = p.initiative_id
    WHERE p.status = 'PENDING' AND i.archived_at IS NULL
    ORDER BY p.requested_at, p.id`;
  for (const r of requests) {
    const i = byId.get(r.initiative_id);
    if (!i) continue;
    items.push(
      item(i, {
        kind: "publishApprovalWaiting",
        entityId: r.id,
        subject: r.label,
        date: cityToday(r.requested_at),
        path: "/app/publications",
        audience: "reviewers",
        departmentId: r.department_id ?? i.department_id,
        excludeUserId: r.requested_by_id,
      }),
    );
  }
  // Dependencies at risk from a predecessor's slip (lib/dependencies/slip.ts): for the successor's
  // leads, dated with the day the predecessor is now expected to be done.
  for (const d of await loadDependencyViews(db, today, { successorInitiative: { archivedAt: null, status: { notIn: ["COMPLETED", "CANCELLED"] } } })) {
    const i = byId.get(d.successor.initiativeId);
    if (!i || d.riskDays === null) continue;
    items.push(item(i, { kind: "dependencyAtRisk", entityId: d.id, subject: `${d.successor.milestoneTitle ?? d.successor.title} ← ${d.predecessor.label}`, date: d.predecessorDate, path: `/app/initiatives/${encodeURIComponent(i.code)}#dependencies` }));
  }
  // Citizens' feedback waiting for moderation: for the heads of the initiative's department (else admins).
  const feedback = await db.feedback.findMany({
    where: { status: "PENDING", initiative: { archivedAt: null } },
    select: { id: true, initiativeId: true, message: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const f of feedback) {
    const i = byId.get(f.initiativeId);
    if (!i) continue;
    const subject = f.message.length > 80 ? `${f.message.slice(0, 79)}…` : f.message;
    items.push(item(i, { kind: "feedbackWaiting", audience: "departmentHeads", entityId: f.id, subject, date: cityToday(f.createdAt), path: "/app/feedback" }));
  }
  return items;
}

/**
 * The status report items (pure): per finished quarter owed without a submitted report, reportDue
 * (due at quarter end + grace, overdue after); per returned report, reportReturned with the
 * reviewer's note; per report approved yesterday, reportApproved; per submitted report,
 * approvalWaiting for the department's heads.
 */
function reportItems(initiatives: InitiativeRow[], reports: ReportRow[], opts: { now: Date; today: string; graceDays: number }): DueItem[] {
  const { now, today, graceDays } = opts;
  const current = currentPeriod(now);
  const yesterday = addDays(today, -1);
  const byInitiative = new Map<string, ReportRow[]>();
  for (const r of reports) byInitiative.set(r.initiative_id, [...(byInitiative.get(r.initiative_id) ?? []), r]);
  const items: DueItem[] = [];
  for (const i of initiatives) {
    const base = { initiativeId: i.id, initiativeCode: i.code, initiativeTitle: i.title, path: `/app/initiatives/${encodeURIComponent(i.code)}#reports` };
    const own = byInitiative.get(i.id) ?? [];
    const facts: ReportingFacts = { status: i.status, actualStart: i.actual_start, actualEnd: i.actual_end, plannedStart: i.planned_start, createdAt: i.created_at, planStart: i.plan_start };
    for (const period of owedPeriods(facts, now)) {
      if (period >= current) continue;
      const report = own.find((r) => r.period === period);
      // A returned report has its own item; submitted and approved ones are done.
      if (report && report.state !== "DRAFT") continue;
      const date = reportDueDate(period, graceDays);
      items.push({ ...base, kind: "reportDue", entityId: i.id, period, subject: period, date, overdue: today > date });
    }
    for (const r of own) {
      const report = { ...base, entityId: r.id, period: r.period, subject: r.period };
      if (r.state === "RETURNED") items.push({ ...report, kind: "reportReturned", date: r.reviewed_at ? cityToday(r.reviewed_at) : null, note: r.review_comment ?? "" });
      if (r.state === "SUBMITTED") items.push({ ...report, kind: "approvalWaiting", audience: "departmentHeads", date: r.submitted_at ? cityToday(r.submitted_at) : null });
      if (r.state === "APPROVED" && r.reviewed_at && cityToday(r.reviewed_at) === yesterday) items.push({ ...report, kind: "reportApproved", date: yesterday });
    }
  }
  return items;
}

/**
 * Addresses the items to their audience (active users only): "leads" along the fallback chain
 * leads and deputies → department heads → admins; "departmentHeads" to the heads, else the admins.
 */
export async function addressItems(db: Db, items: DueItem[]): Promise<Digest[]> {
  const initiativeIds = [...new Set(items.map((i) => i.initiativeId))];
  if (initiativeIds.length === 0) return [];
  const select = { id: true, email: true, name: true, role: true } as const;
  const [leads, deputies, heads, admins, departments] = await Promise.all([
    db.initiativeLead.findMany({ where: { initiativeId: { in: initiativeIds }, user: { active: true } }, select: { initiativeId: true, user: { select } } }),
    db.initiativeMember.findMany({ where: { initiativeId: { in: initiativeIds }, role: "DEPUTY", user: { active: true } }, select: { initiativeId: true, user: { select } } }),
    db.user.findMany({ where: { active: true, role: "DEPARTMENT_HEAD", departmentId: { not: null } }, select: { ...select, departmentId: true } }),
    db.user.findMany({ where: { active: true, role: "ADMIN" }, select, orderBy: { email: "asc" } }),
    db.initiative.findMany({ where: { id: { in: initiativeIds } }, select: { id: true, departmentId: true } }),
  ]);
  const departmentOf = new Map(departments.map((d) => [d.id, d.departmentId]));
  // Leads and deputies together, each with why they get it.
  const leadsOf = new Map<string, (Recipient & { via: Via })[]>();
  for (const [via, rows] of [["lead", leads], ["deputy", deputies]] as const) {
    for (const l of rows) leadsOf.set(l.initiativeId, [...(leadsOf.get(l.initiativeId) ?? []), { userId: l.user.id, email: l.user.email, name: l.user.name, role: l.user.role, via }]);
  }
  const headsOf = new Map<string, Recipient[]>();
  for (const h of heads) headsOf.set(h.departmentId!, [...(headsOf.get(h.departmentId!) ?? []), { userId: h.id, email: h.email, name: h.name, role: h.role }]);
  const adminRecipients: Recipient[] = admins.map((a) => ({ userId: a.id, email: a.email, name: a.name, role: a.role }));

  const digests = new Map<string, Digest>();
  const add = (r: Recipient, it: DueItem, via: Via) => {
    const d = digests.get(r.userId) ?? { recipient: r, items: [] };
    d.items.push({ ...it, via });
    digests.set(r.userId, d);
  };
  for (const it of items) {
    if (it.audience === "reviewers") {
      const department = it.departmentId ?? departmentOf.get(it.initiativeId) ?? "";
      const reviewers: [Via, Recipient[]][] = [["departmentHead", headsOf.get(department) ?? []], ["admin", adminRecipients]];
      for (const [via, recipients] of reviewers) for (const r of recipients) if (r.userId !== it.excludeUserId) add(r, it, via);
      continue;
    }
    const chain: [Via, Recipient[]][] = [
      ...(it.audience === "departmentHeads" ? [] : [["lead", leadsOf.get(it.initiativeId) ?? []] as [Via, Recipient[]]]),
      ["departmentHead", headsOf.get(departmentOf.get(it.initiativeId) ?? "") ?? []],
      ["admin", adminRecipients],
    ];
    const [via, recipients] = chain.find(([, r]) => r.length > 0) ?? ["admin", []];
    for (const r of recipients) {
      const { via: own, ...recipient } = r as Recipient & { via?: Via };
      add(recipient, it, own ?? via);
    }
  }
  return [...digests.values()].sort((a, b) => a.recipient.email.localeCompare(b.recipient.email));
}
