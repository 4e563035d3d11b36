"use server";
// Thin server actions for KPIs, used by the initiative page and the masterplan's KPI page alike:
// the checks, authorization (against the loaded KPI) and audit live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { createKpiDefinitionAction, createPlanKpiDefinitionAction, deleteKpiDefinitionAction, updateKpiDefinitionAction } from "@/lib/kpis/definitions";
import { recordKpiMeasurementAction } from "@/lib/kpis/mutations";

export const createKpiDefinition = serverAction(createKpiDefinitionAction);
export const createPlanKpiDefinition = serverAction(createPlanKpiDefinitionAction);
export const updateKpiDefinition = serverAction(updateKpiDefinitionAction);
export const deleteKpiDefinition = serverAction(deleteKpiDefinitionAction);
export const recordKpiMeasurement = serverAction(recordKpiMeasurementAction);
