// One row of the internal portfolio table, as the loader delivers it and every consumer (the client
// table, the CSV/XLSX export, the tests) reads it. Plain JSON values only, so the rows can be handed
// to a client component unchanged: dates as YYYY-MM-DD, instants as ISO strings, money as exact
// decimal text ("1234.50"), progress as a fraction in [0, 1] (null for cancelled initiatives).
import type { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";

export type PortfolioRow = {
  id: string;
  code: string;
  title: string;
  fieldCode: string;
  fieldTitle: string;
  departmentCode: string;
  departmentName: string;
  /**
   * Codes of the departments contributing besides the lead department, alphabetical: the
   * department filter finds the initiative under each of them too (grouping stays by lead department).
   */
  contributingDepartmentCodes?: string[];
  /** Names of the project leads, alphabetical. */
  leads: string[];
  status: InitiativeStatus;
  health: Health;
  /** lib/initiatives/progress.ts: weighted share of done milestones; null when the initiative does not count. */
  progress: number | null;
  /** The earliest open milestone by forecast date. */
  nextMilestoneTitle: string | null;
  nextMilestoneDate: string | null;
  /**
   * How many days the initiative is behind its baseline today: the largest delay among its open
   * milestones (initiativeDelayDays, lib/milestones/lateness.ts), so a milestone overdue for 90 days
   * that was never re-forecast counts 90; null when it has no open milestone.
   */
  delayDays: number | null;
  /** Open milestones that are overdue today (isOverdue, lib/milestones/lateness.ts). */
  overdueMilestones: number;
  /** Dependencies at risk from a predecessor's slip today (lib/dependencies/slip.ts), worst first; absent when none. */
  slipRisks?: { predecessor: string; days: number }[];
  budgetPlanned: string;
  budgetActual: string;
  /** Last change by a person (audit log), ISO instant; null when nobody ever changed it. */
  lastUpdate: string | null;
  stale: boolean;
  partnerSlugs: string[];
  partnerNames: string[];
  districtSlugs: string[];
  districtNames: string[];
};

/** Choices for the facet filters, in the order the city lists them; labels for codes and slugs. */
export type PortfolioFacetOptions = {
  fields: { value: string; label: string }[];
  departments: { value: string; label: string }[];
  partners: { value: string; label: string }[];
  districts: { value: string; label: string }[];
};

/** Exact money arithmetic: decimal text with two places ↔ whole cents. */
export function toCents(amount: string): number {
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!m) return 0;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -cents : cents;
}

export function fromCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
