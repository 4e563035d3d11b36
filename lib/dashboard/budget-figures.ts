// Budget planned against actual, by year and by funding source, for the filtered initiatives.
// One statement with GROUPING SETS returns the year × source cells and the exact totals per year,
// per source and overall; sums stay Decimal in the database and leave as text (exact, for tables)
// and as float8 (for charts only).
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { FundingSource } from "@/lib/generated/prisma/enums";
import type { DashboardFilters } from "./filters";
import { initiativeScope } from "./scope";

/** Exact sums as decimal strings ("1234.50") and the same as numbers for charts. */
export type Money = { planned: string; actual: string; plannedNumber: number; actualNumber: number };

export type BudgetFigures = {
  /** The year the figures are limited to (the period filter's year), or null for all years. */
  year: number | null;
  byYear: ({ year: number } & Money)[];
  bySource: ({ source: FundingSource } & Money)[];
  cells: ({ year: number; source: FundingSource } & Money)[];
  total: Money;
};

type Row = {
  year: number | null;
  source: FundingSource | null;
  grouping: number;
  planned: string;
  actual: string;
  planned_n: number;
  actual_n: number;
};

const money = (r: Row): Money => ({ planned: r.planned, actual: r.actual, plannedNumber: r.planned_n, actualNumber: r.actual_n });
const ZERO: Money = { planned: "0.00", actual: "0.00", plannedNumber: 0, actualNumber: 0 };

export async function getBudgetFigures(db: Db, viewer: Actor | null | undefined, filters: DashboardFilters): Promise<BudgetFigures> {
  assertCan(viewer, "portfolio.read");
  const year = filters.period?.year ?? null;
  const rows = await db.$queryRaw<Row[]>`
    SELECT b.year, b.funding_source::text AS source, GROUPING(b.year, b.funding_source)::int AS grouping,
           COALESCE(SUM(b.planned), 0)::numeric(16, 2)::text AS planned,
           COALESCE(SUM(b.actual), 0)::numeric(16, 2)::text AS actual,
           COALESCE(SUM(b.planned), 0)::float8 AS planned_n,
           COALESCE(SUM(b.actual), 0)::float8 AS actual_n
    FROM budget_lines b
    JOIN initiatives i ON i.id = b.initiative_id
    WHERE ${initiativeScope(filters)} AND (${year ?? 0}::int = 0 OR b.year = ${year ?? 0}::int)
    GROUP BY GROUPING SETS ((b.year, b.funding_source), (b.year), (b.funding_source), ())
    ORDER BY b.year NULLS LAST, b.funding_source NULLS LAST`;
  // GROUPING() bits: 1 = source summed up, 2 = year summed up.
  const total = rows.find((r) => r.grouping === 3);
  return {
    year,
    byYear: rows.filter((r) => r.grouping === 1).map((r) => ({ year: r.year!, ...money(r) })),
    bySource: rows.filter((r) => r.grouping === 2).map((r) => ({ source: r.source!, ...money(r) })),
    cells: rows.filter((r) => r.grouping === 0).map((r) => ({ year: r.year!, source: r.source!, ...money(r) })),
    total: total ? money(total) : ZERO,
  };
}
