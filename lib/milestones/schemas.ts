// Input schemas for milestones, shared by the forms, server actions and (later) the API. Checks
// that need the stored milestone or "today" (future dates, the initiative's partners) run in the
// actions. Fields that are not listed are stripped by zod and never reach a write; dates move
// only through `moveForecastInput`.
import { z } from "zod";
import { optionalEnglishText } from "@/lib/i18n/content";

const id = z.uuid();
const version = z.coerce.number().int().min(1);

/** Forms send "" for an empty optional field. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** Form fields arrive as strings: "" is missing, anything else is read as a number (NaN is rejected). */
const blankToNumber = (v: unknown) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v);
const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

/** A calendar date (YYYY-MM-DD) within a sane planning horizon. */
const calendarDate = z.iso
  .date()
  // Malformed input already has its error; the range applies only to well-formed dates.
  .refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || (d >= "2000-01-01" && d <= "2099-12-31"), { message: "#milestones.errors.dateRange" });

/** A required date: an empty form field means "missing", not "malformed". */
export const requiredDate = z.preprocess(blankToUndefined, calendarDate);
/** An optional date: an empty form field means "none". */
export const optionalDate = z.preprocess(blankToNull, calendarDate.nullable());

/** Optional short code, unique within the initiative (the import identifies milestones by it): no spaces or semicolons. */
export const milestoneCode = z.preprocess(
  blankToNull,
  z.string().trim().max(20).regex(/^[^\s;]+$/, { message: "#initiatives.errors.milestoneCodeFormat" }).nullable(),
);

/** Why a date moves or a completion is taken back: mandatory, a few words at least. */
const reason = z
  .string({ error: "#milestones.errors.reasonRequired" })
  .trim()
  .min(5, { message: "#milestones.errors.reasonRequired" })
  .max(1000);

/** What the edit form changes (everything but the dates). */
export const planFields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5000).default(""),
  /** English texts for the English public site (optional; left out = unchanged). */
  titleEn: optionalEnglishText(200),
  descriptionEn: optionalEnglishText(5000),
  weight: z.preprocess(blankToNumber, z.number().int().min(1).max(10)),
  /** Forms send true/false (ActionForm `booleans`); the API may leave it out. */
  isPublic: z.boolean().default(true),
  responsiblePartnerId: z.preprocess(blankToNull, id.nullable()),
};

export const addMilestoneInput = z.object({ initiativeId: id, ...planFields, baselineDate: requiredDate });
export const editMilestoneInput = z.object({ id, version, ...planFields });
export const reorderMilestoneInput = z.object({ id, version, direction: z.enum(["up", "down"]) });
export const deleteMilestoneInput = z.object({ id, version });

/** Mark done: without a date it is done today (in the city's time zone). */
export const completeMilestoneInput = z.object({ id, version, completedDate: z.preprocess(blankToUndefined, calendarDate.optional()) });
export const reopenMilestoneInput = z.object({ id, version, reason });
export const moveForecastInput = z.object({ id, version, forecastDate: requiredDate, reason });

export type AddMilestoneInput = z.infer<typeof addMilestoneInput>;
export type EditMilestoneInput = z.infer<typeof editMilestoneInput>;
