// Internal reads of an initiative's budget: its lines (year × funding level × programme) with the
// sums per year and overall computed in the database, plus what the viewer may change and, for
// planners, the programmes a new line may name, and which lines wait for a publication approval.
// Scoped by the viewer.
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { FundingSource } from "@/lib/generated/prisma/enums";
import { listProgrammeChoices, type ProgrammeChoice } from "@/lib/funding/programme-queries";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";

/** A budget line's own fields, as the initiative page lists them and the actions return them. */
export const budgetLineFields = {
  id: true,
  year: true,
  fundingSource: true,
  grantReference: true,
  planned: true,
  actual: true,
  isPublic: true,
  note: true,
  version: true,
} as const;

/** Amounts leave this module as exact decimal strings ("1234.50"); display code formats them. */
export type BudgetLineRow = {
  id: string;
  year: number;
  fundingSource: FundingSource;
  /** The named programme, if any. */
  programme: { id: string; name: string } | null;
  grantReference: string;
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
  const canPlan = can(viewer, "budget.plan", facts);
  const [lines, byYear, total, programmes, pending] = await Promise.all([
    db.budgetLine.findMany({
      where,
      orderBy: [{ year: "asc" }, { fundingSource: "asc" }, { programme: { name: "asc" } }],
      select: { ...budgetLineFields, programme: { select: { id: true, name: true } } },
    }),
    db.budgetLine.groupBy({ by: ["year"], where, orderBy: { year: "asc" }, _sum: { planned: true, actual: true } }),
    db.budgetLine.aggregate({ where, _sum: { planned: true, actual: true } }),
    canPlan ? listProgrammeChoices(db, viewer) : Promise.resolve([] as ProgrammeChoice[]),
    db.publishRequest.findMany({ where: { targetKind: "BUDGET_LINE", status: "PENDING", initiativeId }, select: { targetId: true } }),
  ]);
  return {
    lines: lines.map((l): BudgetLineRow => ({ ...l, planned: money(l.planned), actual: money(l.actual) })),
    yearTotals: byYear.map((y) => ({ year: y.year, planned: money(y._sum.planned), actual: money(y._sum.actual) })),
    total: { planned: money(total._sum.planned), actual: money(total._sum.actual) } satisfies BudgetSums,
    canPlan,
    /** Active programmes a new line may name (planners only). */
    programmes,
    canRecordActual: can(viewer, "budget.recordActual", facts),
    /** Lines whose publication is requested and waits for another person's approval (PUBLISH_REVIEW). */
    publishPending: pending.map((r) => r.targetId),
  };
}

export type InitiativeBudget = NonNullable<Awaited<ReturnType<typeof getInitiativeBudget>>>;
