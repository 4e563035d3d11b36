// Matrix rows for the plan's own KPIs (masterplan and fields of action): they belong to no
// department, so `kpi.define` leaves them, and recording their values, to admins.
import { createPlanKpiDefinitionAction, updateKpiDefinitionAction } from "@/lib/kpis/definitions";
import { recordKpiMeasurementAction } from "@/lib/kpis/mutations";
import { adminOnly, uniq, type Case, type Fixture } from "./shared";

const kpiFields = {
  name: "Matrix-Kennzahl des Plans",
  unit: "Anzahl",
  valueType: "DECIMAL",
  direction: "HIGHER_IS_BETTER",
  baselineValue: "10",
  baselineDate: "2024-01-01",
  targetValue: "100",
  targetDate: "2030-12-31",
  frequency: "YEARLY",
};

async function planKpi(f: Fixture) {
  const masterplan = await f.db.masterplan.findFirstOrThrow({ select: { id: true } });
  return f.db.kpi.create({
    data: { ...kpiFields, name: `Matrix ${uniq()}`, scope: "MASTERPLAN", masterplanId: masterplan.id, valueType: "DECIMAL", direction: "HIGHER_IS_BETTER", frequency: "YEARLY", baselineDate: new Date("2024-01-01"), targetDate: new Date("2030-12-31") },
  });
}

export const CASES: Case[] = [
  {
    action: createPlanKpiDefinitionAction as Case["action"],
    input: async (f) => {
      const field = await f.db.fieldOfAction.findFirstOrThrow({ select: { id: true } });
      return { ...kpiFields, name: `Feld-Kennzahl ${uniq()}`, scope: "FIELD_OF_ACTION", ownerId: field.id };
    },
    expect: adminOnly,
  },
  // Actions other files cover for initiative KPIs, here against a plan-level KPI.
  {
    action: updateKpiDefinitionAction as Case["action"],
    input: async (f) => {
      const k = await planKpi(f);
      return { ...kpiFields, id: k.id, version: k.version, name: "Umbenannt" };
    },
    expect: adminOnly,
  },
  {
    action: recordKpiMeasurementAction as Case["action"],
    input: async (f) => ({ kpiId: (await planKpi(f)).id, periodDate: "2026-06-30", value: 42 }),
    expect: adminOnly,
  },
];
