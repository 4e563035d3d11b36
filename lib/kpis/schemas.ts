// Input schemas for KPI measurements, shared by the internal API and (later) the KPI forms.
// Checks that need the KPI itself (value type, baseline date) run in the action once it is loaded.
// Fields that are not listed are stripped by zod and never reach a write.
import { z } from "zod";

/** Column limit of kpi_measurements.value: DECIMAL(18, 4). */
const VALUE_LIMIT = 1e14;

export const recordKpiMeasurementInput = z.object({
  kpiId: z.uuid(),
  /** The end of the period the value belongs to, as a calendar date. */
  periodDate: z.iso.date(),
  value: z.number().gt(-VALUE_LIMIT).lt(VALUE_LIMIT),
  note: z.string().trim().max(2000).default(""),
});

export type RecordKpiMeasurementInput = z.infer<typeof recordKpiMeasurementInput>;
