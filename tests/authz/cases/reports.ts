// Matrix rows for status reports (Sachstandsberichte): drafting, editing and submitting are for
// the initiative's project leads (and admins); approving and returning for the head of the
// initiative's department (and admins). Every row acts on a fresh scratch initiative in the demo
// lead's and head's department (DIGI), led by the demo lead; the `foreign` rows on one in another
// department (VERK) that the demo lead does not lead.
import type { ReportState } from "@/lib/generated/prisma/enums";
import { approveReportAction, createReportDraftAction, returnReportAction, submitReportAction, updateReportAction } from "@/lib/reports/mutations";
import { departmentId, scratchInitiative, scratchReport } from "@/lib/reports/testing";
import type { Case, Expectation, Fixture } from "./shared";

type Scope = "own" | "foreign";

async function initiativeIn(f: Fixture, scope: Scope) {
  if (scope === "own") return scratchInitiative(f.db, { departmentId: await departmentId(f.db, "DIGI"), leadIds: [f.actors.lead.id] });
  const otherLead = await f.db.user.findUniqueOrThrow({ where: { email: "jan.oezdemir@demo.masterplan.example" }, select: { id: true } });
  return scratchInitiative(f.db, { departmentId: await departmentId(f.db, "VERK"), leadIds: [otherLead.id] });
}

async function reportIn(f: Fixture, scope: Scope, state: ReportState) {
  const initiative = await initiativeIn(f, scope);
  return scratchReport(f.db, initiative.id, { state });
}

const fields = { health: "AT_RISK", summary: "Matrix", achievements: "", nextSteps: "", risks: "", publicSummary: "Matrix öffentlich" };

const writers: Expectation = { admin: "ok", head: "FORBIDDEN", council: "FORBIDDEN", lead: "ok", viewer: "FORBIDDEN" };
const reviewers: Expectation = { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN" };
const foreignWriters = { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN" } as const;
const foreignReviewers = { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN" } as const;

const draftInput = (scope: Scope) => async (f: Fixture) => ({ initiativeId: (await initiativeIn(f, scope)).id });
const updateInput = (scope: Scope) => async (f: Fixture) => {
  const r = await reportIn(f, scope, "DRAFT");
  return { id: r.id, version: r.version, ...fields };
};
const transitionInput = (scope: Scope, state: ReportState, extra: Record<string, unknown> = {}) => async (f: Fixture) => {
  const r = await reportIn(f, scope, state);
  return { id: r.id, version: r.version, ...extra };
};

export const CASES: Case[] = [
  {
    action: createReportDraftAction as Case["action"],
    input: draftInput("own"),
    expect: writers,
    foreign: { input: draftInput("foreign"), expect: foreignWriters },
  },
  {
    action: updateReportAction as Case["action"],
    input: updateInput("own"),
    expect: writers,
    foreign: { input: updateInput("foreign"), expect: foreignWriters },
  },
  {
    action: submitReportAction as Case["action"],
    input: transitionInput("own", "DRAFT"),
    expect: writers,
    foreign: { input: transitionInput("foreign", "DRAFT"), expect: foreignWriters },
  },
  {
    action: approveReportAction as Case["action"],
    input: transitionInput("own", "SUBMITTED"),
    expect: reviewers,
    foreign: { input: transitionInput("foreign", "SUBMITTED"), expect: foreignReviewers },
  },
  {
    action: returnReportAction as Case["action"],
    input: transitionInput("own", "SUBMITTED", { reviewComment: "Bitte die Kosten ergänzen." }),
    expect: reviewers,
    foreign: { input: transitionInput("foreign", "SUBMITTED", { reviewComment: "Bitte die Kosten ergänzen." }), expect: foreignReviewers },
  },
];
