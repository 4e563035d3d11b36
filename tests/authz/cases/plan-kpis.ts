// Matrix rows for the plan's own KPIs (masterplan and fields of action): creating them is plan
// setup (`structure.manage`); editing, deleting and recording values go through the actions the
// initiative page uses, where the loaded KPI (no department, no leads) leaves them to admins.
// An admin's attempt on an archived field is refused by a rule of the data, not by the policy.
import { createPlanKpiDefinitionAction, deleteKpiDefinitionAction, updateKpiDefinitionAction } from "@/lib/kpis/definitions";
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
} as const;

/** A fresh KPI of the masterplan, or of a field of action (archived or not). */
async function planKpi(f: Fixture, owner: "masterplan" | "field" = "masterplan") {
  const masterplan = await f.db.masterplan.findFirstOrThrow({ select: { id: true } });
  const field = owner === "field" ? await f.db.fieldOfAction.findFirstOrThrow({ where: { masterplanId: masterplan.id }, select: { id: true } }) : null;
  return f.db.kpi.create({
    data: {
      ...kpiFields,
      name: `Matrix ${uniq()}`,
      ...(field ? { scope: "FIELD_OF_ACTION", fieldOfActionId: field.id } : { scope: "MASTERPLAN", masterplanId: masterplan.id }),
      baselineDate: new Date("2024-01-01"),
      targetDate: new Date("2030-12-31"),
    },
  });
}

async function scratchField(f: Fixture, archived: boolean) {
  const masterplan = await f.db.masterplan.findFirstOrThrow({ select: { id: true } });
  const code = `KZ${uniq()}`.slice(0, 10);
  return f.db.fieldOfAction.create({
    data: { masterplanId: masterplan.id, code, slug: `matrix-kpi-${code.toLowerCase()}`, title: "Matrixfeld für Kennzahlen", sortOrder: 980, archivedAt: archived ? new Date("2026-01-01T00:00:00Z") : null },
  });
}

export const CASES: Case[] = [
  {
    action: createPlanKpiDefinitionAction as Case["action"],
    input: async (f) => ({ ...kpiFields, name: `Feld-Kennzahl ${uniq()}`, scope: "FIELD_OF_ACTION", ownerId: (await scratchField(f, false)).id }),
    expect: adminOnly,
    // An archived field takes no new KPIs, not even from an admin; the others are refused before that.
    foreign: {
      input: async (f) => ({ ...kpiFields, name: `Archiv-Kennzahl ${uniq()}`, scope: "FIELD_OF_ACTION", ownerId: (await scratchField(f, true)).id }),
      expect: { ...adminOnly, admin: "CONFLICT" },
    },
  },
  // The generalised actions (rows for initiative KPIs live in kpis-budget-risks-comments.ts and
  // admin-and-account.ts), here against KPIs of the masterplan and of a field.
  {
    action: updateKpiDefinitionAction as Case["action"],
    input: async (f) => {
      const k = await planKpi(f);
      return { ...kpiFields, id: k.id, version: k.version, name: "Umbenannt" };
    },
    expect: adminOnly,
    foreign: {
      input: async (f) => {
        const k = await planKpi(f, "field");
        return { ...kpiFields, id: k.id, version: k.version, name: "Umbenannt im Feld" };
      },
      expect: adminOnly,
    },
  },
  {
    action: deleteKpiDefinitionAction as Case["action"],
    input: async (f) => {
      const k = await planKpi(f, "field");
      return { id: k.id, version: k.version };
    },
    expect: adminOnly,
  },
  {
    action: recordKpiMeasurementAction as Case["action"],
    input: async (f) => ({ kpiId: (await planKpi(f)).id, periodDate: "2026-06-30", value: 42 }),
    expect: adminOnly,
    foreign: {
      input: async (f) => ({ kpiId: (await planKpi(f, "field")).id, periodDate: "2026-06-30", value: 42 }),
      expect: adminOnly,
    },
  },
];
