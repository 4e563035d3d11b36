// The council report's figures of a past quarter from frozen rows, as at the quarter's end: a
// milestone done on the quarter's last day (30 June, 31 December, 29 February's quarter) counts,
// one done a day later is open then; overdue and delay are judged on the day after the quarter.
import { describe, expect, it } from "vitest";
import type { FrozenMilestone } from "./freeze";
import { frozenKeyFigures, frozenKpiRows, frozenLateness, frozenQuarterMilestones, quarterBounds } from "./council-figures";
import type { FrozenQuarter } from "./quarter";

const ms = (baselineDate: string, completedDate: string | null, forecastDate = baselineDate): FrozenMilestone => ({ title: `M ${baselineDate}`, baselineDate, forecastDate, completedDate });

function quarter(period: string, milestones: FrozenMilestone[], extra: Partial<FrozenQuarter["entries"][number]> = {}): FrozenQuarter {
  const entry = {
    initiativeId: "i1",
    initiativeCode: "X-01",
    initiativeTitle: "Test",
    fieldCode: "VER",
    departmentCode: "DIGI",
    health: "AT_RISK" as const,
    status: "IN_PROGRESS" as const,
    progress: 0.5,
    progressPercent: 50,
    milestonesTotal: milestones.length,
    milestonesDone: 0,
    milestonesDoneInPeriod: 0,
    budgetYear: 2026,
    budgetPlanned: "1000.00",
    budgetActual: "250.00",
    frozenAt: "2026-07-10T08:00:00.000Z",
    milestones,
    kpis: [],
    ...extra,
  };
  return { period, entries: [entry], totals: {} as FrozenQuarter["totals"], sincePrevious: null };
}

describe("quarter bounds", () => {
  it.each([
    ["2026-Q2", "2026-04-01", "2026-06-30", "2026-07-01"],
    ["2026-Q4", "2026-10-01", "2026-12-31", "2027-01-01"],
    ["2028-Q1", "2028-01-01", "2028-03-31", "2028-04-01"],
  ])("%s runs from %s to %s", (period, start, end, after) => {
    expect(quarterBounds(period)).toEqual({ start, end, after });
  });
});

describe("figures as at the quarter's end", () => {
  it("counts a milestone done on 30 June in Q2 and one done on 1 July as open and overdue at Q2's end", () => {
    const q = quarter("2026-Q2", [ms("2026-06-30", "2026-06-30"), ms("2026-06-15", "2026-07-01"), ms("2026-09-01", null)]);
    const figures = frozenKeyFigures(q, [{ code: "VER", title: "Verwaltung" }], ["IN_PROGRESS", "ON_HOLD"], 2026);
    expect(figures.milestones).toEqual({ due: 2, completed: 1, onTime: 1, late: 0, open: 1, overdue: 1, punctualityPercent: 100 });
    expect(figures.budget).toEqual({ year: 2026, planned: "1000.00", actual: "250.00", percentSpent: 25 });
    expect(figures.byStatus).toEqual([{ key: "IN_PROGRESS", count: 1 }, { key: "ON_HOLD", count: 0 }]);
    expect(figures.progress.fields).toEqual([{ code: "VER", title: "Verwaltung", initiativeCount: 1, percent: 50 }]);
    const lateness = frozenLateness(q.entries[0]!, "2026-Q2");
    expect(lateness.overdue).toBe(1);
    expect(lateness.late).toEqual([expect.objectContaining({ title: "M 2026-06-15", overdueDays: 16, delayDays: 16 })]);
    expect(frozenQuarterMilestones(q.entries, "2026-Q2").map((m) => m.state)).toEqual(["done", "overdue"]);
  });

  it("judges 31 December in Q4 and 29 February 2028 in Q1", () => {
    const q4 = quarter("2026-Q4", [ms("2026-12-31", "2026-12-31"), ms("2026-12-31", null)]);
    expect(frozenKeyFigures(q4, [], [], 2026).milestones).toMatchObject({ due: 2, completed: 1, open: 1, overdue: 1 });
    const q1 = quarter("2028-Q1", [ms("2028-02-29", "2028-03-01"), ms("2028-03-31", null, "2028-04-15")]);
    expect(frozenKeyFigures(q1, [], [], 2028).milestones).toMatchObject({ due: 2, completed: 1, onTime: 0, late: 1, open: 1, overdue: 0 });
    expect(frozenLateness(q1.entries[0]!, "2028-Q1").delayDays).toBe(15);
  });

  it("judges a KPI at its frozen value and says so when the direction was not frozen", () => {
    const kpi = { name: "Anschlüsse", unit: "Stk.", targetValue: "100", targetDate: "2026-12-31", value: "100", valueDate: "2026-06-30" };
    const frozen = quarter("2026-Q2", [], { kpis: [{ ...kpi, direction: "HIGHER_IS_BETTER", baselineValue: "0", baselineDate: "2026-01-01" }, { ...kpi, name: "Alt" }] });
    expect(frozenKpiRows(frozen.entries).map((k) => [k.name, k.attainment, k.asOfToday])).toEqual([
      ["Anschlüsse", "TARGET_REACHED", false],
      ["Alt", null, false],
    ]);
  });
});
