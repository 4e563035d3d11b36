// Assembles the quarterly council report (Ratsbericht) for one quarter and scope into one plain
// structure, from which both the print page and the PDF render. A fixed number of queries (a
// dozen) whatever the portfolio's size; the figures are aggregated in SQL (see ./queries.ts).
// Overdue, delay and on time follow lib/milestones/lateness.ts on the day of generation
// (cityToday(now)), so the report says what the portfolio and the dashboard say on that day.
// A past quarter (ended in the city's calendar) is different: its key figures, each report's
// delay, the overdue milestones and the initiatives' KPIs come from the figures frozen when its
// reports were approved (lib/report-snapshots), so it reads the same next year; initiatives
// without frozen figures are named, and what cannot be frozen is marked "as of today".
import { readCityBrand } from "@/lib/branding/queries";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { getBudgetFigures, getMilestonePunctuality, getPortfolioFigures, parseDashboardPeriod, type DashboardFilters } from "@/lib/dashboard/queries";
import { HEALTH_VALUES, INITIATIVE_STATUSES } from "@/lib/dashboard/labels";
import { initiativeScope } from "@/lib/dashboard/scope";
import { loadDependencyViews } from "@/lib/dependencies/views";
import { cityToday, isoDate, appNow } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { listGreenerThanSuggested } from "@/lib/initiatives/health-suggestion";
import { toPercent } from "@/lib/initiatives/progress";
import { ATTAINMENT_CLASSES, classifyAttainment, type Attainment } from "@/lib/kpis/attainment";
import { currentPeriod, periodEnd, periodInstants, periodStart } from "@/lib/reports/period";
import { reportContentSelect } from "@/lib/reports/report-state";
import { frozenKeyFigures, frozenKpiRows, frozenLateness, frozenQuarterMilestones, quarterBounds } from "@/lib/report-snapshots/council-figures";
import { frozenQuarter, initiativesWithoutFrozenFigures } from "@/lib/report-snapshots/quarter";
import { revisionsSinceAdoption } from "./revisions";
import { assertQuarter, defaultQuarter, formatScope, parseScope, type ReportScope } from "./params";
import { initiativeLateness, kpisAtQuarterEnd, quartersWithApprovedReports, slippedMilestones, type QuarterDates, type ScopeIds } from "./queries";

export type CouncilReportRequest = { quarter?: string; scope?: string };

const count = <K extends string>(keys: readonly K[], values: K[]) =>
  keys.map((key) => ({ key, count: values.filter((v) => v === key).length }));

export async function buildCouncilReport(db: Db, viewer: Actor | null | undefined, request: CouncilReportRequest, locale: Locale, now: Date = appNow()) {
  assertCan(viewer, "report.export");
  const quarters = await quartersWithApprovedReports(db);
  const quarter = assertQuarter(request.quarter ?? defaultQuarter(now, quarters), now);
  const scope = parseScope(request.scope ?? "masterplan");

  const masterplan = await db.masterplan.findFirst({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      isExample: true,
      fieldsOfAction: { orderBy: { sortOrder: "asc" }, select: { id: true, code: true, title: true } },
    },
  });
  if (!masterplan) throw new AppError("NOT_FOUND", "There is no masterplan yet.");
  const brand = await readCityBrand(db);
  const departments = await db.department.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });

  const field = scope.kind === "field" ? masterplan.fieldsOfAction.find((f) => f.code === scope.code) : undefined;
  const department = scope.kind === "department" ? departments.find((d) => d.code === scope.code) : undefined;
  if ((scope.kind === "field" && !field) || (scope.kind === "department" && !department)) {
    throw new AppError("VALIDATION", "Unknown field of action or department.", { fieldErrors: { scope: ["#councilReport.errors.scopeUnknown"] } });
  }
  const ids: ScopeIds = { masterplanId: masterplan.id, fieldId: field?.id ?? null, departmentId: department?.id ?? null };
  const { start: instantStart, end: instantEnd } = periodInstants(quarter);
  const dates: QuarterDates = { start: periodStart(quarter), end: periodEnd(quarter), instantStart, instantEnd };
  // The dashboard's figures with the same scope, so the council reads the numbers the dashboard shows.
  const period = parseDashboardPeriod(quarter)!;
  const filters: DashboardFilters = { fields: field ? [field.code] : [], depts: department ? [department.code] : [], partners: [], districts: [], period };

  // Dependencies at risk (lib/dependencies/slip.ts) whose successor is in the report's scope.
  const atRiskWhere = {
    successorInitiative: { archivedAt: null, fieldOfAction: { masterplanId: ids.masterplanId }, ...(ids.fieldId ? { fieldOfActionId: ids.fieldId } : {}), ...(ids.departmentId ? { departmentId: ids.departmentId } : {}) },
  };
  const [portfolio, budget, punctuality, slips, kpis, reports, healthFlags, dependencyViews] = await Promise.all([
    getPortfolioFigures(db, viewer, filters, { today: cityToday(now), now, fieldsOfAction: masterplan.fieldsOfAction.map(({ code, title }) => ({ code, title })) }),
    getBudgetFigures(db, viewer, filters),
    getMilestonePunctuality(db, viewer, filters, { today: cityToday(now) }),
    slippedMilestones(db, ids, dates),
    kpisAtQuarterEnd(db, ids, dates),
    db.statusReport.findMany({
      where: {
        state: "APPROVED",
        period: quarter,
        initiative: {
          archivedAt: null,
          fieldOfAction: { masterplanId: masterplan.id },
          ...(field ? { fieldOfActionId: field.id } : {}),
          ...(department ? { departmentId: department.id } : {}),
        },
      },
      orderBy: [{ initiative: { fieldOfAction: { sortOrder: "asc" } } }, { initiative: { code: "asc" } }],
      select: {
        id: true,
        ...reportContentSelect,
        reviewedAt: true,
        initiative: { select: { id: true, code: true, title: true, fieldOfAction: { select: { code: true } }, department: { select: { code: true } } } },
      },
    }),
    // Like the counts by health: the state on the day of generation, not at the quarter's end.
    listGreenerThanSuggested(db, viewer, initiativeScope(filters), { today: cityToday(now), now }),
    loadDependencyViews(db, cityToday(now), atRiskWhere),
  ]);

  const lateness = await initiativeLateness(db, ids, cityToday(now));
  // The quarter as approved (frozen with each approval) and the plan's revisions since adoption.
  const frozen = await frozenQuarter(db, quarter, { fieldCode: field?.code ?? null, departmentCode: department?.code ?? null });
  const revisions = await revisionsSinceAdoption(db, viewer);
  const past = quarter < currentPeriod(now);
  const missing = past ? await initiativesWithoutFrozenFigures(db, quarter, ids, now) : [];
  const frozenById = new Map(frozen.entries.map((e) => [e.initiativeId, e]));
  const latenessOf = new Map(lateness.map((l) => [l.initiative_code, l]));
  const entryLateness = (initiativeId: string, code: string) => {
    const frozenEntry = past ? frozenById.get(initiativeId) : undefined;
    if (frozenEntry) {
      const l = frozenLateness(frozenEntry, quarter);
      return { overdueMilestones: l.overdue, delayDays: l.delayDays, asOfToday: false };
    }
    // Approved before figures were frozen: only today's lateness is known.
    return { overdueMilestones: latenessOf.get(code)?.overdue ?? 0, delayDays: latenessOf.get(code)?.delay_days ?? null, asOfToday: past };
  };

  // A department's report shows the fields it works in; a field's report that field only.
  const liveFieldsInScope = portfolio.fields.filter((f) => !department || f.total > 0 || reports.some((r) => r.initiative.fieldOfAction.code === f.code));
  // A past quarter: the fields its frozen rows, its missing initiatives or its reports are in.
  const fieldsInScope = past
    ? masterplan.fieldsOfAction.filter(
        (f) =>
          (!field || f.code === field.code) &&
          (!department || [...frozen.entries, ...missing].some((e) => e.fieldCode === f.code) || reports.some((r) => r.initiative.fieldOfAction.code === f.code)),
      )
    : liveFieldsInScope;

  const liveKpiRows = kpis.map((k) => {
    const latest = k.period_date && k.value !== null ? { date: isoDate(k.period_date), value: Number(k.value) } : null;
    const attainment = classifyAttainment({
      direction: k.direction,
      baselineValue: Number(k.baseline_value),
      baselineDate: isoDate(k.baseline_date),
      targetValue: Number(k.target_value),
      targetDate: isoDate(k.target_date),
      latest,
    });
    return {
      id: k.id,
      name: k.name,
      unit: k.unit,
      scope: k.scope,
      ownerCode: k.owner_code,
      baseline: k.baseline_value,
      target: k.target_value,
      targetDate: isoDate(k.target_date),
      latestValue: k.value,
      latestDate: latest?.date ?? null,
      attainment: attainment as Attainment | null,
      /** In a past quarter: a KPI of a field or the masterplan, not frozen with any report. */
      asOfToday: past,
    };
  });
  // A past quarter: the initiatives' KPIs as approved; the plan's and fields' KPIs as stored today.
  const kpiRows = past ? [...liveKpiRows.filter((k) => k.scope !== "INITIATIVE"), ...frozenKpiRows(frozen.entries)] : liveKpiRows.map((k) => ({ ...k, asOfToday: false }));
  const liveFigures = {
    initiativeCount: portfolio.total,
    byStatus: INITIATIVE_STATUSES.map((key) => ({ key, count: portfolio.byStatus[key] })),
    byHealth: HEALTH_VALUES.map((key) => ({ key, count: portfolio.byHealth[key] })),
    progress: {
      overall: toPercent(portfolio.progress),
      fields: liveFieldsInScope.map((f) => ({ code: f.code, title: f.title, initiativeCount: f.total, percent: toPercent(f.progress) })),
    },
    budget: { year: period.year, planned: budget.total.planned, actual: budget.total.actual, percentSpent: percentOf(budget.total.actual, budget.total.planned) },
    milestones: {
      due: punctuality.completed + punctuality.open,
      completed: punctuality.completed,
      onTime: punctuality.onTime,
      late: punctuality.completed - punctuality.onTime,
      open: punctuality.open,
      /** Of the open ones, overdue on the day of generation. */
      overdue: punctuality.overdue,
      punctualityPercent: toPercent(punctuality.onTimeShare),
    },
  };
  const { end: quarterEndDay } = quarterBounds(quarter);

  return {
    locale,
    quarter,
    quarterStart: isoDate(dates.start),
    quarterEnd: isoDate(dates.end),
    year: period.year,
    scope: describeScope(scope, field, department),
    generatedOn: cityToday(now),
    /**
     * "approval": a past quarter, its initiatives' figures as frozen on approval (sections that
     * stay live say "as of today"); "today": the running quarter, everything as on generation.
     */
    asOf: past ? ("approval" as const) : ("today" as const),
    /** The day the lateness figures refer to: the quarter's last day when past, else the day of generation. */
    lateAsOf: past ? quarterEndDay : cityToday(now),
    masterplan: { title: masterplan.title, isExample: masterplan.isExample },
    // Who reports: the city (a new city without settings: "Masterplan Monitor").
    city: { name: brand.cityName, siteTitle: brand.siteTitle },
    figures: {
      ...(past ? frozenKeyFigures(frozen, fieldsInScope, INITIATIVE_STATUSES, period.year) : liveFigures),
      /** Initiatives in scope that owed a report for the past quarter and have no frozen figures. */
      withoutFrozenFigures: missing.length,
    },
    fields: fieldsInScope.map((f) => ({
      code: f.code,
      title: f.title,
      reports: reports
        .filter((r) => r.initiative.fieldOfAction.code === f.code)
        .map((r) => ({
          id: r.id,
          initiativeCode: r.initiative.code,
          initiativeTitle: r.initiative.title,
          departmentCode: r.initiative.department.code,
          health: r.health,
          summary: r.summary,
          achievements: r.achievements,
          nextSteps: r.nextSteps,
          risks: r.risks,
          publicSummary: r.publicSummary,
          approvedOn: r.reviewedAt ? cityToday(r.reviewedAt) : null,
          /** On the day of generation: overdue milestones and the initiative's delay (lateness.ts), as in the portfolio; in a past quarter at its end, from the frozen milestones. */
          ...entryLateness(r.initiative.id, r.initiative.code),
        })),
    })),
    slips: slips.map((s) => ({
      initiativeCode: s.initiative_code,
      initiativeTitle: s.initiative_title,
      fieldCode: s.field_code,
      milestoneTitle: s.milestone_title,
      reportedOn: cityToday(s.reported_at),
      oldDate: isoDate(s.old_date),
      newDate: isoDate(s.new_date),
      reason: s.reason,
    })),
    /** Milestones overdue on the day of generation, with since how many days and their delay (lateness.ts). */
    late: past
      ? frozen.entries.flatMap((e) =>
          frozenLateness(e, quarter).late.map((m) => ({
            initiativeCode: e.initiativeCode,
            initiativeTitle: e.initiativeTitle,
            fieldCode: e.fieldCode,
            milestoneTitle: m.title,
            baselineDate: m.baselineDate,
            forecastDate: m.forecastDate,
            overdueDays: m.overdueDays,
            delayDays: m.delayDays,
          })),
        )
      : lateness.flatMap((l) =>
      l.late.map((m) => ({
        initiativeCode: l.initiative_code,
        initiativeTitle: l.initiative_title,
        fieldCode: l.field_code,
        milestoneTitle: m.title,
        baselineDate: m.baseline_date,
        forecastDate: m.forecast_date,
        overdueDays: m.overdue_days,
        delayDays: m.delay_days,
      })),
    ),
    /** Dependencies at risk from slip on the day of generation: successor, predecessor and days, worst first. */
    dependencyRisks: dependencyViews
      .filter((d) => d.riskDays !== null)
      .sort((a, b) => b.riskDays! - a.riskDays!)
      .map((d) => ({
        initiativeCode: d.successor.code,
        initiativeTitle: d.successor.title,
        successor: d.successor.milestoneTitle ?? d.successor.title,
        predecessor: d.predecessor.label,
        predecessorTitle: d.predecessor.milestoneTitle ?? d.predecessor.title,
        days: d.riskDays!,
      })),
    kpis: { rows: kpiRows, counts: count(ATTAINMENT_CLASSES, kpiRows.flatMap((k) => (k.attainment ? [k.attainment] : []))) },
    /** The figures the quarter's reports were approved against (lib/report-snapshots), unchanged by later edits. */
    frozen: { ...frozen, missing, milestones: frozenQuarterMilestones(frozen.entries, quarter) },
    /** The plan against its adopted baseline (the oldest), for the whole masterplan; null without a baseline. */
    revisions,
    /** Initiatives whose manual health is greener than the one suggested by their data, with the suggestion's reasons. */
    healthFlags: healthFlags.map((h) => ({
      initiativeCode: h.code,
      initiativeTitle: h.title,
      health: h.health,
      healthReason: h.healthReason,
      suggested: h.suggestion!.health,
      reasons: h.suggestion!.reasons,
    })),
    options: {
      quarters: [...new Set([...quarters.filter((q) => q <= currentPeriod(now)), quarter, defaultQuarter(now, quarters)])].sort().reverse(),
      fields: masterplan.fieldsOfAction.map((f) => ({ code: f.code, title: f.title })),
      departments: departments.map((d) => ({ code: d.code, name: d.name })),
    },
  };
}

export type CouncilReport = Awaited<ReturnType<typeof buildCouncilReport>>;
export type CouncilReportField = CouncilReport["fields"][number];
export type CouncilReportEntry = CouncilReportField["reports"][number];

function describeScope(scope: ReportScope, field?: { code: string; title: string }, department?: { code: string; name: string }) {
  const param = formatScope(scope);
  if (field) return { kind: "field" as const, param, code: field.code, name: field.title };
  if (department) return { kind: "department" as const, param, code: department.code, name: department.name };
  return { kind: "masterplan" as const, param, code: null, name: null };
}

/** Whole percent of two decimal strings (floor), null without a plan. */
function percentOf(part: string, whole: string): number | null {
  const w = Number(whole);
  return w > 0 ? Math.floor((Number(part) / w) * 100) : null;
}
