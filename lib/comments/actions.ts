"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { createCommentAction, createReportCommentAction, deleteCommentAction, updateCommentAction } from "@/lib/comments/mutations";

export const createComment = serverAction(createCommentAction);
export const updateComment = serverAction(updateCommentAction);
export const deleteComment = serverAction(deleteCommentAction);
export const createReportComment = serverAction(createReportCommentAction);
