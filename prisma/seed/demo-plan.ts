// The timeline of one demo initiative: planned and actual dates, milestones with their forecast
// history, and the health that follows from them. Built from the initiative's own random streams
// (demo-random.ts), relative to the seeding day, so the demo stays current whenever it is seeded.
//
// What the demo must show on any day is not left to chance (the initiative's `story`,
// demo-initiatives.ts): a running initiative at risk or critical has its last due milestone overdue
// (re-forecast to a date that has passed too, or never re-forecast, so its delay is not its slip);
// some have a milestone due within 30 days (one exactly today); one on-track initiative has a milestone
// a few days overdue and says why; completed initiatives finished milestones early and late.
// Health is then read from the milestones with the one definition of lateness (lib/milestones/lateness.ts).
import type { Health } from "@/lib/generated/prisma/client";
import { delayDays, isOverdue, overdueDays, type MilestoneDates } from "@/lib/milestones/lateness";
import { HEALTH_TEXT, MILESTONE_TEMPLATES, SLIP_REASONS } from "./demo-data";
import type { InitiativeSpec, Story } from "./demo-initiatives";
import { stream, type Rng } from "./demo-random";
import { DAY, HOUR, addDays, addMonths, dayOf, isoDay, maxD, minD } from "./large-util";

export type PlanContext = {
  /** The seeding instant. */
  now: Date;
  /** The city's calendar day of `now` (lib/dates.ts cityToday), as a date column holds it (UTC midnight). */
  today: Date;
  /** First day of today's month: the origin of the month offsets in demo-initiatives.ts. */
  month0: Date;
  /** No initiative is planned to start before this day (the masterplan began a little earlier). */
  earliestStart: Date;
  /** The masterplan's last day: no planned end or forecast goes beyond it. */
  latestEnd: Date;
};

export type ForecastStep = { reportedAt: Date; forecastDate: Date; reason: string; leadIndex: number };

export type MilestonePlan = {
  title: string;
  baseline: Date;
  forecast: Date;
  completed: Date | null;
  weight: number;
  isPublic: boolean;
  /** Whether a partner is responsible, and a draw in [0, 1) that picks which. */
  hasPartner: boolean;
  partnerDraw: number;
  /** Every forecast the milestone had, the first one ("Ausgangsplanung") being its baseline. */
  history: ForecastStep[];
};

export type InitiativePlan = {
  troubled: boolean;
  started: boolean;
  plannedStart: Date;
  plannedEnd: Date;
  createdAt: Date;
  actualStart: Date | null;
  /** When work stopped (ON_HOLD, CANCELLED). */
  stopDate: Date | null;
  actualEnd: Date | null;
  milestones: MilestonePlan[];
  health: Health;
  healthReason: string | null;
};

const daysFrom = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / DAY);
const at = (day: Date, hour: number, minute: number) => new Date(dayOf(day).getTime() + hour * HOUR + minute * 60_000);
const workTime = (day: Date, r: Rng) => at(day, r.int(8, 16), r.int(0, 59));
export const fillMilestone = (template: string, title: string) => template.replace(/\{m\}/g, title);

/** `count` titles spread over a template list, first and last always included. */
function spreadTitles(all: string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => all[Math.round((i * (all.length - 1)) / (count - 1))]!);
}

/** A milestone's dates as lib/milestones/lateness.ts reads them. */
export function datesOf(m: Pick<MilestonePlan, "baseline" | "forecast" | "completed">): MilestoneDates {
  return { baselineDate: isoDay(m.baseline), forecastDate: isoDay(m.forecast), completedDate: m.completed ? isoDay(m.completed) : null };
}

/** A milestone as it stood at the end of `day`: the forecast reported by then, completed only if done by then. */
function datesAsOf(m: MilestonePlan, day: Date): MilestoneDates {
  const until = addDays(day, 1);
  const known = m.history.filter((h) => h.reportedAt < until);
  const forecast = known.length > 0 ? known[known.length - 1]!.forecastDate : m.baseline;
  return { baselineDate: isoDay(m.baseline), forecastDate: isoDay(forecast), completedDate: m.completed && m.completed <= day ? isoDay(m.completed) : null };
}

export type Standing = {
  /** Milestones overdue, worst first. */
  overdue: { title: string; days: number }[];
  /** Some open milestone is behind its baseline (overdue, or re-forecast to a later date). */
  shifted: boolean;
};

/** How the milestones stood with the data of `dataDay`, judged on `judgeDay` (the day after a quarter's end, or today). */
export function standing(milestones: MilestonePlan[], dataDay: Date, judgeDay: Date): Standing {
  const judge = isoDay(judgeDay);
  const dates = milestones.map((m) => ({ title: m.title, d: datesAsOf(m, dataDay) }));
  const overdue = dates
    .filter((x) => isOverdue(x.d, judge))
    .map((x) => ({ title: x.title, days: overdueDays(x.d, judge) }))
    .sort((a, b) => b.days - a.days);
  const shifted = dates.some((x) => x.d.completedDate === null && (delayDays(x.d, judge) ?? 0) > 0);
  return { overdue, shifted };
}

/**
 * The health an initiative's data support: the planned health for those at risk or critical (their
 * story makes milestones overdue); otherwise on track, unless milestones are overdue – then at risk,
 * or on track with the story's reason when it is only a few days.
 */
export function deriveHealth(spec: Pick<InitiativeSpec, "health" | "healthReason" | "story">, milestones: MilestonePlan[], today: Date): { health: Health; reason: string | null } {
  const planned = spec.health ?? "ON_TRACK";
  if (planned !== "ON_TRACK") return { health: planned, reason: spec.healthReason ?? null };
  const { overdue } = standing(milestones, today, today);
  const worst = overdue[0];
  if (!worst) return { health: "ON_TRACK", reason: spec.healthReason ?? null };
  if (spec.story?.lateOnTrack && worst.days <= 14) return { health: "ON_TRACK", reason: fillMilestone(spec.story.lateOnTrack, worst.title) };
  return { health: "AT_RISK", reason: fillMilestone(HEALTH_TEXT.overdue, worst.title) };
}

type StoryDraws = { overdueBy: number; reforecastSlip: number; neverFor: number; secondGap: number };

/** A troubled, running initiative: its last milestone due (10+ days ago) is still open and overdue, the one before too if asked. */
function makeOverdue(ms: MilestonePlan[], how: NonNullable<Story["overdue"]>, d: StoryDraws, today: Date) {
  const due = ms.filter((m) => m.baseline <= addDays(today, -10));
  const last = due[due.length - 1];
  if (!last) return;
  last.completed = null;
  last.isPublic = true;
  if (how.reforecast) {
    last.forecast = addDays(today, -d.overdueBy);
    last.baseline = minD(last.baseline, addDays(last.forecast, -d.reforecastSlip));
  } else {
    last.baseline = maxD(last.baseline, addDays(today, -d.neverFor));
    last.forecast = last.baseline;
  }
  const before = how.count === 2 ? due[due.length - 2] : undefined;
  if (!before) return;
  before.completed = null;
  before.isPublic = true;
  if (how.reforecast) {
    before.forecast = addDays(last.forecast, -d.secondGap);
    before.baseline = minD(before.baseline, addDays(before.forecast, -d.reforecastSlip));
  } else {
    before.baseline = maxD(before.baseline, addDays(last.baseline, -d.secondGap - 60));
    before.forecast = before.baseline;
  }
}

/** Baselines rise with the milestones' order: an earlier one moved up against a later one steps back a week. */
function keepBaselinesInOrder(ms: MilestonePlan[]) {
  for (let i = ms.length - 2; i >= 0; i--) {
    const m = ms[i]!;
    const next = ms[i + 1]!;
    if (m.baseline >= next.baseline) m.baseline = addDays(next.baseline, -7);
  }
}

/** The forecast history of a milestone: its baseline, then one to three moves to its current forecast. */
function forecastHistory(m: MilestonePlan, h: Rng, createdAt: Date, now: Date): ForecastStep[] {
  const steps: ForecastStep[] = [{ reportedAt: createdAt, forecastDate: m.baseline, reason: "Ausgangsplanung", leadIndex: 0 }];
  const slip = daysFrom(m.baseline, m.forecast);
  if (slip <= 0) return steps;
  const k = slip > 150 ? h.int(2, 3) : slip > 60 ? h.int(1, 2) : 1;
  let prevForecast = m.baseline;
  let prevReported = createdAt;
  for (let j = 1; j <= k; j++) {
    const forecastDate = j === k ? m.forecast : addDays(m.baseline, Math.round((slip * j) / k));
    let reportedAt = workTime(addDays(prevForecast, -h.int(5, 40)), h);
    reportedAt = maxD(reportedAt, new Date(createdAt.getTime() + DAY), new Date(prevReported.getTime() + 7 * DAY));
    reportedAt = minD(reportedAt, new Date(now.getTime() - (k - j + 1) * HOUR));
    steps.push({ reportedAt, forecastDate, reason: h.pick(SLIP_REASONS), leadIndex: j });
    prevForecast = forecastDate;
    prevReported = reportedAt;
  }
  return steps;
}

export function planInitiative(spec: InitiativeSpec, ctx: PlanContext): InitiativePlan {
  const { today, month0, now } = ctx;
  const troubled = (spec.health ?? "ON_TRACK") !== "ON_TRACK";
  const started = spec.status !== "PROPOSED" && spec.status !== "PLANNED";
  // All draws first, always the same number of them: which branch a date takes never shifts the next draw.
  const r = stream(`${spec.code}/plan`);
  const d = {
    createdBeforeStart: r.int(30, 90),
    createdDaysAgo: r.int(20, 60),
    createdHour: r.int(8, 16),
    createdMinute: r.int(0, 59),
    startDelay: r.int(0, troubled ? 60 : 30),
    stopDay: r.int(0, 20),
    count: r.int(3, 7),
    overdueBy: r.int(7, 40),
    reforecastSlip: r.int(21, 90),
    neverFor: r.int(30, 90),
    secondGap: r.int(20, 60),
    dueIn: r.int(5, 28),
    lateBy: r.int(2, 10),
    earlyBy: r.int(3, 14),
    lateDone: r.int(20, 60),
  };
  const titles = spec.milestones ?? spreadTitles(MILESTONE_TEMPLATES[spec.kind], d.count);
  const draws = Array.from({ length: Math.max(7, titles.length) }, () => ({
    slip: r.next(),
    bigSlip: r.int(45, 240),
    smallSlip: r.int(20, 120),
    doneOffset: r.int(-7, 6),
    closeOffset: r.int(-3, 10),
    afterStart: r.int(5, 20),
    weight: r.int(1, 3),
    internal: r.next(),
    partner: r.next(),
    partnerPick: r.next(),
  }));

  const plannedStart = maxD(addMonths(month0, spec.start), ctx.earliestStart);
  const plannedEnd = minD(addDays(addMonths(month0, spec.start + spec.months), -1), ctx.latestEnd);
  const createdAt = at(minD(addDays(plannedStart, -d.createdBeforeStart), addDays(today, -d.createdDaysAgo)), d.createdHour, d.createdMinute);
  const actualStart = started ? minD(addDays(plannedStart, d.startDelay), addDays(today, -30)) : null;
  const stopDate = spec.stop !== undefined ? addDays(addMonths(month0, spec.stop), d.stopDay) : null;

  const span = plannedEnd.getTime() - plannedStart.getTime();
  const milestones: MilestonePlan[] = titles.map((title, i) => {
    const x = draws[i]!;
    const baseline = dayOf(new Date(plannedStart.getTime() + (span * (i + 1)) / titles.length));
    const slipped = x.slip < (started ? (troubled ? 0.55 : 0.2) : 0.08);
    const forecast = minD(slipped ? addDays(baseline, troubled ? x.bigSlip : x.smallSlip) : baseline, ctx.latestEnd);
    let completed: Date | null = null;
    if (spec.status === "COMPLETED") completed = minD(addDays(forecast, x.closeOffset), addDays(today, -1));
    else if (started && forecast <= (stopDate ?? today)) completed = minD(addDays(forecast, x.doneOffset), addDays(today, -1));
    if (completed && actualStart && completed < actualStart) completed = addDays(actualStart, x.afterStart);
    return { title, baseline, forecast, completed, weight: x.weight, isPublic: x.internal >= 0.1, hasPartner: x.partner < 0.3, partnerDraw: x.partnerPick, history: [] };
  });

  const story = spec.story ?? {};
  const firstOpen = () => milestones.find((m) => m.completed === null);
  if (troubled && (spec.status === "IN_PROGRESS" || spec.status === "ON_HOLD")) makeOverdue(milestones, story.overdue ?? { count: 1, reforecast: true }, d, today);
  if (story.dueSoon !== undefined) {
    const m = firstOpen();
    if (m) {
      m.forecast = addDays(today, story.dueSoon === 0 ? 0 : d.dueIn);
      if (m.baseline > m.forecast) m.baseline = m.forecast;
      m.isPublic = true;
    }
  }
  if (story.lateOnTrack) {
    const m = firstOpen();
    if (m) {
      m.baseline = m.forecast = addDays(today, -d.lateBy);
      m.isPublic = true;
    }
  }
  if (story.completedEarlyAndLate && milestones.length >= 2) {
    const [early, late] = milestones as [MilestonePlan, MilestonePlan];
    early.forecast = early.baseline;
    early.completed = maxD(addDays(early.baseline, -d.earlyBy), actualStart ?? early.baseline);
    late.forecast = addDays(late.baseline, d.lateDone);
    late.completed = minD(addDays(late.forecast, 2), addDays(today, -1));
  }
  keepBaselinesInOrder(milestones);
  milestones.forEach((m, i) => (m.history = forecastHistory(m, stream(`${spec.code}/milestone-${i + 1}`), createdAt, now)));

  const actualEnd = spec.status === "COMPLETED" ? maxD(...milestones.map((m) => m.completed!)) : null;
  const { health, reason } = deriveHealth(spec, milestones, today);
  return { troubled, started, plannedStart, plannedEnd, createdAt, actualStart, stopDate, actualEnd, milestones, health, healthReason: reason };
}
