// Prefilling a new status report so the project lead edits instead of starting from nothing:
// - from the last earlier report: summary, risks, public summary; its next steps become a hint
//   under the achievements ("what of this was reached?");
// - from the data of the period: milestones completed, milestone forecasts moved (with reasons,
//   from MilestoneForecast rows), KPI values whose period date lies in the period — as an
//   editable bullet list in the achievements. A value recorded in the period for an earlier
//   date (a late entry for 2025) changed nothing in this period and is left out.
// Health starts at the initiative's current health.
import { createTranslator } from "next-intl";
import type { Tx } from "@/lib/db/client";
import type { Health } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { periodLabel } from "./labels";
import { periodEnd, periodInstants, periodStart } from "./period";
import type { ReportFields } from "./schemas";

const catalogues = { de, en } as const;

export type PeriodChanges = {
  completed: { title: string; completedDate: Date }[];
  moved: { title: string; from: Date; to: Date; reason: string; reportedAt: Date }[];
  measurements: { kpiName: string; unit: string; value: number; periodDate: Date }[];
};

/** A transaction or the client itself. */
type Reader = Pick<Tx, "milestone" | "milestoneForecast" | "kpiMeasurement">;

/** What changed in an initiative during a period, read from its milestones and KPIs (three queries). */
export async function loadPeriodChanges(db: Reader, initiativeId: string, period: string): Promise<PeriodChanges> {
  const first = periodStart(period);
  const last = periodEnd(period);
  const { start, end } = periodInstants(period);

  const completed = await db.milestone.findMany({
    where: { initiativeId, completedDate: { gte: first, lte: last } },
    orderBy: [{ completedDate: "asc" }, { sortOrder: "asc" }],
    select: { title: true, completedDate: true },
  });

  // Every forecast up to the period's end, so that each change in the period can be compared
  // with the forecast before it; a milestone's first row is its original plan, not a move.
  const forecasts = await db.milestoneForecast.findMany({
    where: { milestone: { initiativeId }, reportedAt: { lt: end } },
    orderBy: [{ milestoneId: "asc" }, { reportedAt: "asc" }, { id: "asc" }],
    select: { milestoneId: true, reportedAt: true, forecastDate: true, reason: true, milestone: { select: { title: true } } },
  });
  const moved: PeriodChanges["moved"] = [];
  for (let i = 1; i < forecasts.length; i++) {
    const prev = forecasts[i - 1]!;
    const row = forecasts[i]!;
    if (prev.milestoneId !== row.milestoneId || row.reportedAt < start) continue;
    if (prev.forecastDate.getTime() === row.forecastDate.getTime()) continue;
    moved.push({ title: row.milestone.title, from: prev.forecastDate, to: row.forecastDate, reason: row.reason, reportedAt: row.reportedAt });
  }
  moved.sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());

  const measurements = await db.kpiMeasurement.findMany({
    where: { kpi: { initiativeId }, periodDate: { gte: first, lte: last } },
    orderBy: [{ kpi: { name: "asc" } }, { periodDate: "asc" }],
    select: { value: true, periodDate: true, kpi: { select: { name: true, unit: true } } },
  });

  return {
    completed: completed.map((m) => ({ title: m.title, completedDate: m.completedDate! })),
    moved,
    measurements: measurements.map((m) => ({ kpiName: m.kpi.name, unit: m.kpi.unit, value: m.value.toNumber(), periodDate: m.periodDate })),
  };
}

export type PreviousReport = { period: string; summary: string; nextSteps: string; risks: string; publicSummary: string };

type T = (key: string, values?: Record<string, string | number>) => string;

/** The texts of a new report. Pure: everything it needs is passed in. */
export function buildPrefill(args: {
  period: string;
  locale: Locale;
  health: Health;
  previous: PreviousReport | null;
  changes: PeriodChanges;
}): ReportFields {
  const { period, locale, health, previous, changes } = args;
  const t = createTranslator({ locale, messages: catalogues[locale] }) as unknown as T;
  const date = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(d);
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(n);

  const bullets = [
    ...changes.completed.map((m) => t("statusReports.prefill.completed", { title: m.title, date: date(m.completedDate) })),
    ...changes.moved.map((m) => t("statusReports.prefill.moved", { title: m.title, from: date(m.from), to: date(m.to), reason: m.reason })),
    ...changes.measurements.map((m) =>
      t("statusReports.prefill.measured", { name: m.kpiName, value: number(m.value), unit: m.unit, date: date(m.periodDate) }),
    ),
  ];
  const blocks = [
    [t("statusReports.prefill.changesHeading", { period: periodLabel(t, period) }), ...(bullets.length ? bullets : [t("statusReports.prefill.noChanges")])]
      .map((line, i) => (i === 0 ? line : `- ${line}`))
      .join("\n"),
  ];
  if (previous?.nextSteps) {
    blocks.push(`${t("statusReports.prefill.plannedHeading", { period: periodLabel(t, previous.period) })}\n${previous.nextSteps}`);
  }

  return {
    health,
    summary: previous?.summary ?? "",
    achievements: blocks.join("\n\n"),
    nextSteps: "",
    risks: previous?.risks ?? "",
    publicSummary: previous?.publicSummary ?? "",
  };
}
