// The council report's figures for a past quarter, computed from the frozen rows alone (no
// database): key figures, each report's overdue milestones and delay, the overdue list and the
// initiatives' KPI attainment, all as at the quarter's end. The rules are the live ones
// (lib/milestones/lateness.ts, lib/initiatives/progress.ts, lib/kpis/attainment.ts), applied to
// the milestone dates and KPI values the reports were approved against, so the Q2 report reads
// the same next year however the live data moved.
import { addDays, isoDate } from "@/lib/dates";
import type { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { rollUpProgress, toPercent } from "@/lib/initiatives/progress";
import { classifyAttainment, type Attainment } from "@/lib/kpis/attainment";
import { delayDays, initiativeDelayDays, isOverdue, overdueDays, type MilestoneDates } from "@/lib/milestones/lateness";
import { periodEnd, periodStart } from "@/lib/reports/period";
import type { FrozenKpi, FrozenMilestone } from "./freeze";
import type { FrozenQuarter } from "./quarter";

type Entry = FrozenQuarter["entries"][number];

/** The quarter's first and last day, and the day after it, on which lateness is judged. */
export function quarterBounds(period: string) {
  const start = isoDate(periodStart(period));
  const end = isoDate(periodEnd(period));
  return { start, end, after: addDays(end, 1) };
}

/** A frozen milestone as it stood at the quarter's end: completed later means still open then. */
export function atQuarterEnd(m: FrozenMilestone, end: string): MilestoneDates & { title: string } {
  return { title: m.title, baselineDate: m.baselineDate, forecastDate: m.forecastDate, completedDate: m.completedDate && m.completedDate <= end ? m.completedDate : null };
}

/** An initiative's overdue milestones and its delay at the quarter's end (the day after it, as "today"). */
export function frozenLateness(entry: Pick<Entry, "milestones">, period: string) {
  const { end, after } = quarterBounds(period);
  const ms = entry.milestones.map((m) => atQuarterEnd(m, end));
  const late = ms
    .filter((m) => isOverdue(m, after))
    .map((m) => ({ title: m.title, baselineDate: m.baselineDate!, forecastDate: m.forecastDate!, overdueDays: overdueDays(m, after), delayDays: delayDays(m, after) ?? 0 }));
  return { overdue: late.length, delayDays: initiativeDelayDays(ms, after), late };
}

const HEALTHS: readonly Health[] = ["ON_TRACK", "AT_RISK", "OFF_TRACK"];

/**
 * The key figures of the quarter from its frozen rows: initiatives by status and health, progress
 * by field, the year's budget and the punctuality of the milestones due in the quarter.
 * `fields` are the masterplan's fields in scope, in their order.
 */
export function frozenKeyFigures(frozen: FrozenQuarter, fields: { code: string; title: string }[], statuses: readonly InitiativeStatus[], year: number) {
  const { start, end, after } = quarterBounds(frozen.period);
  const entries = frozen.entries;
  const due = entries.flatMap((e) => e.milestones.map((m) => atQuarterEnd(m, end))).filter((m) => m.baselineDate !== null && m.baselineDate >= start && m.baselineDate <= end);
  const completed = due.filter((m) => m.completedDate !== null);
  const onTime = completed.filter((m) => (delayDays(m, after) ?? 1) <= 0).length;
  const open = due.length - completed.length;
  const planned = entries.reduce((a, e) => a + Number(e.budgetPlanned), 0);
  const actual = entries.reduce((a, e) => a + Number(e.budgetActual), 0);
  return {
    initiativeCount: entries.length,
    byStatus: statuses.map((key) => ({ key, count: entries.filter((e) => e.status === key).length })),
    byHealth: HEALTHS.map((key) => ({ key, count: entries.filter((e) => e.health === key).length })),
    progress: {
      overall: toPercent(rollUpProgress(entries.map((e) => e.progress))),
      fields: fields.map((f) => {
        const mine = entries.filter((e) => e.fieldCode === f.code);
        return { code: f.code, title: f.title, initiativeCount: mine.length, percent: toPercent(rollUpProgress(mine.map((e) => e.progress))) };
      }),
    },
    budget: { year, planned: planned.toFixed(2), actual: actual.toFixed(2), percentSpent: planned > 0 ? Math.floor((actual / planned) * 100) : null },
    milestones: {
      due: due.length,
      completed: completed.length,
      onTime,
      late: completed.length - onTime,
      open,
      overdue: due.filter((m) => isOverdue(m, after)).length,
      punctualityPercent: completed.length ? toPercent(onTime / completed.length) : null,
    },
  };
}

/** The initiatives' KPIs as approved, judged at their frozen value (attainment needs the direction and baseline frozen too). */
export function frozenKpiRows(entries: Entry[]) {
  return entries.flatMap((e) =>
    (e.kpis as FrozenKpi[]).map((k) => {
      const latest = k.value !== null && k.valueDate ? { date: k.valueDate, value: Number(k.value) } : null;
      const attainment: Attainment | null =
        k.direction && k.baselineValue !== undefined && k.baselineDate
          ? classifyAttainment({ direction: k.direction, baselineValue: Number(k.baselineValue), baselineDate: k.baselineDate, targetValue: Number(k.targetValue), targetDate: k.targetDate, latest })
          : latest
            ? null
            : "NO_MEASUREMENT";
      return {
        id: `${e.initiativeCode}/${k.name}`,
        name: k.name,
        unit: k.unit,
        scope: "INITIATIVE" as const,
        ownerCode: e.initiativeCode as string | null,
        baseline: k.baselineValue ?? null,
        target: k.targetValue,
        targetDate: k.targetDate,
        latestValue: k.value,
        latestDate: latest?.date ?? null,
        attainment,
        asOfToday: false,
      };
    }),
  );
}

/**
 * The quarter's milestones as approved: those with a baseline or forecast date in the quarter, done
 * in it, or overdue at its end; each with its state at the quarter's end.
 */
export function frozenQuarterMilestones(entries: Pick<Entry, "initiativeCode" | "initiativeTitle" | "milestones">[], period: string) {
  const { start, end, after } = quarterBounds(period);
  const within = (d: string | null) => d !== null && d >= start && d <= end;
  return entries.flatMap((e) =>
    e.milestones
      .map((m) => atQuarterEnd(m, end))
      .filter((m) => within(m.baselineDate) || within(m.forecastDate) || within(m.completedDate) || isOverdue(m, after))
      .map((m) => ({
        initiativeCode: e.initiativeCode,
        initiativeTitle: e.initiativeTitle,
        milestoneTitle: m.title,
        baselineDate: m.baselineDate!,
        forecastDate: m.forecastDate!,
        completedDate: m.completedDate,
        state: m.completedDate ? ("done" as const) : isOverdue(m, after) ? ("overdue" as const) : ("open" as const),
      })),
  );
}
