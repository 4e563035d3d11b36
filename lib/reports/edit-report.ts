// Use cases of the project lead on an existing report: edit a draft or returned report, and
// submit it for review (again, after a return). Version-checked; approved reports are locked.
import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { assertStep, loadReport, updateReportRow } from "./report-state";
import { reportTransitionInput, updateReportInput } from "./schemas";

export const updateReportAction = defineAction({
  name: "statusReport.update",
  input: updateReportInput,
  permission: "statusReport.draft",
  load: (tx, input) => loadReport(tx, input.id),
  run: async ({ tx, input, resource: { report: before }, audit }) => {
    assertStep("edit", before.state);
    const { id, version, ...data } = input;
    const after = await updateReportRow(tx, { id, version }, { in: ["DRAFT", "RETURNED"] }, data);
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
    const after = await updateReportRow(tx, input, before.state, { state: "SUBMITTED", submittedById: actor.id, submittedAt: new Date() });
    audit({ action: "statusReport.submit", entityType: "StatusReport", entityId: input.id, initiativeId: before.initiativeId, before, after });
    return after;
  },
});
