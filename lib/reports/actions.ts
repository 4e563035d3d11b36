"use server";
// Thin server actions for status reports: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { approveReportAction, createReportDraftAction, returnReportAction, submitReportAction, updateReportAction } from "@/lib/reports/mutations";

export const createReportDraft = serverAction(createReportDraftAction);
export const updateReport = serverAction(updateReportAction);
export const submitReport = serverAction(submitReportAction);
export const approveReport = serverAction(approveReportAction);
export const returnReport = serverAction(returnReportAction);
