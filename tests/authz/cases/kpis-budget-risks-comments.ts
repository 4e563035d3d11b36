// Matrix rows for keeping an initiative current: KPI definitions, budget lines, risks and comments.
// "Own" targets belong to an initiative of the demo project lead (department DIGI, the demo
// department head's); "foreign" targets to an initiative of another department the lead does not lead.
import { createBudgetLineAction, deleteBudgetLineAction, recordBudgetActualAction, updateBudgetPlanAction } from "@/lib/budget/mutations";
import { createCommentAction, deleteCommentAction, updateCommentAction } from "@/lib/comments/mutations";
import { createKpiDefinitionAction, deleteKpiDefinitionAction, updateKpiDefinitionAction } from "@/lib/kpis/definitions";
import { closeRiskAction, createRiskAction, updateRiskAction } from "@/lib/risks/mutations";
import { everyone, idAndVersion, leadInitiativeId, type Case, type Fixture, type Outcome, type Expectation, type RoleKey, type Scope } from "./shared";

/** kpi.define, budget.plan: admins and the head of the initiative's department. */
const planners: Expectation = { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN" };
/** budget.recordActual, risk.edit: also the initiative's project lead. */
const team: Expectation = { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "ok", viewer: "FORBIDDEN" };
const noneOutside: Expectation = { admin: "FORBIDDEN", head: "FORBIDDEN", council: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN" };
/** On another department's initiative only the admin may act. */
const adminOutside: Partial<Record<RoleKey, Outcome>> = { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN" };


const kpiFields = {
  name: "Matrix-Kennzahl",
  unit: "Anzahl",
  valueType: "DECIMAL",
  direction: "HIGHER_IS_BETTER",
  baselineValue: "1,5",
  baselineDate: "2024-01-01",
  targetValue: "10",
  targetDate: "2028-12-31",
  isPublic: true,
};

async function scratchKpi(f: Fixture, scope: Scope) {
  return f.db.kpi.create({
    data: {
      scope: "INITIATIVE",
      initiativeId: await leadInitiativeId(f, scope),
      name: "Matrix-Kennzahl",
      unit: "Anzahl",
      baselineValue: 1,
      baselineDate: new Date("2024-01-01"),
      targetValue: 10,
      targetDate: new Date("2028-12-31"),
    },
  });
}

/** Budget years nobody else uses, one per created line (unique per initiative, year and source). */
let budgetYear = 2040;
async function scratchLine(f: Fixture, scope: Scope) {
  return f.db.budgetLine.create({ data: { initiativeId: await leadInitiativeId(f, scope), year: budgetYear++, fundingSource: "OTHER", planned: 100 } });
}

const riskFields = { title: "Matrix-Risiko", probability: 2, impact: 3, ownerId: "", status: "OPEN" };
async function scratchRisk(f: Fixture, scope: Scope) {
  return f.db.risk.create({ data: { initiativeId: await leadInitiativeId(f, scope), title: "Matrix-Risiko", probability: 2, impact: 3 } });
}

/** A comment by `author` on the lead's initiative. */
async function scratchComment(f: Fixture, author: RoleKey) {
  return f.db.comment.create({ data: { initiativeId: await leadInitiativeId(f, "own"), authorId: f.actors[author].id, body: "Matrix-Kommentar" } });
}
/** Somebody else's comment: the viewer's, or the admin's for the viewer. */
const otherThan = (role: RoleKey): RoleKey => (role === "viewer" ? "admin" : "viewer");

/**
 * An action on a fresh row of the own and of another department, with the row's id and version and
 * the given fields (none for delete and close; the foreign call sends `foreign`, by default the same).
 */
const onScratchRow = (
  action: Case["action"],
  scratch: (f: Fixture, scope: Scope) => Promise<{ id: string; version: number }>,
  expect: Expectation,
  own: Record<string, unknown> = {},
  foreign: Record<string, unknown> = own,
): Case => ({
  action,
  input: async (f) => ({ ...own, ...idAndVersion(await scratch(f, "own")) }),
  expect,
  foreign: { input: async (f) => ({ ...foreign, ...idAndVersion(await scratch(f, "foreign")) }), expect: adminOutside },
});

export const CASES: Case[] = [
  {
    action: createKpiDefinitionAction as Case["action"],
    input: async (f) => ({ ...kpiFields, initiativeId: await leadInitiativeId(f, "own") }),
    expect: planners,
    foreign: { input: async (f) => ({ ...kpiFields, initiativeId: await leadInitiativeId(f, "foreign") }), expect: adminOutside },
  },
  onScratchRow(updateKpiDefinitionAction as Case["action"], scratchKpi, planners, { ...kpiFields, name: "Umbenannt" }, kpiFields),
  onScratchRow(deleteKpiDefinitionAction as Case["action"], scratchKpi, planners),
  {
    action: createBudgetLineAction as Case["action"],
    // With a programme of its level and a grant reference: naming a programme needs no more than planning.
    input: async (f) => ({
      initiativeId: await leadInitiativeId(f, "own"),
      year: budgetYear++,
      fundingSource: "EU",
      programmeId: (await f.db.fundingProgramme.findFirstOrThrow({ where: { level: "EU", archivedAt: null } })).id,
      grantReference: "EFRE-MATRIX",
      planned: "1.000,00",
    }),
    expect: planners,
    foreign: {
      input: async (f) => ({ initiativeId: await leadInitiativeId(f, "foreign"), year: budgetYear++, fundingSource: "EU", planned: "1000" }),
      expect: adminOutside,
    },
  },
  onScratchRow(updateBudgetPlanAction as Case["action"], scratchLine, planners, { planned: "2.000", isPublic: false, note: "Matrix", grantReference: "FKZ-MATRIX" }, { planned: "2000" }),
  // The lead may record what was spent on an initiative they lead, but not plan.
  onScratchRow(recordBudgetActualAction as Case["action"], scratchLine, team, { actual: "50,25" }, { actual: "50" }),
  onScratchRow(deleteBudgetLineAction as Case["action"], scratchLine, planners),
  {
    action: createRiskAction as Case["action"],
    input: async (f) => ({ ...riskFields, initiativeId: await leadInitiativeId(f, "own") }),
    expect: team,
    foreign: { input: async (f) => ({ ...riskFields, initiativeId: await leadInitiativeId(f, "foreign") }), expect: adminOutside },
  },
  onScratchRow(updateRiskAction as Case["action"], scratchRisk, team, { ...riskFields, impact: 5 }, riskFields),
  onScratchRow(closeRiskAction as Case["action"], scratchRisk, team),
  {
    action: createCommentAction as Case["action"],
    input: async (f) => ({ initiativeId: await leadInitiativeId(f, "own"), body: "Matrix-Kommentar", authorId: f.actors.admin.id }),
    expect: everyone,
    // Commenting has no scope: any signed-in role may comment on any initiative.
    foreign: { input: async (f) => ({ initiativeId: await leadInitiativeId(f, "foreign"), body: "Matrix-Kommentar" }), expect: everyone },
  },
  {
    action: updateCommentAction as Case["action"],
    input: async (f, role) => {
      const c = await scratchComment(f, role);
      return { id: c.id, version: c.version, body: "Geändert" };
    },
    expect: everyone,
    // Swapped id: somebody else's comment. Nobody, not even an admin, edits another's words.
    foreign: {
      input: async (f, role) => {
        const c = await scratchComment(f, otherThan(role));
        return { id: c.id, version: c.version, body: "Übernommen" };
      },
      expect: noneOutside,
    },
  },
  {
    action: deleteCommentAction as Case["action"],
    input: async (f, role) => {
      const c = await scratchComment(f, role);
      return { id: c.id, version: c.version };
    },
    expect: everyone,
    foreign: {
      input: async (f, role) => {
        const c = await scratchComment(f, otherThan(role));
        return { id: c.id, version: c.version };
      },
      expect: noneOutside,
    },
  },
];
