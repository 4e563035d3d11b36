import { describe, expect, it } from "vitest";
import { predecessorEnd, slipRiskDays, successorNeedBy, type InitiativeSchedule, type MilestoneSchedule } from "./slip";

const milestone = (forecastDate: string, completedDate: string | null = null, baselineDate = forecastDate): MilestoneSchedule => ({ kind: "milestone", baselineDate, forecastDate, completedDate });
const initiative = (over: Partial<InitiativeSchedule>): InitiativeSchedule => ({
  kind: "initiative",
  status: "PLANNED",
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  milestones: [],
  ...over,
});

describe("slip propagation", () => {
  it("flags a planned successor when the predecessor's forecast ends after its planned start, by the gap in days (across 29 February)", () => {
    const net = initiative({ status: "IN_PROGRESS", actualStart: "2027-01-01", milestones: [milestone("2028-02-15"), milestone("2028-04-14", null, "2028-02-29")] });
    const mob = initiative({ plannedStart: "2028-02-29", plannedEnd: "2029-12-31" });
    expect(predecessorEnd(net, "2028-01-10")).toBe("2028-04-14");
    expect(slipRiskDays(net, mob, "2028-01-10")).toBe(45);
    // Finished on time: no flag.
    expect(slipRiskDays(initiative({ ...net, milestones: [milestone("2028-02-29")] }), mob, "2028-01-10")).toBeNull();
  });

  it("moves an overdue predecessor's end to today: an open milestone cannot end in the past (31 December)", () => {
    const overdue = milestone("2026-11-30");
    const next = milestone("2026-12-15");
    expect(slipRiskDays(overdue, next, "2026-11-20")).toBeNull();
    expect(slipRiskDays(overdue, next, "2026-12-31")).toBe(16);
    expect(slipRiskDays(overdue, milestone("2027-01-01"), "2026-12-31")).toBeNull();
  });

  it("compares with a running successor's expected end, and flags nothing once either side is done", () => {
    const running = initiative({ status: "IN_PROGRESS", plannedStart: "2025-01-01", actualStart: "2025-02-01", milestones: [milestone("2027-06-30")] });
    expect(successorNeedBy(running, "2026-12-31")).toBe("2027-06-30");
    expect(slipRiskDays(milestone("2027-08-14"), running, "2026-12-31")).toBe(45);
    expect(slipRiskDays(milestone("2027-08-14", "2026-12-01"), running, "2026-12-31")).toBeNull();
    expect(slipRiskDays(initiative({ status: "COMPLETED", milestones: [milestone("2027-08-14")] }), running, "2026-12-31")).toBeNull();
    expect(slipRiskDays(milestone("2027-08-14"), { ...running, status: "COMPLETED", actualEnd: "2026-10-01" }, "2026-12-31")).toBeNull();
    expect(slipRiskDays(milestone("2027-08-14"), milestone("2027-01-01", "2026-12-30"), "2026-12-31")).toBeNull();
  });

  it("reads an initiative without milestones by its planned end, never before today", () => {
    const bare = initiative({ status: "IN_PROGRESS", plannedEnd: "2028-02-28" });
    expect(predecessorEnd(bare, "2028-02-29")).toBe("2028-02-29");
    expect(slipRiskDays(bare, milestone("2028-02-28"), "2028-02-29")).toBe(1);
    expect(predecessorEnd(initiative({}), "2028-02-29")).toBeNull();
  });
});
