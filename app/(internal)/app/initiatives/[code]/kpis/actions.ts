"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { createKpiDefinitionAction, deleteKpiDefinitionAction, updateKpiDefinitionAction } from "@/lib/kpis/definitions";
import { recordKpiMeasurementAction } from "@/lib/kpis/mutations";

export const createKpiDefinition = serverAction(createKpiDefinitionAction);
export const updateKpiDefinition = serverAction(updateKpiDefinitionAction);
export const deleteKpiDefinition = serverAction(deleteKpiDefinitionAction);
export const recordKpiMeasurement = serverAction(recordKpiMeasurementAction);
