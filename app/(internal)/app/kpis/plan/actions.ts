"use server";
// Thin server actions: the KPIs' checks, authorization (against the loaded KPI) and audit live in
// the action definitions, the same ones the initiative page uses for editing, deleting and values.
import { serverAction } from "@/lib/actions/server";
import { createPlanKpiDefinitionAction, deleteKpiDefinitionAction, updateKpiDefinitionAction } from "@/lib/kpis/definitions";
import { recordKpiMeasurementAction } from "@/lib/kpis/mutations";

export const createPlanKpiDefinition = serverAction(createPlanKpiDefinitionAction);
export const updatePlanKpiDefinition = serverAction(updateKpiDefinitionAction);
export const deletePlanKpiDefinition = serverAction(deleteKpiDefinitionAction);
export const recordPlanKpiMeasurement = serverAction(recordKpiMeasurementAction);
