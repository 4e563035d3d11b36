// Input schemas for funding programmes (Förderprogramme), kept by admins and referred to by budget
// lines, shared by the admin forms and the server actions. Unknown fields are stripped by zod.
import { z } from "zod";
import { decimalInput } from "@/lib/budget/decimal-input";
import { FundingSource } from "@/lib/generated/prisma/enums";

const id = z.uuid();
const version = z.coerce.number().int().min(1);
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const day = z.preprocess(emptyToNull, z.iso.date().nullable().default(null));

/** Column funding_programmes.funding_rate: DECIMAL(5, 2), a percentage 0–100; empty = not stated. */
const fundingRate = z.preprocess(
  emptyToNull,
  decimalInput({ scale: 2, integerDigits: 3, nonNegative: true })
    .refine((v) => Number(v) <= 100, { message: "#decimalInput.tooLarge" })
    .nullable()
    .default(null),
);

const programmeFields = {
  name: z.string().trim().min(2).max(200),
  level: z.enum(FundingSource),
  grantReference: z.string().trim().max(200).default(""),
  fundingRate,
  periodFrom: day,
  periodTo: day,
  url: z.preprocess(emptyToNull, z.url({ protocol: /^https?$/ }).max(500).nullable().default(null)),
};

function requireOrderedPeriod(v: { periodFrom: string | null; periodTo: string | null }, ctx: z.RefinementCtx) {
  if (v.periodFrom && v.periodTo && v.periodTo < v.periodFrom) {
    ctx.addIssue({ code: "custom", path: ["periodTo"], message: "#fundingProgrammes.errors.period" });
  }
}

export const createFundingProgrammeInput = z.object(programmeFields).superRefine(requireOrderedPeriod);
export const updateFundingProgrammeInput = z.object({ id, version, ...programmeFields }).superRefine(requireOrderedPeriod);
export const fundingProgrammeRowInput = z.object({ id, version });
