// Input schemas for status reports (Sachstandsberichte), shared by forms, server actions and the
// API. Fields that are not listed (state, submittedById, reviewedById …) are stripped by zod and
// never reach a write: the workflow sets them, never the caller.
import { z } from "zod";
import { Health } from "@/lib/generated/prisma/enums";
import { defaultLocale, locales } from "@/lib/i18n/config";
import { PERIOD_KIND, parsePeriod } from "./period";

/** What citizens read once the report is approved. */
export const PUBLIC_SUMMARY_MAX = 2000;
const TEXT_MAX = 10_000;
export const REVIEW_COMMENT_MAX = 2000;

const id = z.uuid();
const version = z.coerce.number().int().min(1);
const text = z.string().trim().max(TEXT_MAX).default("");

export const periodSchema = z
  .string()
  .trim()
  .refine((p) => parsePeriod(p)?.kind === PERIOD_KIND, { message: "#statusReports.errors.periodFormat" });

export const createReportDraftInput = z.object({
  initiativeId: id,
  /** Any quarter the initiative owes a report for, or the current one; default: lib/reports/obligation.ts defaultReportPeriod. */
  period: periodSchema.optional(),
  /** Language of the prefilled texts (the form sends the user's). */
  locale: z.enum(locales).default(defaultLocale),
});

export const reportFields = {
  health: z.enum(Health),
  summary: text,
  achievements: text,
  nextSteps: text,
  risks: text,
  publicSummary: z.string().trim().max(PUBLIC_SUMMARY_MAX).default(""),
};

export const updateReportInput = z.object({ id, version, ...reportFields });

/** Submit, approve: the report and the version the user saw. */
export const reportTransitionInput = z.object({ id, version });

export const returnReportInput = z.object({
  id,
  version,
  reviewComment: z.string().trim().min(1).max(REVIEW_COMMENT_MAX),
});

export type ReportFields = z.infer<z.ZodObject<typeof reportFields>>;
