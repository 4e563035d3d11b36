// Use cases of the project lead on an existing report: edit a draft or returned report, and
// submit it for review (again, after a return). Version-checked; approved reports are locked.
import { defineAction, ensureUpdated } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { assertStep, loadReport, reloadReport, reportSelect } from "./report-state";
import { reportTransitionInput, updateReportInput } from "./schemas";

export const updateReportAction = defineAction({
  name: "statusReport.update",
  input: updateReportInput,
  permission: "statusReport.draft",
  load: (tx, input) => loadReport(tx, input.id),
  run: async ({ tx, input, resource: { report: before }, audit }) => {
    assertStep("edit", before.state);
    const { id, version, ...data } = input;
    const { count } = await tx.statusReport.updateMany({
      where: { id, version, state: { in: ["DRAFT", "RETURNED"] } },
      data: { ...data, version: { increment: 1 } },
    });
    await ensureUpdated(count, "StatusReport", () => reloadReport(tx, id));
    const after = await tx.statusReport.findUniqueOrThrow({ where: { id }, select: reportSelect });
    audit({ action: "statusReport.update", entityType: "StatusReport", entityId: id, initiativeId: before.initiativeId, before, after });
    return after;
  },
});

export const submitReportAction = defineAction({
  name: "statusReport.submit",
  input: reportTransitionInput,
  permission: "statusReport.draft",
  load: (tx, input) => loadReport(tx, input.id),
  run: async ({ tx, input, actor, resource: { report: before }, audit }) => {
    assertStep("submit", before.state);
    if (!before.summary.trim()) {
      throw new AppError("VALIDATION", "A report needs a summary before it is submitted.", {
        fieldErrors: { summary: ["#statusReports.errors.summaryRequired"] },
      });
    }
    const { count } = await tx.statusReport.updateMany({
      where: { id: input.id, version: input.version, state: before.state },
      data: { state: "SUBMITTED", submittedById: actor.id, submittedAt: new Date(), version: { increment: 1 } },
    });
    await ensureUpdated(count, "StatusReport", () => reloadReport(tx, input.id));
    const after = await tx.statusReport.findUniqueOrThrow({ where: { id: input.id }, select: reportSelect });
    audit({ action: "statusReport.submit", entityType: "StatusReport", entityId: input.id, initiativeId: before.initiativeId, before, after });
    return after;
  },
});
