// Matrix rows for comments on status reports: every role may discuss a submitted or approved
// report; a draft exists only for those who write or review it.
import { createReportCommentAction } from "@/lib/comments/mutations";
import { everyone, type Case, type Fixture } from "./shared";

async function reportOf(f: Fixture, state: "APPROVED" | "DRAFT") {
  const lead = f.actors.lead;
  const report = await f.db.statusReport.findFirstOrThrow({
    where: { state, initiative: { leads: { some: { userId: lead.id } }, departmentId: lead.departmentId! } },
    select: { id: true },
  });
  return { statusReportId: report.id, body: "Frage zum Bericht" };
}

export const CASES: Case[] = [
  {
    action: createReportCommentAction as Case["action"],
    input: (f) => reportOf(f, "APPROVED"),
    expect: everyone,
    // A draft of the lead's department: its lead and department head may comment, others do not see it.
    foreign: {
      input: (f) => reportOf(f, "DRAFT"),
      expect: { admin: "ok", head: "ok", lead: "ok", council: "NOT_FOUND", viewer: "NOT_FOUND" },
    },
  },
];
