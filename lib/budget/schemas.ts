// Input schemas for budget lines (per initiative, year, funding level and programme), shared by forms and
// server actions. Planning (planned amount, public flag, note) and recording what was actually
// spent are separate inputs, so that a project lead can only ever send `actual`.
// Fields that are not listed are stripped by zod and never reach a write.
import { z } from "zod";
import { FundingSource } from "@/lib/generated/prisma/enums";
import { decimalInput } from "./decimal-input";

/** Column budget_lines.planned/actual: DECIMAL(14, 2), never negative. */
export const amount = decimalInput({ scale: 2, integerDigits: 12, nonNegative: true });

const id = z.uuid();
const version = z.coerce.number().int().min(1);

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const planFields = {
  planned: amount,
  /** The grant notice's reference (Förderkennzeichen); internal. */
  grantReference: z.string().trim().max(200).default(""),
  /** Forms send true/false (checkbox); the API may omit it. */
  isPublic: z.boolean().default(true),
  note: z.string().trim().max(1000).default(""),
};

export const createBudgetLineInput = z.object({
  initiativeId: id,
  year: z.coerce.number().int().min(2000).max(2100),
  fundingSource: z.enum(FundingSource),
  /** A named programme of the same level, or none ("" from the form's empty choice). */
  programmeId: z.preprocess(emptyToNull, z.uuid().nullable().default(null)),
  ...planFields,
});

export const updateBudgetPlanInput = z.object({ id, version, ...planFields });

export const recordBudgetActualInput = z.object({ id, version, actual: amount });

export const deleteBudgetLineInput = z.object({ id, version });
