"use server";
// Thin server action: the plan-level KPI's checks, authorization and audit live in its definition.
import { serverAction } from "@/lib/actions/server";
import { createPlanKpiDefinitionAction } from "@/lib/kpis/definitions";

export const createPlanKpiDefinition = serverAction(createPlanKpiDefinitionAction);
