// Status report writes, one module per use case; import them from here.
export { createReportDraftAction } from "./create-draft";
export { submitReportAction, updateReportAction } from "./edit-report";
export { approveReportAction, returnReportAction } from "./review-report";
