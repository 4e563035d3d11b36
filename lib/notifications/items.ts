// What is due today, and for whom (issue 13): the items a reminder digest and "my work" list —
// milestones overdue or due within N days, KPI values due (by each KPI's frequency), initiatives
// nobody has updated for STALE_AFTER_DAYS — each addressed along the fallback chain: the
// initiative's active project leads; when it has none, the active heads of its department; when
// none, the active admins. Each recipient learns why they got an item. A constant number of
// queries however large the portfolio; every figure comes from its one definition (lateness.ts,
// frequency.ts, freshness.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { isStale } from "@/lib/initiatives/freshness";
import { nextDue } from "@/lib/kpis/frequency";
import { overdueSql } from "@/lib/milestones/lateness";
import type { KpiFrequency, Role } from "@/lib/generated/prisma/enums";

export const DEFAULT_DUE_SOON_DAYS = 14;

export type ItemKind = "milestoneOverdue" | "milestoneDueSoon" | "kpiValueDue" | "initiativeStale";
/** Why a recipient gets an item: they lead it, or the fallback chain reached them. */
export type Via = "lead" | "departmentHead" | "admin";

export type DueItem = {
  kind: ItemKind;
  initiativeId: string;
  initiativeCode: string;
  initiativeTitle: string;
  /** What the item is about: a milestone's or a KPI's name, or the initiative's title. */
  subject: string;
  /** The day it is (or was) due; for a stale initiative, the day of the last change (null: never). */
  date: string | null;
  /** Where it is fixed, relative to APP_URL. */
  path: string;
  /** The row the item is about (milestone, KPI, initiative…): with `kind`, the item's stable identity. */
  entityId?: string;
};

export type Recipient = { userId: string; email: string; name: string; role: Role };
export type Digest = { recipient: Recipient; items: (DueItem & { via: Via })[] };

type InitiativeRow = { id: string; code: string; title: string; department_id: string; last_change: Date | null };

/** Initiatives that are running: neither completed, cancelled nor archived. */
const RUNNING = Prisma.sql`i.archived_at IS NULL AND i.status NOT IN ('COMPLETED', 'CANCELLED')`;

export async function loadDueItems(db: Db, opts: { now: Date; today?: string; dueSoonDays?: number; staleAfterDays: number }): Promise<DueItem[]> {
  const today = opts.today ?? cityToday(opts.now);
  const soon = addDays(today, opts.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
  const initiatives = await db.$queryRaw<InitiativeRow[]>`
    SELECT i.id::text AS id, i.code, i.title, i.department_id::text AS department_id, lc.at AS last_change
    FROM initiatives i
    LEFT JOIN LATERAL (SELECT MAX(a.at) AS at FROM audit_events a WHERE a.initiative_id = i.id AND a.actor_id IS NOT NULL) lc ON true
    WHERE ${RUNNING}
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
    if (isStale(i.last_change, opts.now, opts.staleAfterDays)) {
      items.push(item(i, { kind: "initiativeStale", entityId: i.id, subject: i.title, date: i.last_change ? i.last_change.toISOString().slice(0, 10) : null, path: `/app/initiatives/${encodeURIComponent(i.code)}` }));
    }
  }
  return items;
}

/** Addresses the items along the fallback chain: leads → department heads → admins (active users only). */
export async function addressItems(db: Db, items: DueItem[]): Promise<Digest[]> {
  const initiativeIds = [...new Set(items.map((i) => i.initiativeId))];
  if (initiativeIds.length === 0) return [];
  const select = { id: true, email: true, name: true, role: true } as const;
  const [leads, heads, admins, departments] = await Promise.all([
    db.initiativeLead.findMany({ where: { initiativeId: { in: initiativeIds }, user: { active: true } }, select: { initiativeId: true, user: { select } } }),
    db.user.findMany({ where: { active: true, role: "DEPARTMENT_HEAD", departmentId: { not: null } }, select: { ...select, departmentId: true } }),
    db.user.findMany({ where: { active: true, role: "ADMIN" }, select, orderBy: { email: "asc" } }),
    db.initiative.findMany({ where: { id: { in: initiativeIds } }, select: { id: true, departmentId: true } }),
  ]);
  const departmentOf = new Map(departments.map((d) => [d.id, d.departmentId]));
  const leadsOf = new Map<string, Recipient[]>();
  for (const l of leads) leadsOf.set(l.initiativeId, [...(leadsOf.get(l.initiativeId) ?? []), { userId: l.user.id, email: l.user.email, name: l.user.name, role: l.user.role }]);
  const headsOf = new Map<string, Recipient[]>();
  for (const h of heads) headsOf.set(h.departmentId!, [...(headsOf.get(h.departmentId!) ?? []), { userId: h.id, email: h.email, name: h.name, role: h.role }]);
  const adminRecipients: Recipient[] = admins.map((a) => ({ userId: a.id, email: a.email, name: a.name, role: a.role }));

  const digests = new Map<string, Digest>();
  for (const it of items) {
    const chain: [Via, Recipient[]][] = [
      ["lead", leadsOf.get(it.initiativeId) ?? []],
      ["departmentHead", headsOf.get(departmentOf.get(it.initiativeId) ?? "") ?? []],
      ["admin", adminRecipients],
    ];
    const [via, recipients] = chain.find(([, r]) => r.length > 0) ?? ["admin", []];
    for (const r of recipients) {
      const d = digests.get(r.userId) ?? { recipient: r, items: [] };
      d.items.push({ ...it, via });
      digests.set(r.userId, d);
    }
  }
  return [...digests.values()].sort((a, b) => a.recipient.email.localeCompare(b.recipient.email));
}
