// The status reports of one demo initiative: one for every quarter it owes one, from its actual
// start (lib/reports/obligation.ts), so the demo has no gaps by accident. Health and texts
// follow from the data, not from chance: the current quarter's report has the initiative's health
// (derived from its data, demo-plan.ts deriveHealth), earlier ones the health its story had then –
// and "at risk" whenever milestones were overdue at the quarter's end (lib/milestones/lateness.ts).
// An initiative that fell silent (the stale story) has no report since: its last one carries its
// health and reason. Texts come from the pool of that health, so an initiative
// at risk or critical never reads "kommt planmäßig voran". Each quarter's report draws from its own
// stream ("VER-05/2026-Q3"), so the same quarter reads the same whichever day the demo is seeded.
import { randomUUID } from "node:crypto";
import type { Health, Prisma, ReportState } from "@/lib/generated/prisma/client";
import { periodInstants } from "@/lib/reports/period";
import { HEALTH_TEXT, REPORT_TEXT } from "./demo-data";
import type { InitiativeSpec } from "./demo-initiatives";
import { fillMilestone, standing, type InitiativePlan } from "./demo-plan";
import { stream, type Rng } from "./demo-random";
import { DAY, HOUR, addDays, dayOf, maxD, minD, quarterAt } from "./large-util";

/** Health of the report three (and more), two, one quarter(s) ago and now, for an initiative with this health now. */
const HISTORY: Record<Health, Health[]> = {
  ON_TRACK: ["ON_TRACK", "ON_TRACK", "ON_TRACK", "ON_TRACK"],
  AT_RISK: ["ON_TRACK", "ON_TRACK", "AT_RISK", "AT_RISK"],
  OFF_TRACK: ["ON_TRACK", "AT_RISK", "AT_RISK", "OFF_TRACK"],
};

/** A finished quarter may end with a milestone this many days overdue and still be on track (saying so). */
const BRIEFLY_OVERDUE_DAYS = 14;
/** A finished quarter's report is submitted 4–14 days after its end and reviewed 1–9 days later (work hours): within this many days. */
const REVIEWED_WITHIN = 24;

export type ReportContext = {
  now: Date;
  today: Date;
  initiativeId: string;
  leads: string[];
  reviewerId: string;
  /** Name of the first partner, or a stand-in ("den beteiligten Fachämtern"). */
  firstPartner: string;
  /** Open risks as report lines. */
  openRisks: string[];
  /** The workflow state of the next current-quarter report (the demo spreads them over all states). */
  nextCurrentState: () => ReportState;
};

type Texts = { t: string; p: string; m?: string };
const fill = (tpl: string, ctx: Texts) => tpl.replace(/\{t\}/g, ctx.t).replace(/\{m\}/g, ctx.m ?? "").replace(/\{p\}/g, ctx.p);
const usable = (xs: string[], hasMilestone: boolean) => xs.filter((x) => hasMilestone || !x.includes("{m}"));
const workTime = (day: Date, r: Rng) => new Date(dayOf(day).getTime() + r.int(8, 16) * HOUR + r.int(0, 59) * 60_000);
const past = (t: Date, now: Date, marginH = 1) => minD(t, new Date(now.getTime() - marginH * HOUR));

/** Pools of report summaries and public summaries for a health; "on plan" texts only when nothing has moved. */
function pools(health: Health, shifted: boolean, paused: boolean): { summary: string[]; public: string[] } {
  if (paused) return { summary: [REPORT_TEXT.summaryPaused], public: REPORT_TEXT.publicPaused };
  if (health === "AT_RISK") return { summary: REPORT_TEXT.summaryAtRisk, public: REPORT_TEXT.publicAtRisk };
  if (health === "OFF_TRACK") return { summary: REPORT_TEXT.summaryOffTrack, public: REPORT_TEXT.publicOffTrack };
  if (shifted) return { summary: REPORT_TEXT.summaryOnTrackShifted, public: REPORT_TEXT.publicNeutral };
  return { summary: REPORT_TEXT.summaryOnTrack, public: [...REPORT_TEXT.publicOnTrack, ...REPORT_TEXT.publicNeutral] };
}

export type ReportRow = Prisma.StatusReportCreateManyInput & { id: string; createdAt: Date };

export function buildReports(spec: InitiativeSpec, plan: InitiativePlan, ctx: ReportContext): ReportRow[] {
  const { now, today } = ctx;
  if (!plan.actualStart) return [];
  const rows: ReportRow[] = [];
  const endLimit = spec.status === "COMPLETED" ? plan.actualEnd : spec.status === "CANCELLED" ? plan.stopDate : null;
  // Reported before the initiative fell silent: a finished quarter's report is reviewed within
  // REVIEWED_WITHIN days of the quarter's end (see below); the current quarter's is recent.
  const silent = plan.silentSince;
  const reportedBy = (qi: number) => !silent || (qi < 0 && addDays(quarterAt(today, qi).end, REVIEWED_WITHIN) <= silent);
  const quarterIndex = (d: Date) => d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3);
  for (let qi = quarterIndex(plan.actualStart) - quarterIndex(today); qi <= 0; qi++) {
    const q = quarterAt(today, qi);
    if (plan.actualStart > q.end || (endLimit && endLimit < q.start)) continue;
    const current = qi === 0;
    // Every current report takes its workflow state, so a silent initiative does not shift the others'.
    const state: ReportState = current ? ctx.nextCurrentState() : "APPROVED";
    if (!reportedBy(qi)) continue;
    const lastBeforeSilence = silent !== null && !reportedBy(qi + 1);
    const r = stream(`${spec.code}/${q.period}`);
    const paused = plan.stopDate !== null && spec.status === "ON_HOLD" && plan.stopDate <= q.end;

    // Health: now, the initiative's; before, its story's – but at risk when a milestone was more than
    // two weeks overdue at the quarter's end, and with the reason when it was only days.
    const asOf = current ? standing(plan.milestones, today, today) : standing(plan.milestones, q.end, addDays(q.end, 1));
    let health: Health;
    let reason: string | null;
    if (current || lastBeforeSilence) {
      health = plan.health;
      reason = plan.healthReason;
    } else {
      health = HISTORY[plan.health][Math.max(0, qi + 3)]!;
      reason = null;
      const worst = asOf.overdue[0];
      if (health === "ON_TRACK" && worst) {
        if (worst.days <= BRIEFLY_OVERDUE_DAYS)
          reason = fillMilestone(spec.story?.lateOnTrack ?? HEALTH_TEXT.brieflyOverdueAtQuarterEnd, worst.title);
        else {
          health = "AT_RISK";
          reason = fillMilestone(HEALTH_TEXT.overdueAtQuarterEnd, worst.title);
        }
      }
    }
    if (paused && health === "ON_TRACK") health = "AT_RISK";

    const done = plan.milestones.filter((m) => m.completed && m.completed >= q.start && m.completed <= q.end);
    const next = plan.milestones.find((m) => !m.completed || m.completed > q.end);
    const texts: Texts = { t: spec.title, p: ctx.firstPartner, m: done[0]?.title };
    const pool = pools(health, asOf.shifted, paused);

    let summary = fill(r.pick(pool.summary), texts);
    if (paused) summary = `${summary} ${spec.healthReason ?? ""}`.trim();
    else if (reason) summary += ` ${reason}`;
    const achievements = [...done.map((m) => `- Meilenstein „${m.title}“ erreicht.`), `- ${fill(r.pick(usable(REPORT_TEXT.achievements, false)), texts)}`].join("\n");
    const nextSteps = [
      ...(next ? [`- ${fill("Vorbereitung von „{m}“.", { ...texts, m: next.title })}`] : []),
      `- ${fill(r.pick(usable(REPORT_TEXT.nextSteps, false)), texts)}`,
    ].join("\n");
    const risks = ctx.openRisks.length > 0 && (health !== "ON_TRACK" || r.chance(0.5)) ? ctx.openRisks.join("\n") : r.pick(REPORT_TEXT.noRisks);
    const publicText = fill(r.pick(usable(pool.public, done.length > 0)), texts);
    const reviewComment = state === "RETURNED" ? fill(r.pick(REPORT_TEXT.returned), { ...texts, m: next?.title ?? plan.milestones[0]!.title }) : null;

    // When it was written, submitted and reviewed: a finished quarter's report in the weeks after it;
    // the current one between the quarter's first moment in the city and now.
    let createdAt: Date;
    let submittedAt: Date | null = null;
    let reviewedAt: Date | null = null;
    if (current) {
      const begin = periodInstants(q.period).start;
      const latest = new Date(now.getTime() - 6 * HOUR);
      createdAt =
        latest > begin
          ? maxD(minD(workTime(maxD(addDays(q.start, 1), addDays(today, -r.int(10, 30))), r), latest), begin)
          : new Date(begin.getTime() + (now.getTime() - begin.getTime()) * 0.2); // the quarter began only hours ago
      if (state !== "DRAFT") submittedAt = new Date(createdAt.getTime() + (now.getTime() - createdAt.getTime()) * (0.3 + r.next() * 0.3));
      if (submittedAt && (state === "APPROVED" || state === "RETURNED")) reviewedAt = new Date(submittedAt.getTime() + (now.getTime() - submittedAt.getTime()) * (0.3 + r.next() * 0.5));
    } else {
      submittedAt = past(workTime(addDays(q.end, r.int(4, 14)), r), now, 2);
      reviewedAt = past(maxD(workTime(addDays(submittedAt, r.int(1, 9)), r), new Date(submittedAt.getTime() + HOUR / 2)), now);
      createdAt = new Date(submittedAt.getTime() - r.int(3, 12) * DAY);
    }
    const publicSummary = state === "DRAFT" && r.chance(0.5) ? "" : publicText;

    rows.push({
      id: randomUUID(),
      initiativeId: ctx.initiativeId,
      period: q.period,
      health,
      summary,
      achievements,
      nextSteps,
      risks,
      publicSummary,
      state,
      submittedById: submittedAt ? ctx.leads[qi === -1 && ctx.leads.length > 1 ? 1 : 0]! : null,
      submittedAt,
      reviewedById: reviewedAt ? ctx.reviewerId : null,
      reviewedAt,
      reviewComment,
      createdAt,
    });
  }
  return rows;
}
