// Input schemas for defining KPIs (Kennzahlen) of an initiative, of the masterplan and of a field of
// action: one set of fields and checks for all three, shared by forms and server actions.
// Values accept German ("1.234,5") and international ("1234.5") notation and stay exact decimals.
// Fields that are not listed (scope, masterplanId …) are stripped by zod and never reach a write.
import { z } from "zod";
import { decimalInput } from "@/lib/budget/decimal-input";
import { KpiDirection, KpiFrequency, KpiValueType } from "@/lib/generated/prisma/enums";
import { optionalEnglishText } from "@/lib/i18n/content";

/** Column kpis.baseline_value/target_value: DECIMAL(18, 4). */
const kpiValue = decimalInput({ scale: 4, integerDigits: 14 });
const id = z.uuid();
const version = z.coerce.number().int().min(1);

const kpiFields = {
  name: z.string().trim().min(3).max(200),
  description: z.string().trim().max(4000).default(""),
  unit: z.string().trim().min(1).max(40),
  /** English texts for the English public site (optional; left out = unchanged). */
  nameEn: optionalEnglishText(200),
  descriptionEn: optionalEnglishText(4000),
  unitEn: optionalEnglishText(40),
  valueType: z.enum(KpiValueType),
  direction: z.enum(KpiDirection),
  baselineValue: kpiValue,
  baselineDate: z.iso.date(),
  targetValue: kpiValue,
  targetDate: z.iso.date(),
  /** Forms send true/false (checkbox); the API may omit it. */
  isPublic: z.boolean().default(true),
  method: z.string().trim().max(4000).default(""),
  source: z.string().trim().max(500).default(""),
  /** How often a value is due ("Erhebung"); drives the next due date. */
  frequency: z.enum(KpiFrequency).default("QUARTERLY"),
  /** The partner who delivers the values (an initiative's KPIs only); forms send "" for none, the API may omit it (unchanged). */
  responsiblePartnerId: z.preprocess((v) => (v === "" ? null : v), z.uuid().nullable().optional()),
};

type KpiFields = { valueType: KpiValueType; baselineValue: string; targetValue: string; baselineDate: string; targetDate: string };

/** Checks across fields; messages name catalogue entries (shared with the measurement form). */
function consistent(v: KpiFields, ctx: z.RefinementCtx) {
  if (v.targetDate <= v.baselineDate) ctx.addIssue({ code: "custom", path: ["targetDate"], message: "#kpis.errors.targetDate" });
  for (const field of ["baselineValue", "targetValue"] as const) {
    const value = Number(v[field]);
    if (v.valueType === "INTEGER" && !Number.isInteger(value)) ctx.addIssue({ code: "custom", path: [field], message: "#kpiMeasurements.errors.notInteger" });
    if (v.valueType === "PERCENT" && (value < 0 || value > 100)) ctx.addIssue({ code: "custom", path: [field], message: "#kpiMeasurements.errors.percentRange" });
  }
}

export const createKpiDefinitionInput = z.object({ initiativeId: id, ...kpiFields }).superRefine(consistent);
/** A KPI of the masterplan itself or of one field of action (`ownerId` is the masterplan's or the field's id). */
export const createPlanKpiDefinitionInput = z
  .object({ scope: z.enum(["MASTERPLAN", "FIELD_OF_ACTION"]), ownerId: id, ...kpiFields })
  .superRefine(consistent);
export const updateKpiDefinitionInput = z.object({ id, version, ...kpiFields }).superRefine(consistent);
export const deleteKpiDefinitionInput = z.object({ id, version });
