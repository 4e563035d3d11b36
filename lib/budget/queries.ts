// Internal reads of an initiative's budget: its lines (year × funding source) with the sums per
// year and overall computed in the database, plus what the viewer may change. Scoped by the viewer.
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { FundingSource } from "@/lib/generated/prisma/enums";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";

/** Amounts leave this module as exact decimal strings ("1234.50"); display code formats them. */
export type BudgetLineRow = {
  id: string;
  year: number;
  fundingSource: FundingSource;
  planned: string;
  actual: string;
  isPublic: boolean;
  note: string;
  version: number;
};
export type BudgetSums = { planned: string; actual: string };

const money = (d: { toFixed(n: number): string } | null | undefined) => (d ? d.toFixed(2) : "0.00");

/** Null when the initiative does not exist. */
export async function getInitiativeBudget(db: Db, viewer: Actor | null | undefined, initiativeId: string) {
  assertCan(viewer, "portfolio.read");
  const facts = await loadInitiativeFacts(db, initiativeId);
  if (!facts) return null;
  const where = { initiativeId };
  const [lines, byYear, total] = await Promise.all([
    db.budgetLine.findMany({
      where,
      orderBy: [{ year: "asc" }, { fundingSource: "asc" }],
      select: { id: true, year: true, fundingSource: true, planned: true, actual: true, isPublic: true, note: true, version: true },
    }),
    db.budgetLine.groupBy({ by: ["year"], where, orderBy: { year: "asc" }, _sum: { planned: true, actual: true } }),
    db.budgetLine.aggregate({ where, _sum: { planned: true, actual: true } }),
  ]);
  return {
    lines: lines.map((l): BudgetLineRow => ({ ...l, planned: money(l.planned), actual: money(l.actual) })),
    yearTotals: byYear.map((y) => ({ year: y.year, planned: money(y._sum.planned), actual: money(y._sum.actual) })),
    total: { planned: money(total._sum.planned), actual: money(total._sum.actual) } satisfies BudgetSums,
    canPlan: can(viewer, "budget.plan", facts),
    canRecordActual: can(viewer, "budget.recordActual", facts),
  };
}

export type InitiativeBudget = NonNullable<Awaited<ReturnType<typeof getInitiativeBudget>>>;
