// A portfolio row for tests: every field set, overridable, so each test states only what it is about.
import type { PortfolioRow } from "./row";

export function portfolioRow(code: string, over: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    id: `id-${code}`,
    code,
    title: `Vorhaben ${code}`,
    fieldCode: code.slice(0, 3),
    fieldTitle: `Feld ${code.slice(0, 3)}`,
    departmentCode: "DIGI",
    departmentName: "Digitalisierung",
    leads: [],
    status: "IN_PROGRESS",
    health: "ON_TRACK",
    progress: 0.5,
    nextMilestoneTitle: null,
    nextMilestoneDate: null,
    delayDays: null,
    overdueMilestones: 0,
    budgetPlanned: "0.00",
    budgetActual: "0.00",
    lastUpdate: null,
    stale: false,
    partnerSlugs: [],
    partnerNames: [],
    districtSlugs: [],
    districtNames: [],
    ...over,
  };
}
