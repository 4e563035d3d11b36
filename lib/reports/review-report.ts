// Use cases of the reviewer (the department head of the initiative's department, or an admin):
// approve a submitted report — which locks it and carries its health over to the initiative —
// or return it to the project lead with a comment saying what to change.
import { notifySubscribers } from "@/lib/subscriptions/notify";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { greenerThanSuggested, loadInitiativeHealth, suggestHealth } from "@/lib/initiatives/health-suggestion";
import { freezeReportSnapshot } from "@/lib/report-snapshots/freeze";
import { reportStepAction } from "./report-step-action";
import { reportTransitionInput, returnReportInput } from "./schemas";

/** Actions by which someone writes a report: their author may not approve it (four eyes). */
const AUTHORING = ["statusReport.createDraft", "statusReport.update", "statusReport.submit"];

/**
 * Four eyes (FOUR_EYES, on by default): the approver neither submitted the report nor wrote any of
 * it (its history in the audit log). Cities too small for it switch it off; the page says so.
 */
export async function assertFourEyes(tx: Tx, report: { id: string; submittedById: string | null }, actorId: string, enabled = env().fourEyes) {
  if (!enabled) return;
  const wrote =
    report.submittedById === actorId ||
    (await tx.auditEvent.count({ where: { entityType: "StatusReport", entityId: report.id, actorId, action: { in: AUTHORING } } })) > 0;
  if (wrote) {
    throw new AppError("FORBIDDEN", "Four-eyes principle: you wrote or submitted this report, so someone else approves it.", {
      fieldErrors: { _form: ["#statusReports.fourEyes.refused"] },
    });
  }
}

export const approveReportAction = reportStepAction({
  name: "statusReport.approve",
  step: "approve",
  input: reportTransitionInput,
  permission: "statusReport.review",
  change: async ({ tx, actor, before }) => {
    await assertFourEyes(tx, before, actor.id);
    return { state: "APPROVED", reviewedById: actor.id, reviewedAt: new Date() };
  },
  afterwards: async ({ tx, before, audit, now }, after) => {
    // Citizens subscribed to the initiative (its field, the masterplan) hear of a public report.
    await notifySubscribers(tx, { kind: "reportApproved", initiativeId: before.initiativeId, reportId: after.id }, now);
    // The approved report is the authoritative word on the initiative's health. A health greener
    // than the one the data suggest (lib/initiatives/health-suggestion.ts) does not block the
    // approval: the reviewer has read the report, and a report carries no separate health reason.
    // The event records the suggestion (as after this approval, a change by a person, so without
    // staleness); the dashboard and the council report list the initiative as "greener than
    // suggested" for as long as it is, and the status form asks for a reason at the next save.
    const initiativeSelect = { id: true, health: true, version: true } as const;
    const initiative = await tx.initiative.findUniqueOrThrow({ where: { id: before.initiativeId }, select: initiativeSelect });
    if (initiative.health !== after.health) {
      const [stored] = await loadInitiativeHealth(tx, Prisma.sql`i.id = ${initiative.id}::uuid`);
      const suggestion = stored ? suggestHealth(stored.facts, { disregardStaleness: true }) : null;
      const updated = await tx.initiative.update({
        where: { id: initiative.id },
        data: { health: after.health, version: { increment: 1 } },
        select: initiativeSelect,
      });
      audit({
        action: "initiative.health.fromReport",
        entityType: "Initiative",
        entityId: initiative.id,
        initiativeId: initiative.id,
        before: initiative,
        after: { ...updated, statusReportId: after.id, period: after.period, ...(greenerThanSuggested(after.health, suggestion) ? { greenerThanSuggested: suggestion } : {}) },
      });
    }
    // The figures the report was approved against, frozen with it (the council report of its quarter).
    await freezeReportSnapshot(tx, after);
  },
});

export const returnReportAction = reportStepAction({
  name: "statusReport.return",
  step: "return",
  input: returnReportInput,
  permission: "statusReport.review",
  change: ({ input, actor }) => ({ state: "RETURNED", reviewComment: input.reviewComment, reviewedById: actor.id, reviewedAt: new Date() }),
});
