// Matrix rows for milestones: every action needs "milestone.edit" or, to mark done, reopen and move
// the forecast, "milestone.progress" (admins; department heads of the initiative's department;
// project leads of the initiative; for progress also partner contacts on their partner's milestones,
// tests/authz/partner-contact.test.ts — here the partner contact is assigned nowhere: refused). The in-scope target is a milestone of
// an initiative the demo project lead leads in the head's department (DIGI); the swapped target
// belongs to an initiative of another department that the lead does not lead.
import { addMilestoneAction, deleteMilestoneAction, editMilestoneAction, reorderMilestoneAction } from "@/lib/milestones/mutations";
import { completeMilestoneAction, moveForecastAction, reopenMilestoneAction } from "@/lib/milestones/status-mutations";
import { leadInitiativeId, uniq, type Case, type Fixture, type Expectation, type Scope } from "./shared";

const inScope: Expectation = { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "ok", viewer: "FORBIDDEN" };
const outOfScope = { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN", partner: "FORBIDDEN" } as const;

/** A fresh milestone at the end of the list (so it can always move up), open or done. */
async function scratchMilestone(f: Fixture, scope: Scope, done = false) {
  const initiativeId = await leadInitiativeId(f, scope);
  const last = await f.db.milestone.aggregate({ where: { initiativeId }, _max: { sortOrder: true } });
  const planned = new Date("2027-03-01T00:00:00Z");
  return f.db.milestone.create({
    data: {
      initiativeId,
      title: `Matrix ${uniq()}`,
      sortOrder: (last._max.sortOrder ?? 0) + 1,
      baselineDate: planned,
      forecastDate: planned,
      completedDate: done ? new Date("2026-01-15T00:00:00Z") : null,
    },
    select: { id: true, version: true },
  });
}

/** A case whose target is a scratch milestone, in scope and swapped. */
function onMilestone(action: Case["action"], input: (m: { id: string; version: number }) => object, done = false): Case {
  const build = (scope: Scope) => async (f: Fixture) => input(await scratchMilestone(f, scope, done));
  return { action, input: build("own"), expect: inScope, foreign: { input: build("foreign"), expect: outOfScope } };
}

export const CASES: Case[] = [
  {
    action: addMilestoneAction as Case["action"],
    input: async (f) => ({ initiativeId: await leadInitiativeId(f, "own"), title: `Neu ${uniq()}`, weight: "2", baselineDate: "2027-05-01", isPublic: true }),
    expect: inScope,
    foreign: {
      input: async (f) => ({ initiativeId: await leadInitiativeId(f, "foreign"), title: `Neu ${uniq()}`, weight: "2", baselineDate: "2027-05-01", isPublic: true }),
      expect: outOfScope,
    },
  },
  onMilestone(editMilestoneAction as Case["action"], (m) => ({ ...m, title: `Umbenannt ${uniq()}`, description: "", weight: 3, isPublic: false, responsiblePartnerId: "" })),
  onMilestone(reorderMilestoneAction as Case["action"], (m) => ({ ...m, direction: "up" })),
  onMilestone(deleteMilestoneAction as Case["action"], (m) => m),
  onMilestone(completeMilestoneAction as Case["action"], (m) => m),
  onMilestone(reopenMilestoneAction as Case["action"], (m) => ({ ...m, reason: "Abnahme doch nicht erfolgt" }), true),
  onMilestone(moveForecastAction as Case["action"], (m) => ({ ...m, forecastDate: "2030-06-15", reason: "Lieferverzug beim Partner" })),
];
