// The next due day of a KPI value under awkward days: month ends, 29 February, quarter ends, New Year.
import { describe, expect, it } from "vitest";
import { CALENDAR_DAYS } from "@/tests/calendar-days";
import { nextDue, periodEnd } from "./frequency";

const TODAY = "2026-11-25";

describe("nextDue after a measured value", () => {
  it.each([
    ["MONTHLY", "2026-01-31", "2026-02-28"],
    ["MONTHLY", "2028-01-31", "2028-02-29"],
    ["MONTHLY", "2028-02-29", "2028-03-31"],
    ["MONTHLY", "2026-11-20", "2026-12-31"],
    ["MONTHLY", "2026-12-31", "2027-01-31"],
    ["QUARTERLY", "2026-03-31", "2026-06-30"],
    ["QUARTERLY", "2026-06-30", "2026-09-30"],
    ["QUARTERLY", "2026-09-30", "2026-12-31"],
    ["QUARTERLY", "2026-10-01", "2027-03-31"],
    ["QUARTERLY", "2026-11-30", "2027-03-31"],
    ["QUARTERLY", "2026-12-31", "2027-03-31"],
    ["QUARTERLY", "2027-12-31", "2028-03-31"],
    ["YEARLY", "2028-02-29", "2029-12-31"],
    ["YEARLY", "2026-12-31", "2027-12-31"],
    ["YEARLY", "2027-01-01", "2028-12-31"],
  ] as const)("%s after a value of %s is due on %s", (frequency, last, due) => {
    expect(nextDue(frequency, last, "2020-01-01", TODAY).date).toBe(due);
  });

  it("does not drift: quarter ends stay quarter ends, year after year", () => {
    let last = "2025-12-31";
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) seen.push((last = nextDue("QUARTERLY", last, "2020-01-01", TODAY).date));
    expect(seen).toEqual(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31", "2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31"]);
  });
});

describe("nextDue without a value: counted from the baseline", () => {
  it.each([
    ["QUARTERLY", "2026-01-01", "2026-03-31"],
    ["QUARTERLY", "2025-12-31", "2026-03-31"],
    ["QUARTERLY", "2026-02-15", "2026-03-31"],
    ["MONTHLY", "2028-02-28", "2028-02-29"],
    ["MONTHLY", "2028-02-29", "2028-03-31"],
    ["MONTHLY", "2026-10-31", "2026-11-30"],
    ["YEARLY", "2024-01-01", "2024-12-31"],
    ["YEARLY", "2024-12-31", "2025-12-31"],
  ] as const)("%s with the baseline on %s: first value due on %s", (frequency, baseline, due) => {
    expect(nextDue(frequency, null, baseline, TODAY).date).toBe(due);
  });

  it("stays at the first period without a value, however long ago: the KPI is overdue since then", () => {
    expect(nextDue("QUARTERLY", null, "2024-01-01", TODAY)).toEqual({ date: "2024-03-31", due: true });
    expect(nextDue("QUARTERLY", "2025-06-30", "2024-01-01", TODAY)).toEqual({ date: "2025-09-30", due: true });
  });

  it("counts from a baseline that lies ahead (a KPI set up early)", () => {
    expect(nextDue("YEARLY", null, "2027-06-30", TODAY)).toEqual({ date: "2027-12-31", due: false });
  });
});

describe("nextDue on the city's awkward days", () => {
  /** The last day of the reporting quarter a CALENDAR_DAYS entry names ("2026-Q1" → 2026-03-31), worked out independently. */
  const quarterEnd = (period: string) => {
    const [year, q] = period.split("-Q").map(Number) as [number, number];
    return `${year}-${["03-31", "06-30", "09-30", "12-31"][q - 1]}`;
  };

  it.each(CALENDAR_DAYS)("a quarterly value is due on its quarter's last day and overdue after it ($instant)", ({ day, period, previous }) => {
    // The last value is the previous quarter's: this quarter's is due at its end — on that day too.
    const current = nextDue("QUARTERLY", quarterEnd(previous), "2020-01-01", day);
    expect(current).toEqual({ date: quarterEnd(period), due: day === quarterEnd(period) });
    // A value recorded today stands for this quarter: nothing is due until the next quarter's end.
    const recorded = nextDue("QUARTERLY", day, "2020-01-01", day);
    expect(recorded.due).toBe(false);
    expect(recorded.date).toBe(periodEnd("QUARTERLY", quarterEnd(period), 1));
    // Two quarters behind: overdue since the end of the previous quarter.
    const behind = nextDue("QUARTERLY", periodEnd("QUARTERLY", quarterEnd(previous), -1), "2020-01-01", day);
    expect(behind).toEqual({ date: quarterEnd(previous), due: true });
  });

  it.each(CALENDAR_DAYS)("monthly and yearly values are due on the period's last day ($day)", ({ day }) => {
    const monthEnd = periodEnd("MONTHLY", day);
    expect(nextDue("MONTHLY", periodEnd("MONTHLY", day, -1), "2020-01-01", day)).toEqual({ date: monthEnd, due: day === monthEnd });
    const yearEnd = `${day.slice(0, 4)}-12-31`;
    expect(nextDue("YEARLY", `${Number(day.slice(0, 4)) - 1}-12-31`, "2020-01-01", day)).toEqual({ date: yearEnd, due: day === yearEnd });
  });
});

describe("periodEnd", () => {
  it("finds the last day of the month, quarter or year, before and after", () => {
    expect(periodEnd("MONTHLY", "2028-02-10")).toBe("2028-02-29");
    expect(periodEnd("MONTHLY", "2027-02-10")).toBe("2027-02-28");
    expect(periodEnd("QUARTERLY", "2026-11-25")).toBe("2026-12-31");
    expect(periodEnd("QUARTERLY", "2026-11-25", -1)).toBe("2026-09-30");
    expect(periodEnd("QUARTERLY", "2026-01-01", -1)).toBe("2025-12-31");
    expect(periodEnd("YEARLY", "2026-06-30", 2)).toBe("2028-12-31");
    expect(periodEnd("MONTHLY", "2026-12-15", 14)).toBe("2028-02-29");
  });
});
