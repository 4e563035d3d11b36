// The timeline of one demo initiative: planned and actual dates, milestones with their forecast
// history, and the health that follows from them. Built from the initiative's own random streams
// (demo-random.ts), relative to the seeding day, so the demo stays current whenever it is seeded.
//
// What the demo must show on any day is not left to chance (the initiative's `story`,
// demo-initiatives.ts): a running initiative at risk or critical has its last due milestone overdue
// (re-forecast to a date that has passed too, or never re-forecast, so its delay is not its slip) –
// at most GRACE_DAYS for one at risk, so that alone suggests "at risk", not "critical"; some have a
// milestone due within 30 days (one exactly today); one on-track initiative has a milestone a few days
// overdue and says why; one running initiative fell silent (stale); completed initiatives finished
// milestones early and late.
//
// Health is then read from the data with the rule the app suggests it by
// (lib/initiatives/health-suggestion.ts: overdue milestones, KPIs off course, staleness), see
// deriveHealth: the demo never shows a health greener than its data suggest, except the one
// deliberate case that says why.
import type { Health } from "@/lib/generated/prisma/client";
import { DEFAULT_STALE_AFTER_DAYS } from "@/lib/initiatives/freshness";
import { GRACE_DAYS, isGreener, overdueFacts, suggestHealth, type HealthFacts, type HealthSuggestion } from "@/lib/initiatives/health-suggestion";
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

/** An initiative's timeline: everything but its health, which follows from it (deriveHealth). */
export type Timeline = {
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
  /** The stale story: from this instant on, nobody changed the initiative (no report, no forecast, nothing). */
  silentSince: Date | null;
};

export type InitiativePlan = Timeline & {
  health: Health;
  healthReason: string | null;
  /** What the data suggest (null for completed and cancelled initiatives). */
  suggestion: HealthSuggestion | null;
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

/** The deliberate "greener than suggested" case (story.lateOnTrack) holds for a milestone at most this many days overdue. */
const LATE_ON_TRACK_DAYS = 14;

/**
 * Whether the KPI series of an initiative is generated on course (its projection meets the target by
 * the target date, lib/kpis/projection.ts): for every running or planned initiative the demo means
 * to be on track or at risk (at risk already from its overdue milestone: an off-course KPI beside it
 * would make it critical). Critical ones keep their series as their spec says (`perf`), off course.
 */
export function kpiOnCourse(spec: Pick<InitiativeSpec, "health" | "status">): boolean {
  return spec.health !== "OFF_TRACK" && spec.status !== "COMPLETED" && spec.status !== "CANCELLED";
}

/** The data's own words for the reasons of a suggestion (HEALTH_TEXT), where the initiative has none. */
function reasonText(suggestion: HealthSuggestion, worstOverdue: string | undefined): string {
  return suggestion.reasons
    .map((r) => {
      switch (r.kind) {
        case "overdueMilestones":
          return fillMilestone(HEALTH_TEXT.overdue, worstOverdue ?? "");
        case "kpiOffCourse":
          return HEALTH_TEXT.kpiOffCourse.replace("{k}", r.kpi);
        case "kpiTargetMissed":
          return HEALTH_TEXT.kpiTargetMissed.replace("{k}", r.kpi);
        case "stale":
          return HEALTH_TEXT.stale;
      }
    })
    .join(" ");
}

/**
 * The health an initiative's data support, by the app's own rule (suggestHealth over overdueFacts,
 * the KPI verdicts `kpis` from kpiVerdict, and the stale story): the health the spec means, as long
 * as the data do not suggest a worse one; then the suggestion, with the spec's reason or the data's
 * (HEALTH_TEXT). The one exception is the deliberate case `story.lateOnTrack`: on track with a
 * milestone a few days overdue, and the reason why – the dashboard's "greener than suggested" flag.
 */
export function deriveHealth(
  spec: Pick<InitiativeSpec, "status" | "health" | "healthReason" | "story">,
  timeline: Pick<Timeline, "milestones" | "silentSince">,
  kpis: HealthFacts["kpis"],
  today: Date,
): { health: Health; healthReason: string | null; suggestion: HealthSuggestion | null } {
  const facts: HealthFacts = {
    status: spec.status,
    overdue: overdueFacts(timeline.milestones.map((m) => ({ ...datesOf(m), weight: m.weight })), isoDay(today)),
    kpis,
    staleness: { stale: timeline.silentSince !== null, days: timeline.silentSince ? daysFrom(timeline.silentSince, today) : null },
  };
  const suggestion = suggestHealth(facts);
  const planned = spec.health ?? "ON_TRACK";
  const own = spec.healthReason ?? null;
  if (!suggestion || !isGreener(planned, suggestion.health)) return { health: planned, healthReason: own, suggestion };
  const worst = standing(timeline.milestones, today, today).overdue[0];
  const onlyOverdue = suggestion.reasons.every((r) => r.kind === "overdueMilestones");
  if (spec.story?.lateOnTrack && worst && worst.days <= LATE_ON_TRACK_DAYS && onlyOverdue)
    return { health: planned, healthReason: fillMilestone(spec.story.lateOnTrack, worst.title), suggestion };
  return { health: suggestion.health, healthReason: own ?? reasonText(suggestion, worst?.title), suggestion };
}

type StoryDraws = { overdueBy: number; reforecastSlip: number; neverFor: number; secondGap: number };

/** `value` drawn from [from, to], mapped linearly onto [lo, hi]. */
const rescale = (value: number, [from, to]: [number, number], [lo, hi]: [number, number]) => lo + Math.round(((value - from) * (hi - lo)) / (to - from));

/**
 * A troubled, running initiative: its last milestone due (10+ days ago) is still open and overdue, the
 * one before too if asked. For one at risk (`atRisk`) the milestone is overdue by GRACE_DAYS at most:
 * more would suggest "critical" (lib/initiatives/health-suggestion.ts).
 */
function makeOverdue(ms: MilestonePlan[], how: NonNullable<Story["overdue"]>, d: StoryDraws, today: Date, atRisk: boolean) {
  const due = ms.filter((m) => m.baseline <= addDays(today, -10));
  const last = due[due.length - 1];
  if (!last) return;
  last.completed = null;
  last.isPublic = true;
  if (how.reforecast) {
    last.forecast = addDays(today, -(atRisk ? rescale(d.overdueBy, [7, 40], [7, GRACE_DAYS]) : d.overdueBy));
    last.baseline = minD(last.baseline, addDays(last.forecast, -d.reforecastSlip));
  } else {
    last.baseline = maxD(last.baseline, addDays(today, -(atRisk ? rescale(d.neverFor, [30, 90], [10, GRACE_DAYS]) : d.neverFor)));
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

/** The forecast history of a milestone: its baseline, then one to three moves to its current forecast, all reported before `until`. */
function forecastHistory(m: MilestonePlan, h: Rng, createdAt: Date, until: Date): ForecastStep[] {
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
    reportedAt = minD(reportedAt, new Date(until.getTime() - (k - j + 1) * HOUR));
    steps.push({ reportedAt, forecastDate, reason: h.pick(SLIP_REASONS), leadIndex: j });
    prevForecast = forecastDate;
    prevReported = reportedAt;
  }
  return steps;
}

/**
 * The timeline of an initiative on the seeding day; its health follows from it and from its KPIs
 * (deriveHealth, in demo.ts once the KPI series exist).
 */
export function planInitiative(spec: InitiativeSpec, ctx: PlanContext): Timeline {
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
  // Put on hold: the milestones that fell due during the pause were re-planned beyond it (when it began, see below).
  if (spec.status === "ON_HOLD") {
    let j = 0;
    for (const m of milestones) if (m.completed === null && m.forecast <= today) m.forecast = minD(addDays(today, 60 + 45 * j++), ctx.latestEnd);
  }
  if (troubled && !story.stale && (spec.status === "IN_PROGRESS" || spec.status === "ON_HOLD"))
    makeOverdue(milestones, story.overdue ?? { count: 1, reforecast: true }, d, today, spec.health === "AT_RISK");
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
  // Fallen silent: nothing done since; what would have fallen due since was re-planned beyond today before.
  let silentSince: Date | null = null;
  if (story.stale) {
    const s = stream(`${spec.code}/stale`);
    silentSince = workTime(addDays(today, -(DEFAULT_STALE_AFTER_DAYS + s.int(20, 50))), s);
    let j = 0;
    for (const m of milestones) {
      if (m.completed && m.completed <= silentSince) continue;
      if (m.completed === null && m.forecast > today) continue;
      m.completed = null;
      m.forecast = minD(addDays(today, 21 + 35 * j++ + s.int(0, 14)), ctx.latestEnd);
    }
  }
  keepBaselinesInOrder(milestones);
  // Forecasts are reported until now – until it fell silent, or for one on hold, until two weeks into the pause.
  const reportedUntil = silentSince ?? (spec.status === "ON_HOLD" && stopDate ? minD(now, addDays(stopDate, 14)) : now);
  milestones.forEach((m, i) => (m.history = forecastHistory(m, stream(`${spec.code}/milestone-${i + 1}`), createdAt, reportedUntil)));

  const actualEnd = spec.status === "COMPLETED" ? maxD(...milestones.map((m) => m.completed!)) : null;
  return { troubled, started, plannedStart, plannedEnd, createdAt, actualStart, stopDate, actualEnd, milestones, silentSince };
}
