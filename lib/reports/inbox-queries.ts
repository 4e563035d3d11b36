// The reports inbox (/app/reports), scoped by the viewer:
// - reviewers: the submitted reports awaiting their decision (their department's; admins: all);
// - project leads: per initiative they lead, where the current period's report stands and
//   whether the previous period's is overdue.
// A fixed number of queries, however many initiatives there are.
import { appNow } from "@/lib/dates";
import { POLICY, assertCan, can, type Actor, type Permission } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { reportingRequired } from "./obligation";
import { currentPeriod, previousPeriod } from "./period";
import { initiativeFacts } from "@/lib/initiatives/facts";

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
      return { leads: { some: { userId: viewer.id } } };
    case "ownDepartmentOrLeads":
      return { OR: [...(viewer.departmentId ? [{ departmentId: viewer.departmentId }] : []), { leads: { some: { userId: viewer.id } } }] };
    default:
      return null;
  }
}

const factsOf = (i: { departmentId: string; leads: { userId: string }[] }) => ({ ...initiativeFacts(i) });

async function awaitingReview(db: Db, viewer: Actor) {
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
      initiative: { select: { code: true, title: true, departmentId: true, department: { select: { code: true } }, leads: { select: { userId: true } } } },
    },
  });
  return rows
    .filter((r) => can(viewer, "statusReport.review", factsOf(r.initiative)))
    .map(({ initiative: { departmentId: _d, leads: _l, ...initiative }, ...r }) => ({ ...r, initiative }));
}

/** Where a period's report stands: its state, or whether one is owed at all. */
export type PeriodStanding = ReportState | "DUE" | "NOT_DUE";

async function ownInitiatives(db: Db, viewer: Actor, current: string, previous: string) {
  const scope = initiativeScope(viewer, "statusReport.draft");
  if (!scope) return [];
  // Only initiatives the viewer leads: admins may draft anywhere, but this list is "my reports".
  const rows = await db.initiative.findMany({
    where: { AND: [scope, { archivedAt: null, leads: { some: { userId: viewer.id } } }] },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      title: true,
      status: true,
      actualStart: true,
      actualEnd: true,
      departmentId: true,
      leads: { select: { userId: true } },
      statusReports: { where: { period: { in: [current, previous] } }, select: { period: true, state: true, reviewComment: true } },
    },
  });
  return rows
    .filter((i) => can(viewer, "statusReport.draft", factsOf(i)))
    .map((i) => {
      const standing = (period: string): PeriodStanding => {
        const report = i.statusReports.find((r) => r.period === period);
        return report ? report.state : reportingRequired(i, period) ? "DUE" : "NOT_DUE";
      };
      const now = i.statusReports.find((r) => r.period === current);
      const before = standing(previous);
      return {
        code: i.code,
        title: i.title,
        current: standing(current),
        reviewComment: now?.state === "RETURNED" ? now.reviewComment : null,
        previous: before,
        overdue: before !== "APPROVED" && before !== "NOT_DUE",
      };
    });
}

export async function getReportsInbox(db: Db, viewer: Actor | null, now: Date = appNow()) {
  assertCan(viewer, "portfolio.read");
  const current = currentPeriod(now);
  const previous = previousPeriod(current);
  const [toReview, mine] = [await awaitingReview(db, viewer), await ownInitiatives(db, viewer, current, previous)];
  return { current, previous, toReview, mine, reviews: initiativeScope(viewer, "statusReport.review") !== null };
}

export type ReportsInbox = Awaited<ReturnType<typeof getReportsInbox>>;
