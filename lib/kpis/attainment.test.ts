import { describe, expect, it } from "vitest";
import { classifyAttainment, countAttainment, expectedValue, type KpiAttainmentFacts } from "./attainment";

// Baseline 0 on 2024-01-01, target 100 on 2026-01-01 (731 days): halfway is 2025-01-01 (366 days in).
const higher: Omit<KpiAttainmentFacts, "latest"> = {
  direction: "HIGHER_IS_BETTER",
  baselineValue: 0,
  baselineDate: "2024-01-01",
  targetValue: 100,
  targetDate: "2026-01-01",
};
// Baseline 50 on 2024-01-01, target 10 on 2026-01-01.
const lower: Omit<KpiAttainmentFacts, "latest"> = {
  direction: "LOWER_IS_BETTER",
  baselineValue: 50,
  baselineDate: "2024-01-01",
  targetValue: 10,
  targetDate: "2026-01-01",
};
const at = (value: number, date: string) => ({ value, date });
const halfway = 100 * (366 / 731);
/** The class of `kpi` for each latest measurement [value, date], in order. */
const classes = (kpi: Omit<KpiAttainmentFacts, "latest">, ...latest: [value: number, date: string][]) =>
  latest.map(([value, date]) => classifyAttainment({ ...kpi, latest: at(value, date) }));

describe("expectedValue", () => {
  it("follows the straight line from baseline to target and holds the ends outside it", () => {
    expect(expectedValue(higher, "2025-01-01")).toBeCloseTo(halfway, 9);
    expect(expectedValue(higher, "2023-06-01")).toBe(0);
    expect(expectedValue(higher, "2027-06-01")).toBe(100);
    expect(expectedValue(lower, "2025-01-01")).toBeCloseTo(50 - 40 * (366 / 731), 9);
  });

  it("expects the target at once when the target date is not after the baseline date", () => {
    expect(expectedValue({ ...higher, targetDate: "2024-01-01" }, "2023-01-01")).toBe(100);
  });
});

describe("classifyAttainment for HIGHER_IS_BETTER", () => {
  it("calls a KPI without measurements 'no measurement'", () => {
    expect(classifyAttainment({ ...higher, latest: null })).toBe("NO_MEASUREMENT");
  });

  it("calls a value exactly on the path 'on course' and one just below it 'behind'", () => {
    expect(classes(higher, [halfway, "2025-01-01"], [halfway - 0.01, "2025-01-01"])).toEqual(["ON_COURSE", "BEHIND"]);
  });

  it("calls a value at or above the target 'target reached', even before the target date", () => {
    expect(classes(higher, [100, "2024-06-01"], [120, "2027-01-01"])).toEqual(["TARGET_REACHED", "TARGET_REACHED"]);
  });

  it("calls a KPI behind once the target date has passed without reaching the target", () => {
    expect(classes(higher, [99.99, "2026-01-01"])).toEqual(["BEHIND"]);
  });

  it("measures a value on the baseline date against the baseline", () => {
    expect(classes(higher, [0, "2024-01-01"], [-1, "2024-01-01"])).toEqual(["ON_COURSE", "BEHIND"]);
  });
});

describe("classifyAttainment for LOWER_IS_BETTER", () => {
  it("calls a value at or below the path 'on course' and one above it 'behind'", () => {
    const path = expectedValue(lower, "2025-01-01");
    expect(classes(lower, [path, "2025-01-01"], [path - 5, "2025-01-01"], [path + 0.01, "2025-01-01"])).toEqual(["ON_COURSE", "ON_COURSE", "BEHIND"]);
  });

  it("calls a value at or below the target 'target reached'", () => {
    expect(classes(lower, [10, "2025-01-01"], [3, "2024-02-01"])).toEqual(["TARGET_REACHED", "TARGET_REACHED"]);
  });

  it("does not reward a rising value: above the baseline is behind", () => {
    expect(classes(lower, [60, "2024-06-01"])).toEqual(["BEHIND"]);
  });
});

describe("countAttainment", () => {
  it("counts every class, zero where none falls", () => {
    expect(
      countAttainment([
        { ...higher, latest: null },
        { ...higher, latest: at(100, "2025-01-01") },
        { ...lower, latest: at(45, "2024-03-01") },
      ]),
    ).toEqual({ TARGET_REACHED: 1, ON_COURSE: 1, BEHIND: 0, NO_MEASUREMENT: 1 });
  });
});
