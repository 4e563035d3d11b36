// The suggested health (Lage) of an initiative, derived from its data, beside the health a person
// sets by hand. One definition for the overview, the status form, the server-side check, the
// dashboard and the council report: the pure rule `suggestHealth`, the facts it reads and the
// queries that load those facts for any number of initiatives in a constant number of statements.
//
// Signals (each one listed as a reason, so the suggestion explains itself):
// - overdue milestones: the rule of lib/milestones/lateness.ts (isOverdue / overdueDays, and
//   overdueSql / overdueDaysSql in the database), weighted by milestone weight and by how long;
// - KPIs of the initiative off course (lib/kpis/projection.ts): the projected trend misses the
//   target by the target date ("miss"), or the target date has passed and the latest measurement
//   falls short ("overdue", also when that measurement predates the target date). A KPI with too
//   few measurements to project gives no signal;
// - staleness (lib/initiatives/freshness.ts isStale, STALE_AFTER_DAYS): only while the initiative
//   is carried out (IN_PROGRESS, ON_HOLD). A proposal or plan nobody has touched is waiting, not
//   going wrong; should its milestones fall due meanwhile, the overdue signal catches it.
//
// The rule:
// - COMPLETED and CANCELLED initiatives get no suggestion (null);
// - no signal → ON_TRACK;
// - OFF_TRACK when a milestone is overdue by more than LONG_OVERDUE_DAYS (90: a whole reporting
//   quarter missed), or milestones overdue by more than GRACE_DAYS (30) carry at least
//   OVERDUE_WEIGHT_SHARE (a third) of the open milestone weight, or signals of two or more kinds
//   (milestones, KPIs, staleness) come together;
// - any other signal → AT_RISK (so one overdue milestone, one off-course KPI, or staleness alone).
//
// The manual health stays the person's call. When it is greener than the suggestion (ON_TRACK
// better than AT_RISK better than OFF_TRACK) the person must give a reason (checked on the server
// in the initiative actions, lib/initiatives/mutations/health-check.ts), and the dashboard and the
// council report list such initiatives with the suggestion's reasons.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Health, InitiativeStatus, KpiDirection } from "@/lib/generated/prisma/enums";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { appNow, cityToday } from "@/lib/dates";
import type { Db, Tx } from "@/lib/db/client";
import { MIN_TREND_POINTS, TREND_WINDOW_DAYS, meetsTarget, projectKpi, type KpiPlan, type Point } from "@/lib/kpis/projection";
import { isOverdue, overdueDays, overdueDaysSql, overdueSql, type MilestoneDates } from "@/lib/milestones/lateness";
import { isStale, staleAfterDays as staleAfterDaysFromEnv } from "./freshness";
import { isGreener } from "./health-severity";

/** A milestone overdue by more than this many days makes the initiative OFF_TRACK on its own. */
export const LONG_OVERDUE_DAYS = 90;
/** Milestones overdue by more than this many days count towards the overdue weight share. */
export const GRACE_DAYS = 30;
/** The share of open milestone weight, overdue beyond GRACE_DAYS, that makes an initiative OFF_TRACK. */
export const OVERDUE_WEIGHT_SHARE = 1 / 3;

/** Statuses in which staleness is a signal: the initiative is being carried out. */
const STALENESS_COUNTS: readonly InitiativeStatus[] = ["IN_PROGRESS", "ON_HOLD"];
/** Statuses without a suggestion: nothing left to go wrong. */
const NO_SUGGESTION: readonly InitiativeStatus[] = ["COMPLETED", "CANCELLED"];

export { isGreener };

export type OverdueFacts = {
  /** Weight of all milestones not completed. */
  openWeight: number;
  /** Overdue milestones (lateness.ts). */
  count: number;
  /** Weight of the milestones overdue by more than GRACE_DAYS. */
  weightBeyondGrace: number;
  /** Days the longest-overdue milestone is overdue by; 0 when none is. */
  maxDays: number;
};

export type KpiVerdict = "offCourse" | "targetMissed";

export type HealthFacts = {
  status: InitiativeStatus;
  overdue: OverdueFacts;
  /** The initiative's KPIs that give a signal, by name. */
  kpis: { name: string; verdict: KpiVerdict }[];
  /** isStale of freshness.ts; `days` since the last change by a person, null when there never was one. */
  staleness: { stale: boolean; days: number | null };
};

export type HealthReason =
  | { kind: "overdueMilestones"; count: number; maxDays: number }
  | { kind: "kpiOffCourse"; kpi: string }
  | { kind: "kpiTargetMissed"; kpi: string }
  | { kind: "stale"; days: number | null };

export type HealthSuggestion = { health: Health; reasons: HealthReason[] };

/** The overdue facts of a list of milestones, by the rules of lateness.ts (the SQL below says the same). */
export function overdueFacts(milestones: (MilestoneDates & { weight: number })[], today: string): OverdueFacts {
  const facts: OverdueFacts = { openWeight: 0, count: 0, weightBeyondGrace: 0, maxDays: 0 };
  for (const m of milestones) {
    if (m.completedDate === null) facts.openWeight += m.weight;
    if (!isOverdue(m, today)) continue;
    const days = overdueDays(m, today);
    facts.count += 1;
    if (days > GRACE_DAYS) facts.weightBeyondGrace += m.weight;
    facts.maxDays = Math.max(facts.maxDays, days);
  }
  return facts;
}

/** A KPI's signal: its projection misses the target, or the target date has passed without the target met; else null. */
export function kpiVerdict(plan: KpiPlan, measurements: Point[], today: string): KpiVerdict | null {
  const latest = measurements.reduce<Point | null>((a, m) => (a === null || m.date > a.date ? m : a), null);
  if (latest && plan.target.date < today && !meetsTarget(plan.direction, latest.value, plan.target.value)) return "targetMissed";
  const projection = projectKpi(plan, measurements);
  if (projection.kind === "overdue") return "targetMissed";
  if (projection.kind === "miss") return "offCourse";
  return null;
}

/**
 * The suggested health by the rule of the module comment; null for completed and cancelled
 * initiatives. `disregardStaleness` leaves staleness out: a person saving the health right now
 * is a change by a person, so after that save the initiative is no longer stale.
 */
export function suggestHealth(facts: HealthFacts, { disregardStaleness = false }: { disregardStaleness?: boolean } = {}): HealthSuggestion | null {
  if (NO_SUGGESTION.includes(facts.status)) return null;
  const { overdue } = facts;
  const reasons: HealthReason[] = [];
  let kinds = 0;
  if (overdue.count > 0) {
    reasons.push({ kind: "overdueMilestones", count: overdue.count, maxDays: overdue.maxDays });
    kinds += 1;
  }
  const kpis = [...facts.kpis].sort((a, b) => a.name.localeCompare(b.name, "de"));
  for (const k of kpis) reasons.push(k.verdict === "offCourse" ? { kind: "kpiOffCourse", kpi: k.name } : { kind: "kpiTargetMissed", kpi: k.name });
  if (kpis.length > 0) kinds += 1;
  if (!disregardStaleness && facts.staleness.stale && STALENESS_COUNTS.includes(facts.status)) {
    reasons.push({ kind: "stale", days: facts.staleness.days });
    kinds += 1;
  }
  if (kinds === 0) return { health: "ON_TRACK", reasons };
  const longOverdue = overdue.maxDays > LONG_OVERDUE_DAYS;
  // A division, not a product: a/b is correctly rounded, so exactly a third compares equal to 1/3.
  const heavyOverdue = overdue.openWeight > 0 && overdue.weightBeyondGrace / overdue.openWeight >= OVERDUE_WEIGHT_SHARE;
  return { health: longOverdue || heavyOverdue || kinds >= 2 ? "OFF_TRACK" : "AT_RISK", reasons };
}

/** True when the manual health is greener than the suggestion (never without a suggestion). */
export function greenerThanSuggested(health: Health, suggestion: HealthSuggestion | null): boolean {
  return suggestion !== null && isGreener(health, suggestion.health);
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The reasons as texts of the catalogues; `t` reads the namespace "healthSuggestion". */
export function healthReasonTexts(t: Translate, reasons: HealthReason[]): string[] {
  return reasons.map((r) => {
    switch (r.kind) {
      case "overdueMilestones":
        return t("reason.overdueMilestones", { count: r.count, days: r.maxDays });
      case "kpiOffCourse":
        return t("reason.kpiOffCourse", { kpi: r.kpi });
      case "kpiTargetMissed":
        return t("reason.kpiTargetMissed", { kpi: r.kpi });
      case "stale":
        return r.days === null ? t("reason.staleNever") : t("reason.stale", { days: r.days });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Loading the facts: one statement for any number of initiatives. The milestone and staleness
// facts are aggregated per initiative in the database; each KPI of the initiative comes with the
// measurements its projection reads (the last TREND_WINDOW_DAYS before the latest one, at least
// MIN_TREND_POINTS), so older measurements stay in the database.

export type HealthLoadOptions = { today?: string; now?: Date; staleAfterDays?: number };

export type InitiativeHealth = {
  id: string;
  code: string;
  title: string;
  health: Health;
  healthReason: string | null;
  facts: HealthFacts;
  suggestion: HealthSuggestion | null;
  /** The manual health is greener than the suggestion. */
  greener: boolean;
};

type KpiJson = { name: string; direction: KpiDirection; baselineValue: number; baselineDate: string; targetValue: number; targetDate: string; points: Point[] };

type FactRow = {
  id: string;
  code: string;
  title: string;
  status: InitiativeStatus;
  health: Health;
  health_reason: string | null;
  open_weight: number;
  overdue_count: number;
  weight_beyond_grace: number;
  max_overdue_days: number;
  last_change: Date | null;
  kpis: KpiJson[] | null;
};

const DAY_MS = 86_400_000;

/**
 * The health facts, suggestion and flag of every initiative matching `where` (a condition on the
 * alias `i` of initiatives, e.g. the dashboard's initiativeScope), ordered by code. One statement
 * whatever their number. No permission check: callers check theirs (the actions inside their
 * transaction, the reads below with the viewer).
 */
export async function loadInitiativeHealth(db: Db | Tx, where: Prisma.Sql, opts: HealthLoadOptions = {}): Promise<InitiativeHealth[]> {
  const now = opts.now ?? appNow();
  const today = opts.today ?? cityToday(now);
  const staleDays = opts.staleAfterDays ?? staleAfterDaysFromEnv();
  const ms = Prisma.sql`ms`;
  const rows = await db.$queryRaw<FactRow[]>`
    SELECT i.id::text AS id, i.code, i.title, i.status::text AS status, i.health::text AS health, i.health_reason,
           COALESCE(m.open_weight, 0)::int AS open_weight, COALESCE(m.overdue_count, 0)::int AS overdue_count,
           COALESCE(m.weight_beyond_grace, 0)::int AS weight_beyond_grace, COALESCE(m.max_overdue_days, 0)::int AS max_overdue_days,
           lc.at AS last_change, kp.kpis
    FROM initiatives i
    LEFT JOIN LATERAL (
      SELECT SUM(ms.weight) FILTER (WHERE ms.completed_date IS NULL) AS open_weight,
             COUNT(*) FILTER (WHERE ${overdueSql(today, ms)}) AS overdue_count,
             SUM(ms.weight) FILTER (WHERE ${overdueDaysSql(today, ms)} > ${GRACE_DAYS}) AS weight_beyond_grace,
             MAX(${overdueDaysSql(today, ms)}) AS max_overdue_days
      FROM milestones ms WHERE ms.initiative_id = i.id
    ) m ON true
    LEFT JOIN LATERAL (
      SELECT MAX(a.at) AS at FROM audit_events a WHERE a.initiative_id = i.id AND a.actor_id IS NOT NULL
    ) lc ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'name', k.name, 'direction', k.direction,
               'baselineValue', k.baseline_value::float8, 'baselineDate', k.baseline_date::text,
               'targetValue', k.target_value::float8, 'targetDate', k.target_date::text,
               'points', (
                 SELECT COALESCE(json_agg(json_build_object('date', r.period_date::text, 'value', r.value::float8) ORDER BY r.period_date), '[]'::json)
                 FROM (
                   SELECT km.period_date, km.value,
                          row_number() OVER (ORDER BY km.period_date DESC) AS rn,
                          MAX(km.period_date) OVER () AS latest
                   FROM kpi_measurements km WHERE km.kpi_id = k.id
                 ) r
                 WHERE r.rn <= ${MIN_TREND_POINTS} OR r.period_date >= r.latest - ${TREND_WINDOW_DAYS}::int
               )) ORDER BY k.name, k.id) AS kpis
      FROM kpis k WHERE k.initiative_id = i.id AND k.scope = 'INITIATIVE'
    ) kp ON true
    WHERE ${where}
    ORDER BY i.code`;

  return rows.map((r) => {
    const last = r.last_change ? new Date(r.last_change) : null;
    const kpis: HealthFacts["kpis"] = [];
    for (const k of r.kpis ?? []) {
      const plan: KpiPlan = { direction: k.direction, baseline: { date: k.baselineDate, value: k.baselineValue }, target: { date: k.targetDate, value: k.targetValue } };
      const verdict = kpiVerdict(plan, k.points, today);
      if (verdict) kpis.push({ name: k.name, verdict });
    }
    const facts: HealthFacts = {
      status: r.status,
      overdue: { openWeight: r.open_weight, count: r.overdue_count, weightBeyondGrace: r.weight_beyond_grace, maxDays: r.max_overdue_days },
      kpis,
      staleness: { stale: isStale(last, now, staleDays), days: last ? Math.floor((now.getTime() - last.getTime()) / DAY_MS) : null },
    };
    const suggestion = suggestHealth(facts);
    return { id: r.id, code: r.code, title: r.title, health: r.health, healthReason: r.health_reason, facts, suggestion, greener: greenerThanSuggested(r.health, suggestion) };
  });
}

/** One initiative's health facts and suggestion, for the internal overview; null when it does not exist. */
export async function getInitiativeHealth(db: Db, viewer: Actor | null | undefined, initiativeId: string, opts: HealthLoadOptions = {}): Promise<InitiativeHealth | null> {
  assertCan(viewer, "portfolio.read");
  const [row] = await loadInitiativeHealth(db, Prisma.sql`i.id = ${initiativeId}::uuid`, opts);
  return row ?? null;
}

/**
 * The initiatives matching `where` whose manual health is greener than the suggestion, ordered by
 * code: the flag of the dashboard and the council report. One statement whatever their number.
 */
export async function listGreenerThanSuggested(db: Db, viewer: Actor | null | undefined, where: Prisma.Sql, opts: HealthLoadOptions = {}): Promise<InitiativeHealth[]> {
  assertCan(viewer, "portfolio.read");
  return (await loadInitiativeHealth(db, where, opts)).filter((i) => i.greener);
}
