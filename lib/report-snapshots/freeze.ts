// Freezing the figures a quarterly status report was approved against (health, status, progress,
// milestones, KPI values, budget of the period's year), in the approving transaction, so that the
// council report for that quarter reads the same next year. Written once; the database refuses any
// UPDATE or DELETE (trigger refuse_snapshot_change) and there is no update path here.
import type { Tx } from "@/lib/db/client";
import { cityToday, isoDate } from "@/lib/dates";
import type { Health, KpiDirection } from "@/lib/generated/prisma/enums";
import { initiativeProgress } from "@/lib/initiatives/progress";
import { periodEnd, periodStart, parsePeriod } from "@/lib/reports/period";

export type FrozenMilestone = { title: string; baselineDate: string; forecastDate: string; completedDate: string | null };
/**
 * A KPI as approved. `direction` and the baseline let the council report judge its attainment as at
 * the quarter's end; snapshots frozen before they were stored lack them (the report then says so).
 */
export type FrozenKpi = {
  name: string;
  unit: string;
  targetValue: string;
  targetDate: string;
  value: string | null;
  valueDate: string | null;
  direction?: KpiDirection;
  baselineValue?: string;
  baselineDate?: string;
};

/**
 * Freezes the figures of an approved report; a second call for the same report changes nothing.
 * `at` (seeding a history only, e.g. the demo's past approvals): the milestones' forecasts and
 * completions as they stood at that instant, from the forecast history; without it, as they are now.
 */
export async function freezeReportSnapshot(tx: Tx, report: { id: string; initiativeId: string; period: string; health: Health }, { at }: { at?: Date } = {}) {
  if (await tx.reportSnapshot.findUnique({ where: { statusReportId: report.id }, select: { statusReportId: true } })) return;
  const start = periodStart(report.period);
  const end = periodEnd(report.period);
  const year = parsePeriod(report.period)!.year;
  const initiative = await tx.initiative.findUniqueOrThrow({
    where: { id: report.initiativeId },
    select: {
      code: true,
      title: true,
      status: true,
      fieldOfAction: { select: { code: true } },
      department: { select: { code: true } },
      milestones: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: {
          title: true,
          weight: true,
          baselineDate: true,
          forecastDate: true,
          completedDate: true,
          ...(at ? { forecasts: { where: { reportedAt: { lte: at } }, orderBy: [{ reportedAt: "desc" as const }, { id: "desc" as const }], take: 1, select: { forecastDate: true } } } : {}),
        },
      },
      kpis: {
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: {
          name: true,
          unit: true,
          direction: true,
          baselineValue: true,
          baselineDate: true,
          targetValue: true,
          targetDate: true,
          measurements: { where: { periodDate: { lte: end } }, orderBy: { periodDate: "desc" }, take: 1, select: { periodDate: true, value: true } },
        },
      },
    },
  });
  const budget = await tx.budgetLine.aggregate({ where: { initiativeId: report.initiativeId, year }, _sum: { planned: true, actual: true } });
  const atDay = at ? cityToday(at) : null;
  const ms = initiative.milestones.map((m) =>
    atDay
      ? {
          ...m,
          // Never re-forecast by then: the forecast was the baseline.
          forecastDate: ("forecasts" in m ? (m.forecasts as { forecastDate: Date }[])[0]?.forecastDate : undefined) ?? m.baselineDate,
          completedDate: m.completedDate && isoDate(m.completedDate) <= atDay ? m.completedDate : null,
        }
      : m,
  );
  // As at the period's end: a milestone finished after it (the report is approved later) is not counted.
  const done = ms.filter((m) => m.completedDate && m.completedDate <= end);
  const progress = initiativeProgress(initiative.status, {
    totalWeight: ms.reduce((a, m) => a + m.weight, 0),
    doneWeight: done.reduce((a, m) => a + m.weight, 0),
  });
  await tx.reportSnapshot.create({
    data: {
      statusReportId: report.id,
      initiativeId: report.initiativeId,
      period: report.period,
      code: initiative.code,
      title: initiative.title,
      fieldCode: initiative.fieldOfAction.code,
      departmentCode: initiative.department.code,
      health: report.health,
      status: initiative.status,
      progress,
      milestonesTotal: ms.length,
      milestonesDone: done.length,
      milestonesDoneInPeriod: done.filter((m) => m.completedDate! >= start).length,
      budgetYear: year,
      budgetPlanned: budget._sum.planned ?? 0,
      budgetActual: budget._sum.actual ?? 0,
      milestones: ms.map(
        (m): FrozenMilestone => ({ title: m.title, baselineDate: isoDate(m.baselineDate), forecastDate: isoDate(m.forecastDate), completedDate: m.completedDate ? isoDate(m.completedDate) : null }),
      ),
      kpis: initiative.kpis.map(
        (k): FrozenKpi => ({
          name: k.name,
          unit: k.unit,
          targetValue: k.targetValue.toString(),
          targetDate: isoDate(k.targetDate),
          value: k.measurements[0]?.value.toString() ?? null,
          valueDate: k.measurements[0] ? isoDate(k.measurements[0].periodDate) : null,
          direction: k.direction,
          baselineValue: k.baselineValue.toString(),
          baselineDate: isoDate(k.baselineDate),
        }),
      ),
    },
  });
}
