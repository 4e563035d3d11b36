// Budget lines of an initiative: one per year, funding level and programme (or none). Planning (planned amount,
// public flag, note; `budget.plan`) and recording the actual spend (`budget.recordActual`, which a
// project lead also holds) are separate actions, so a lead can only ever change `actual`.
// Every change is audited with before/after and the initiative, for its history.
// The public flag is a publication (PUBLISH_REVIEW, lib/publish/gate.ts): a line flagged public on a
// public initiative is written internal and becomes the planner's publication request, which another
// person approves; on an internal initiative the flag is set at once (nothing shows before the
// initiative does, and the initiative's own request previews its public lines). Unflagging is immediate.
import { initiativeRowActions } from "@/lib/actions/initiative-row-actions";
import { updateRowVersioned } from "@/lib/actions/versioned-update";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { initiativeFactsSelect, toFacts } from "@/lib/initiatives/facts";
import { partBecomesVisible, publishReviewOn, requestPublication } from "@/lib/publish/gate";
import { budgetLineFields } from "./queries";
import { createBudgetLineInput, deleteBudgetLineInput, recordBudgetActualInput, updateBudgetPlanInput } from "./schemas";

const select = { ...budgetLineFields, initiativeId: true, programmeId: true } as const;

type Amount = { toFixed(digits: number): string };
type Row = { planned: Amount; actual: Amount };

/** Plain values (amounts as "1234.50") for the audit log and for a conflict's `current`, which travels to the browser. */
function plain<T extends Row>(row: T) {
  return { ...row, planned: row.planned.toFixed(2), actual: row.actual.toFixed(2) };
}

/** A budget line with the facts of its initiative; null when it does not exist. */
async function loadLine(tx: Tx, id: string) {
  const line = await tx.budgetLine.findUnique({ where: { id }, select: { ...select, initiative: { select: initiativeFactsSelect } } });
  if (!line) return null;
  const { initiative, ...before } = line;
  return { ...toFacts(initiative), before: plain(before) };
}

const find = async (tx: Tx, id: string) => {
  const row = await tx.budgetLine.findUnique({ where: { id }, select });
  return row ? plain(row) : null;
};

const budgetLines = initiativeRowActions({ entity: "budgetLine", entityType: "BudgetLine", permission: "budget.plan", load: loadLine, find });

/** Whether flagging a line public shows it to citizens now, so that PUBLISH_REVIEW asks instead. */
const asksToPublish = async (tx: Tx, isPublic: boolean, initiativeId: string) => isPublic && publishReviewOn() && (await partBecomesVisible(tx, initiativeId));

/** Writes `data` only while the line has the version the caller saw; then reads it back in plain values. */
const updateLine = (tx: Tx, row: { id: string; version: number }, data: Prisma.BudgetLineUpdateManyMutationInput) =>
  updateRowVersioned("BudgetLine", row, (args) => tx.budgetLine.updateMany(args), data, () => find(tx, row.id));

export const createBudgetLineAction = budgetLines.create({
  input: createBudgetLineInput,
  create: async ({ tx, input }) => {
    if (input.programmeId) {
      // The programme decides the level: a line is never "EU" money from a federal programme.
      const programme = await tx.fundingProgramme.findUnique({ where: { id: input.programmeId }, select: { level: true, archivedAt: true } });
      const refuse = (message: string, code: string) => new AppError("VALIDATION", message, { fieldErrors: { programmeId: [`#budget.errors.${code}`] } });
      if (!programme) throw refuse("No such funding programme.", "programmeMissing");
      if (programme.archivedAt) throw refuse("The funding programme is archived.", "programmeArchived");
      if (programme.level !== input.fundingSource) throw refuse("The funding programme has another level.", "programmeLevel");
    }
    const taken = await tx.budgetLine.count({
      where: { initiativeId: input.initiativeId, year: input.year, fundingSource: input.fundingSource, programmeId: input.programmeId },
    });
    // A field conflict (not a concurrent edit): the form shows it next to the funding source.
    if (taken) throw new AppError("CONFLICT", "A budget line for this year, funding source and programme exists.", { fieldErrors: { fundingSource: ["#budget.errors.duplicate"] } });
    const ask = await asksToPublish(tx, input.isPublic, input.initiativeId);
    return plain(await tx.budgetLine.create({ data: { ...input, isPublic: input.isPublic && !ask }, select }));
  },
  // Asked for public, created internal: the gate held it back for a request.
  afterCreate: async ({ tx, actor, audit, input }, created) => (input.isPublic && !created.isPublic ? requestPublication({ tx, actor, audit }, "BUDGET_LINE", created.id) : null),
});

export const updateBudgetPlanAction = budgetLines.edit("plan", {
  input: updateBudgetPlanInput,
  edit: async ({ tx, actor, audit, resource, input: { id, version, ...data } }) => {
    const ask = !resource.before.isPublic && (await asksToPublish(tx, data.isPublic, resource.initiativeId));
    // The other fields are saved; the flag stays off until the request is approved.
    const after = await updateLine(tx, { id, version }, { ...data, isPublic: data.isPublic && !ask });
    return ask ? { ...after, ...(await requestPublication({ tx, actor, audit }, "BUDGET_LINE", id)) } : after;
  },
});

export const recordBudgetActualAction = budgetLines.edit("recordActual", {
  input: recordBudgetActualInput,
  permission: "budget.recordActual",
  edit: ({ tx, input }) => updateLine(tx, input, { actual: input.actual }),
});

export const deleteBudgetLineAction = budgetLines.remove({
  input: deleteBudgetLineInput,
  remove: ({ tx, input }) => tx.budgetLine.deleteMany({ where: { id: input.id, version: input.version } }),
});
