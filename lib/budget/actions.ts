"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { createBudgetLineAction, deleteBudgetLineAction, recordBudgetActualAction, updateBudgetPlanAction } from "@/lib/budget/mutations";

export const createBudgetLine = serverAction(createBudgetLineAction);
export const updateBudgetPlan = serverAction(updateBudgetPlanAction);
export const recordBudgetActual = serverAction(recordBudgetActualAction);
export const deleteBudgetLine = serverAction(deleteBudgetLineAction);
