"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { attachDecisionAction, createDecisionAction, deleteDecisionAction, detachDecisionAction, updateDecisionAction } from "@/lib/decisions/mutations";

export const createDecision = serverAction(createDecisionAction);
export const updateDecision = serverAction(updateDecisionAction);
export const deleteDecision = serverAction(deleteDecisionAction);
export const attachDecision = serverAction(attachDecisionAction);
export const detachDecision = serverAction(detachDecisionAction);
