// The internal dashboard (/app): the portfolio at a glance, computed by a fixed handful of SQL
// aggregations whatever the amount of data (6 statements: filter options, then four figures and
// the health flag run concurrently).
//
// Stable API (the quarterly council report in lib/council-report/ builds on it):
//   getDashboard(db, viewer, rawFilters, opts?)     everything the page shows; unknown filter values dropped
//   getDashboardOptions(db, viewer)                 fields, departments, partners, districts (filter choices)
//   getPortfolioFigures(db, viewer, filters, opts?) status/health per field, progress, stale, overdue, awaiting approval
//   getBudgetFigures(db, viewer, filters)           planned vs actual by year, by funding source, exact totals
//   getMilestonePunctuality(db, viewer, filters, opts?) on-time share, mean delay (done/open), overdue, trend per quarter
//   getKpiAttainment(db, viewer, filters, {asOf?})  KPIs by attainment class (lib/kpis/attainment.ts)
//   getDashboard(...).healthFlags                   initiatives whose manual health is greener than the
//                                                   suggestion (lib/initiatives/health-suggestion.ts)
//   parseDashboardFilters / resolveDashboardFilters / NO_FILTERS / parseDashboardPeriod / portfolioHref (./filters)
// Every function asserts "portfolio.read" for the viewer (callers with stricter needs, such as the
// council report's "report.export", check that themselves first). Filters passed to the figure
// functions directly should be resolved (or NO_FILTERS): an unknown code there filters to nothing.
// A period ("2026" or "2026-Q3") limits budget to its year and punctuality to milestones whose
// baseline date lies in it; counts, progress and KPIs show the current state. Overdue, on time and
// delay follow lib/milestones/lateness.ts, on the city's day of `now` (appNow() by default).
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { appNow, cityToday } from "@/lib/dates";
import { staleAfterDays as staleAfterDaysFromEnv } from "@/lib/initiatives/freshness";
import { listGreenerThanSuggested } from "@/lib/initiatives/health-suggestion";
import { getBudgetFigures } from "./budget-figures";
import { resolveDashboardFilters, type DashboardFilters, type DashboardOptions } from "./filters";
import { getKpiAttainment } from "./kpi-figures";
import { getPortfolioFigures } from "./portfolio-figures";
import { getMilestonePunctuality } from "./punctuality";
import { initiativeScope } from "./scope";

export { getBudgetFigures, type BudgetFigures, type Money } from "./budget-figures";
export { getKpiAttainment, type KpiAttainmentFigures, type AttainmentCounts } from "./kpi-figures";
export { getPortfolioFigures, type PortfolioFigures, type FieldFigures, type PortfolioFigureOptions } from "./portfolio-figures";
export { getMilestonePunctuality, type PunctualityFigures, type PunctualityOptions, type QuarterPunctuality } from "./punctuality";
export {
  NO_FILTERS,
  parseDashboardFilters,
  parseDashboardPeriod,
  portfolioHref,
  resolveDashboardFilters,
  type DashboardFilters,
  type DashboardOptions,
  type DashboardPeriod,
} from "./filters";

type OptionRow = { kind: "field" | "dept" | "partner" | "district"; key: string; label: string };

/** The filter choices in display order, in one statement. */
export async function getDashboardOptions(db: Db, viewer: Actor | null | undefined): Promise<DashboardOptions> {
  assertCan(viewer, "portfolio.read");
  const rows = await db.$queryRaw<OptionRow[]>`
    SELECT kind, key, label FROM (
      SELECT 'field' AS kind, code AS key, title AS label, 1 AS part, sort_order AS sort FROM fields_of_action
      UNION ALL SELECT 'dept', code, name, 2, 0 FROM departments
      UNION ALL SELECT 'partner', slug, name, 3, 0 FROM partners
      UNION ALL SELECT 'district', slug, name, 4, sort_order FROM districts
    ) o
    ORDER BY part, sort, label, key`;
  const of = (kind: OptionRow["kind"]) => rows.filter((r) => r.kind === kind);
  return {
    fields: of("field").map((r) => ({ code: r.key, title: r.label })),
    depts: of("dept").map((r) => ({ code: r.key, name: r.label })),
    partners: of("partner").map((r) => ({ slug: r.key, name: r.label })),
    districts: of("district").map((r) => ({ slug: r.key, name: r.label })),
  };
}

export type DashboardLoadOptions = { today?: string; now?: Date; staleAfterDays?: number };

export async function getDashboard(db: Db, viewer: Actor | null | undefined, rawFilters: DashboardFilters, opts: DashboardLoadOptions = {}) {
  assertCan(viewer, "portfolio.read");
  const options = await getDashboardOptions(db, viewer);
  const filters = resolveDashboardFilters(rawFilters, options);
  const now = opts.now ?? appNow();
  const today = opts.today ?? cityToday(now);
  // Each figure is one read-only statement; they do not depend on each other.
  const [portfolio, budget, punctuality, kpis, healthFlags] = await Promise.all([
    getPortfolioFigures(db, viewer, filters, {
      today,
      now,
      staleAfterDays: opts.staleAfterDays ?? staleAfterDaysFromEnv(),
      fieldsOfAction: options.fields,
    }),
    getBudgetFigures(db, viewer, filters),
    getMilestonePunctuality(db, viewer, filters, { today }),
    getKpiAttainment(db, viewer, filters),
    listGreenerThanSuggested(db, viewer, initiativeScope(filters), { today, now, staleAfterDays: opts.staleAfterDays ?? staleAfterDaysFromEnv() }),
  ]);
  return { filters, options, portfolio, budget, punctuality, kpis, healthFlags };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
