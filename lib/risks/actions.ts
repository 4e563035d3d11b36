"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { closeRiskAction, createRiskAction, updateRiskAction } from "@/lib/risks/mutations";

export const createRisk = serverAction(createRiskAction);
export const updateRisk = serverAction(updateRiskAction);
export const closeRisk = serverAction(closeRiskAction);
