// Input schemas for council decisions (Ratsbeschlüsse), shared by the forms and the actions. A
// decision is a body's vote on a printed matter (Drucksache); it is attached to the masterplan, a
// field of action or an initiative. Unknown fields are stripped by zod.
import { z } from "zod";
import { DecisionOutcome } from "@/lib/generated/prisma/enums";

const id = z.uuid();
const version = z.coerce.number().int().min(1);
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
/** A checkbox: true/false from the form's `booleans`, "on" from a plain form. */
const flag = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Drucksache numbers as councils write them: "24-0815", "DS 18/1234", "0815/2024", "B 12.3". */
export const DRUCKSACHE = /^[\p{L}\p{N}][\p{L}\p{N} ./-]{0,38}[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u;

export const TARGET_KINDS = ["masterplan", "field", "initiative"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

const decisionFields = {
  body: z.string().trim().min(2).max(200),
  number: z.string().trim().min(1).max(40).regex(DRUCKSACHE, { message: "#decisions.errors.number" }),
  decidedOn: z.iso.date(),
  title: z.string().trim().min(3).max(300),
  titleEn: z.preprocess(emptyToNull, z.string().trim().max(300).nullable().default(null)),
  outcome: z.enum(DecisionOutcome),
  isPublic: flag.default(false),
};

/** A new decision, attached at once to what it is recorded for. */
export const createDecisionInput = z.object({ ...decisionFields, targetKind: z.enum(TARGET_KINDS), targetId: id });
export const updateDecisionInput = z.object({ id, version, ...decisionFields });
export const deleteDecisionInput = z.object({ id, version });
/** An existing decision attached to one more thing. */
export const attachDecisionInput = z.object({ decisionId: id, targetKind: z.enum(TARGET_KINDS), targetId: id });
export const detachDecisionInput = z.object({ linkId: id });
