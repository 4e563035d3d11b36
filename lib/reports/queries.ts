// Internal reads of status reports for the initiative page, scoped by the viewer: everyone who
// may read the portfolio sees submitted and approved reports; drafts and returned reports (work
// in progress) only those who may write or review the initiative's reports.
import { appNow } from "@/lib/dates";
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { draftablePeriods, isLate, reportGraceDays, reportingFacts, reportingFactsSelect } from "./obligation";
import { initiativeFacts } from "@/lib/initiatives/facts";
import { reportContentSelect } from "./report-state";

const FINISHED: ReportState[] = ["SUBMITTED", "APPROVED"];

/**
 * The initiative's reports (newest period first), each marked late when submitted after its due
 * day (or still unsubmitted past it), and what the viewer may do with them. Two queries.
 */
export async function getInitiativeReports(db: Db, viewer: Actor | null, initiativeId: string, now: Date = appNow(), graceDays: number = reportGraceDays()) {
  assertCan(viewer, "portfolio.read");
  const initiative = await db.initiative.findUnique({
    where: { id: initiativeId },
    select: { id: true, archivedAt: true, departmentId: true, leads: { select: { userId: true } }, members: { select: { userId: true, role: true } }, ...reportingFactsSelect },
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
      ...reportContentSelect,
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

  // Quarters the viewer could start a report for: every owed one without a report, and the
  // current one. Who may draft sees every report, drafts included, so `reports` lists all taken.
  const { options, preferred } = draftablePeriods(reportingFacts(initiative), reports.map((r) => r.period), now, graceDays);
  const startable = mayDraft && !initiative.archivedAt ? options : [];

  const withComments = reports.map(({ comments, ...r }) => ({
    ...r,
    // A draft or returned report counts as not submitted: late once its due day has passed.
    late: isLate(r.period, r.state === "SUBMITTED" || r.state === "APPROVED" ? r.submittedAt : null, now, graceDays),
    comments: comments.map((c) => ({ ...c, edited: c.version > 1, canEdit: can(viewer, "comment.editOwn", { ownerId: c.author.id }) })),
  }));
  return { mayDraft, mayReview, startable, preferred: startable.length > 0 ? preferred : null, reports: withComments, canComment: can(viewer, "comment.create") };
}

export type InitiativeReports = NonNullable<Awaited<ReturnType<typeof getInitiativeReports>>>;
export type InitiativeReport = InitiativeReports["reports"][number];
