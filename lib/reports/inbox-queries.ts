// The reports inbox (/app/reports), scoped by the viewer:
// - reviewers: the submitted reports awaiting their decision (their department's; admins: all);
// - project leads: per initiative they lead, where the current period's report stands and which
//   earlier quarters it owes are still outstanding (no report, or not submitted), late or not yet.
// Late follows lib/reports/obligation.ts (due at quarter end + REPORT_GRACE_DAYS).
// A fixed number of queries, however many initiatives there are.
import { appNow } from "@/lib/dates";
import { POLICY, assertCan, can, type Actor, type Permission } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { isLate, owedPeriods, reportDueDate, reportGraceDays, reportingFacts, reportingFactsSelect } from "./obligation";
import { currentPeriod } from "./period";
import { initiativeFacts, responsibleWhere } from "@/lib/initiatives/facts";

/**
 * The policy's condition for the viewer's role as a filter on initiatives, so that the database
 * returns only candidates; `can()` still decides on every row. null: nothing qualifies.
 */
function initiativeScope(viewer: Actor, permission: Permission): Prisma.InitiativeWhereInput | null {
  const condition = (POLICY[permission] as Partial<Record<string, string>>)[viewer.role];
  switch (condition) {
    case "always":
      return {};
    case "ownDepartment":
      return viewer.departmentId ? { departmentId: viewer.departmentId } : null;
    case "leadsInitiative":
      return responsibleWhere(viewer.id, ["DEPUTY"]);
    case "editsInitiative":
      return responsibleWhere(viewer.id, ["DEPUTY", "EDITOR"]);
    case "ownDepartmentOrLeads":
      return { OR: [...(viewer.departmentId ? [{ departmentId: viewer.departmentId }] : []), responsibleWhere(viewer.id, ["DEPUTY"])] };
    case "ownDepartmentOrEdits":
      return { OR: [...(viewer.departmentId ? [{ departmentId: viewer.departmentId }] : []), responsibleWhere(viewer.id, ["DEPUTY", "EDITOR"])] };
    default:
      return null;
  }
}

const factsOf = (i: Parameters<typeof initiativeFacts>[0]) => ({ ...initiativeFacts(i) });

async function awaitingReview(db: Db, viewer: Actor, now: Date, graceDays: number) {
  const scope = initiativeScope(viewer, "statusReport.review");
  if (!scope) return [];
  const rows = await db.statusReport.findMany({
    where: { state: "SUBMITTED", initiative: { ...scope, archivedAt: null } },
    orderBy: [{ submittedAt: "asc" }, { period: "asc" }],
    select: {
      id: true,
      version: true,
      period: true,
      health: true,
      submittedAt: true,
      submittedBy: { select: { name: true } },
      initiative: { select: { code: true, title: true, departmentId: true, department: { select: { code: true } }, leads: { select: { userId: true } }, members: { select: { userId: true, role: true } } } },
    },
  });
  return rows
    .filter((r) => can(viewer, "statusReport.review", factsOf(r.initiative)))
    .map(({ initiative: { departmentId: _d, leads: _l, members: _m, ...initiative }, ...r }) => ({ ...r, late: isLate(r.period, r.submittedAt, now, graceDays), initiative }));
}

/** Where a period's report stands: its state, or whether one is owed at all. */
export type PeriodStanding = ReportState | "DUE" | "NOT_DUE";

async function ownInitiatives(db: Db, viewer: Actor, now: Date, graceDays: number) {
  const scope = initiativeScope(viewer, "statusReport.draft");
  if (!scope) return [];
  const current = currentPeriod(now);
  // Only initiatives the viewer leads (or deputises): admins may draft anywhere, but this list is "my reports".
  const rows = await db.initiative.findMany({
    where: { AND: [scope, { archivedAt: null }, responsibleWhere(viewer.id, ["DEPUTY"])] },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      title: true,
      departmentId: true,
      leads: { select: { userId: true } },
      members: { select: { userId: true, role: true } },
      ...reportingFactsSelect,
      statusReports: { select: { period: true, state: true, reviewComment: true } },
    },
  });
  return rows
    .filter((i) => can(viewer, "statusReport.draft", factsOf(i)))
    .map((i) => {
      const owed = owedPeriods(reportingFacts(i), now);
      const stateOf = (period: string) => i.statusReports.find((r) => r.period === period)?.state;
      const standingNow = stateOf(current);
      // Earlier quarters owed whose report is missing or not submitted yet, newest first.
      const outstanding = owed
        .filter((p) => p < current && (stateOf(p) === undefined || stateOf(p) === "DRAFT" || stateOf(p) === "RETURNED"))
        .reverse()
        .map((period) => ({ period, standing: (stateOf(period) ?? "DUE") as PeriodStanding, dueDate: reportDueDate(period, graceDays), late: isLate(period, null, now, graceDays) }));
      return {
        code: i.code,
        title: i.title,
        current: standingNow ?? (owed.includes(current) ? "DUE" : "NOT_DUE") as PeriodStanding,
        reviewComment: standingNow === "RETURNED" ? (i.statusReports.find((r) => r.period === current)?.reviewComment ?? null) : null,
        outstanding,
        overdue: outstanding.some((o) => o.late),
      };
    });
}

export async function getReportsInbox(db: Db, viewer: Actor | null, now: Date = appNow(), graceDays: number = reportGraceDays()) {
  assertCan(viewer, "portfolio.read");
  const current = currentPeriod(now);
  const [toReview, mine] = [await awaitingReview(db, viewer, now, graceDays), await ownInitiatives(db, viewer, now, graceDays)];
  return { current, toReview, mine, reviews: initiativeScope(viewer, "statusReport.review") !== null };
}

export type ReportsInbox = Awaited<ReturnType<typeof getReportsInbox>>;
