// Matrix rows for moderating citizens' feedback (issue 20): the heads of the initiative's own
// department and admins answer, publish or discard; nobody else, and a head of another department
// is refused by direct request (a fresh feedback on a VERK initiative, outside the demo head's DIGI).
import { answerFeedbackAction, discardFeedbackAction, publishFeedbackAction } from "@/lib/feedback/mutations";
import type { Case, Expectation, Fixture, Outcome, RoleKey, Scope } from "./shared";

async function freshFeedback(f: Fixture, scope: Scope) {
  const initiative = await f.db.initiative.findFirstOrThrow({
    where: { visibility: "PUBLIC", archivedAt: null, department: { code: scope === "own" ? "DIGI" : "VERK" } },
    orderBy: { code: "asc" },
    select: { id: true },
  });
  return f.db.feedback.create({ data: { initiativeId: initiative.id, message: "Frage aus der Matrix", email: "matrix@example.org" }, select: { id: true, version: true } });
}

const moderators: Expectation = { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN" };
const foreign: Partial<Record<RoleKey, Outcome>> = { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN" };

function row(action: Case["action"], extra: object): Case {
  const input = async (f: Fixture, scope: Scope) => ({ ...(await freshFeedback(f, scope)), ...extra });
  return { action, input: (f) => input(f, "own"), expect: moderators, foreign: { input: (f) => input(f, "foreign"), expect: foreign } };
}

export const CASES: Case[] = [
  row(answerFeedbackAction as Case["action"], { answer: "Danke für den Hinweis." }),
  row(publishFeedbackAction as Case["action"], { answer: "Das ist geplant." }),
  row(discardFeedbackAction as Case["action"], {}),
];
