"use server";
// Thin server actions for an initiative's milestones: all logic, validation and authorization live
// in the action definitions in lib/milestones.
import { serverAction } from "@/lib/actions/server";
import { addMilestoneAction, deleteMilestoneAction, editMilestoneAction, reorderMilestoneAction } from "@/lib/milestones/mutations";
import { completeMilestoneAction, moveForecastAction, reopenMilestoneAction } from "@/lib/milestones/status-mutations";

export const addMilestone = serverAction(addMilestoneAction);
export const editMilestone = serverAction(editMilestoneAction);
export const reorderMilestone = serverAction(reorderMilestoneAction);
export const deleteMilestone = serverAction(deleteMilestoneAction);
export const completeMilestone = serverAction(completeMilestoneAction);
export const reopenMilestone = serverAction(reopenMilestoneAction);
export const moveForecast = serverAction(moveForecastAction);
