// Use cases of the project lead on an existing report: edit a draft or returned report, and
// submit it for review (again, after a return). Version-checked; approved reports are locked.
import { AppError } from "@/lib/errors/app-error";
import { reportStepAction } from "./report-step-action";
import { reportTransitionInput, updateReportInput } from "./schemas";

export const updateReportAction = reportStepAction({
  name: "statusReport.update",
  step: "edit",
  input: updateReportInput,
  permission: "statusReport.draft",
  change: ({ input: { id: _id, version: _version, ...data } }) => data,
});

export const submitReportAction = reportStepAction({
  name: "statusReport.submit",
  step: "submit",
  input: reportTransitionInput,
  permission: "statusReport.draft",
  change: ({ actor, before }) => {
    if (!before.summary.trim()) {
      throw new AppError("VALIDATION", "A report needs a summary before it is submitted.", {
        fieldErrors: { summary: ["#statusReports.errors.summaryRequired"] },
      });
    }
    return { state: "SUBMITTED", submittedById: actor.id, submittedAt: new Date() };
  },
});
