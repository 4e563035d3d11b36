// The status report workflow as a state machine, and the loader every report action shares.
//   DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED (locked)
//   RETURNED ──submit──▶ SUBMITTED ──return──▶ RETURNED
// Any other step is a CONFLICT that says why; approved reports are locked for good.
import { updateVersioned } from "@/lib/actions/versioned-update";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { initiativeFacts, initiativeFactsSelect } from "@/lib/initiatives/facts";

export type ReportStep = "edit" | "submit" | "approve" | "return";

const ALLOWED_FROM: Record<ReportStep, readonly ReportState[]> = {
  edit: ["DRAFT", "RETURNED"],
  submit: ["DRAFT", "RETURNED"],
  approve: ["SUBMITTED"],
  return: ["SUBMITTED"],
};

/** Catalogue key (statusReports.errors.*) that explains why `step` is not possible in `state`. */
function refusal(step: ReportStep, state: ReportState): string {
  if (state === "APPROVED") return "locked";
  if (step === "edit") return "notEditable";
  if (step === "submit") return "alreadySubmitted";
  return "notSubmitted";
}

export function canTake(step: ReportStep, state: ReportState): boolean {
  return ALLOWED_FROM[step].includes(state);
}

/** Throws CONFLICT, with the reason as a form-level error, unless `step` may follow `state`. */
export function assertStep(step: ReportStep, state: ReportState): void {
  if (canTake(step, state)) return;
  const reason = refusal(step, state);
  throw new AppError("CONFLICT", reason === "locked" ? "The report is approved and locked." : `A ${state} report cannot take the step "${step}".`, {
    fieldErrors: { _form: [`#statusReports.errors.${reason}`] },
  });
}

/** What the lead writes in a report: the health it reports and its texts (the public summary too). */
export const reportContentSelect = {
  health: true,
  summary: true,
  achievements: true,
  nextSteps: true,
  risks: true,
  publicSummary: true,
} as const;

/** What actions return and audit about a report. */
export const reportSelect = {
  id: true,
  initiativeId: true,
  period: true,
  ...reportContentSelect,
  state: true,
  submittedById: true,
  submittedAt: true,
  reviewedById: true,
  reviewedAt: true,
  reviewComment: true,
  version: true,
} as const;

/** The report with the facts the policy needs: its initiative's department and project leads. */
export async function loadReport(tx: Tx, id: string) {
  const row = await tx.statusReport.findUnique({
    where: { id },
    select: { ...reportSelect, initiative: { select: initiativeFactsSelect } },
  });
  if (!row) return null;
  const { initiative, ...report } = row;
  return { report, ...initiativeFacts(initiative) };
}

export const reloadReport = (tx: Tx, id: string) => tx.statusReport.findUnique({ where: { id }, select: reportSelect });

/**
 * Writes `data` to the report only while it has the version the caller saw and is still in `state`
 * (two reviewers cannot both act on one submission), then reads it back as the actions return it.
 */
export function updateReportRow(tx: Tx, row: { id: string; version: number }, state: Prisma.StatusReportWhereInput["state"], data: Prisma.StatusReportUncheckedUpdateManyInput) {
  return updateVersioned(
    "StatusReport",
    () => tx.statusReport.updateMany({ where: { id: row.id, version: row.version, state }, data: { ...data, version: { increment: 1 } } }),
    () => reloadReport(tx, row.id),
  );
}
