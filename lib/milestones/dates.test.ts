// Calendar rules for milestones: the city's today, slip in days, overdue.
import { describe, expect, it } from "vitest";
import { cityToday, daysBetween, isOverdue, slipDays } from "./dates";

describe("milestone dates", () => {
  it("computes today in the city's time zone", () => {
    expect(cityToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(cityToday(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
  });

  it("measures slip from the baseline to the completion, or to the forecast while open", () => {
    expect(daysBetween("2026-02-27", "2026-03-01")).toBe(2);
    expect(slipDays({ baselineDate: "2026-03-01", forecastDate: "2026-03-31", completedDate: null })).toBe(30);
    expect(slipDays({ baselineDate: "2026-03-01", forecastDate: "2026-03-31", completedDate: "2026-02-25" })).toBe(-4);
    // Across the switch to summer time a day is still a day.
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("flags an open milestone whose forecast lies before today as overdue", () => {
    const open = { baselineDate: "2026-01-01", forecastDate: "2026-11-24", completedDate: null };
    expect(isOverdue(open, "2026-11-25")).toBe(true);
    expect(isOverdue(open, "2026-11-24")).toBe(false);
    expect(isOverdue({ ...open, completedDate: "2026-11-20" }, "2026-11-25")).toBe(false);
  });
});
