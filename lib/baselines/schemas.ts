// Input of the baseline actions: freezing the plan under a name, a date and a note.
import { z } from "zod";

export const freezeBaselineInput = z.object({
  name: z.string().trim().min(3).max(120),
  baselineDate: z.iso.date(),
  note: z.string().trim().max(2_000).default(""),
});

/** What a comparison page accepts as either side: a baseline's id, or "today". */
export const comparisonSide = z.union([z.literal("today"), z.uuid()]);
