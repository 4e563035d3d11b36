// Input schemas for the plan structure an admin sets up in the app: the masterplan (one per
// installation), its fields of action (Handlungsfelder) and the districts (Stadtbezirke). Shared
// by the admin forms and the server actions; unknown fields are stripped by zod.
import { z } from "zod";
import { optionalEnglishText } from "@/lib/i18n/content";

const id = z.uuid();
const version = z.coerce.number().int().min(1);
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const date = z.iso.date();

/** A colour as <input type="color"> writes it: "#rrggbb", stored lower-case; empty means "the palette's". */
export const COLOR = /^#[0-9a-f]{6}$/;
const color = z.preprocess(
  emptyToNull,
  z.string().trim().toLowerCase().regex(COLOR, { message: "#planSetup.errors.colorFormat" }).nullable().default(null),
);

const masterplanFields = {
  title: z.string().trim().min(3).max(200),
  vision: z.string().trim().min(3).max(10_000),
  titleEn: optionalEnglishText(200),
  visionEn: optionalEnglishText(10_000),
  periodStart: date,
  periodEnd: date,
  adoptedAt: z.preprocess(emptyToNull, date.nullable().default(null)),
};

function requireEndAfterStart(v: { periodStart: string; periodEnd: string }, ctx: z.RefinementCtx) {
  if (v.periodEnd <= v.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "#planSetup.errors.periodEndBeforeStart" });
}

export const createMasterplanInput = z.object(masterplanFields).superRefine(requireEndAfterStart);
export const updateMasterplanInput = z.object({ id, version, ...masterplanFields }).superRefine(requireEndAfterStart);

/** A field of action's code is also the prefix of its initiatives' codes ("MOB" → "MOB-03"). */
export const FIELD_CODE = /^[A-Z]{2,5}$/;
const fieldCode = z.string().trim().toUpperCase().regex(FIELD_CODE, { message: "#planSetup.errors.fieldCodeFormat" });

const fieldOfActionFields = {
  code: fieldCode,
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5000).default(""),
  titleEn: optionalEnglishText(200),
  descriptionEn: optionalEnglishText(5000),
  sortOrder: z.coerce.number().int().min(0).max(999).default(0),
  color,
};

export const createFieldOfActionInput = z.object(fieldOfActionFields);
export const updateFieldOfActionInput = z.object({ id, version, ...fieldOfActionFields });
export const moveFieldOfActionInput = z.object({ id, version, direction: z.enum(["up", "down"]) });

const districtFields = {
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(2)
    .max(12)
    .regex(/^[A-Z0-9-]+$/, { message: "#codeFormat" }),
  name: z.string().trim().min(2).max(200),
  sortOrder: z.coerce.number().int().min(0).max(999).default(0),
};

export const createDistrictInput = z.object(districtFields);
export const updateDistrictInput = z.object({ id, version, ...districtFields });

/** Archive, unarchive and delete name the row and the version the admin saw. */
export const rowVersionInput = z.object({ id, version });
