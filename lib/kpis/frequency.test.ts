// The next due day of a KPI value under awkward days: month ends, 29 February, quarter ends, New Year.
import { describe, expect, it } from "vitest";
import { CALENDAR_DAYS } from "@/tests/calendar-days";
import { addMonths, isDue, nextDue } from "./frequency";

describe("nextDue", () => {
  it.each([
    ["MONTHLY", "2026-01-31", "2026-02-28"],
    ["MONTHLY", "2028-01-31", "2028-02-29"],
    ["MONTHLY", "2026-12-31", "2027-01-31"],
    ["QUARTERLY", "2026-03-31", "2026-06-30"],
    ["QUARTERLY", "2026-06-30", "2026-09-30"],
    ["QUARTERLY", "2026-09-30", "2026-12-30"],
    ["QUARTERLY", "2026-11-30", "2027-02-28"],
    ["QUARTERLY", "2027-11-30", "2028-02-29"],
    ["YEARLY", "2028-02-29", "2029-02-28"],
    ["YEARLY", "2026-12-31", "2027-12-31"],
  ] as const)("%s after %s is %s", (frequency, last, due) => {
    expect(nextDue(frequency, last, "2020-01-01")).toBe(due);
  });

  it("counts from the baseline while there is no value", () => {
    expect(nextDue("QUARTERLY", null, "2026-01-01")).toBe("2026-04-01");
  });

  it("adds months across years in both directions", () => {
    expect(addMonths("2026-11-15", 14)).toBe("2028-01-15");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
  });

  it.each(CALENDAR_DAYS)("is due on its day and not the day before ($day)", ({ day }) => {
    const last = addMonths(day, -3);
    // Clamping can make "three months before, then three after" land earlier than `day` (31 → 30): still due.
    expect(isDue("QUARTERLY", last, "2020-01-01", day)).toBe(true);
    expect(isDue("QUARTERLY", day, "2020-01-01", day)).toBe(false);
  });
});
