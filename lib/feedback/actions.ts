"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { answerFeedbackAction, discardFeedbackAction, publishFeedbackAction } from "@/lib/feedback/mutations";

export const answerFeedback = serverAction(answerFeedbackAction);
export const publishFeedback = serverAction(publishFeedbackAction);
export const discardFeedback = serverAction(discardFeedbackAction);
