// Internal reads of status reports for the initiative page, scoped by the viewer: everyone who
// may read the portfolio sees submitted and approved reports; drafts and returned reports (work
// in progress) only those who may write or review the initiative's reports.
import { appNow } from "@/lib/dates";
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { reportingRequired } from "./obligation";
import { draftablePeriods } from "./report-state";
import { initiativeFacts } from "@/lib/initiatives/facts";

const FINISHED: ReportState[] = ["SUBMITTED", "APPROVED"];

/** The initiative's reports (newest period first) and what the viewer may do with them. Two queries. */
export async function getInitiativeReports(db: Db, viewer: Actor | null, initiativeId: string, now: Date = appNow()) {
  assertCan(viewer, "portfolio.read");
  const initiative = await db.initiative.findUnique({
    where: { id: initiativeId },
    select: { id: true, status: true, actualStart: true, actualEnd: true, archivedAt: true, departmentId: true, leads: { select: { userId: true } } },
  });
  if (!initiative) return null;
  const facts = { ...initiativeFacts(initiative) };
  const mayDraft = can(viewer, "statusReport.draft", facts);
  const mayReview = can(viewer, "statusReport.review", facts);

  const reports = await db.statusReport.findMany({
    where: { initiativeId, ...(mayDraft || mayReview ? {} : { state: { in: FINISHED } }) },
    orderBy: { period: "desc" },
    select: {
      id: true,
      period: true,
      health: true,
      summary: true,
      achievements: true,
      nextSteps: true,
      risks: true,
      publicSummary: true,
      state: true,
      submittedAt: true,
      reviewedAt: true,
      reviewComment: true,
      version: true,
      submittedBy: { select: { name: true } },
      reviewedBy: { select: { name: true } },
      comments: {
        where: { deletedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, body: true, version: true, createdAt: true, updatedAt: true, author: { select: { id: true, name: true } } },
      },
    },
  });

  // Periods the viewer could start a report for: the current one, and the previous one while
  // it is still owed.
  const [current, previous] = draftablePeriods(now) as [string, string];
  const taken = new Set(reports.map((r) => r.period));
  const startable =
    mayDraft && !initiative.archivedAt
      ? [current, previous]
          .filter((p) => !taken.has(p) && (p === current || reportingRequired(initiative, p)))
          .map((period) => ({ period, late: period !== current }))
      : [];

  const withComments = reports.map(({ comments, ...r }) => ({
    ...r,
    comments: comments.map((c) => ({ ...c, edited: c.version > 1, canEdit: can(viewer, "comment.editOwn", { ownerId: c.author.id }) })),
  }));
  return { mayDraft, mayReview, startable, reports: withComments, canComment: can(viewer, "comment.create") };
}

export type InitiativeReports = NonNullable<Awaited<ReturnType<typeof getInitiativeReports>>>;
export type InitiativeReport = InitiativeReports["reports"][number];
