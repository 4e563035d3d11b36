// When an initiative owes a status report for a period: while it runs. It runs from its actual
// start to its actual end; a completed or cancelled initiative without an end date owes nothing.
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { periodEnd, periodStart } from "./period";

export type ReportingFacts = { status: InitiativeStatus; actualStart: Date | null; actualEnd: Date | null };

export function reportingRequired(initiative: ReportingFacts, period: string): boolean {
  const { status, actualStart, actualEnd } = initiative;
  if (!actualStart || actualStart > periodEnd(period)) return false;
  if (actualEnd) return actualEnd >= periodStart(period);
  return status !== "COMPLETED" && status !== "CANCELLED";
}
