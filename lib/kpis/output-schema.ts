// A KPI's target as the APIs answer with it (the internal JSON API and the open data): the fields of
// kpiTargetSelect (queries.ts) but the id, decimals as numbers, dates as each API writes its days.
import { z } from "zod";
import { KpiDirection, KpiValueType } from "@/lib/generated/prisma/enums";

export const kpiTargetOutputShape = <Day extends z.ZodType>(day: Day) => ({
  name: z.string(),
  description: z.string(),
  unit: z.string(),
  valueType: z.enum(KpiValueType),
  direction: z.enum(KpiDirection),
  baselineValue: z.number(),
  baselineDate: day,
  targetValue: z.number(),
  targetDate: day,
});
