import { describe, expect, it } from "vitest";
import { dateValue, isoDate } from "@/lib/dates";
import { fitTrend, meetsTarget, plannedValue, projectKpi, shortfall, trendWindow, type KpiPlan, type Point } from "./projection";

const DAY = 86_400_000;
const plus = (date: string, days: number) => isoDate(new Date(dateValue(date).getTime() + days * DAY));
/** Points every `step` days from `start`, valued by `f(dayIndex)`. */
const series = (start: string, n: number, step: number, f: (day: number) => number): Point[] =>
  Array.from({ length: n }, (_, i) => ({ date: plus(start, i * step), value: f(i * step) }));

const higher: KpiPlan = { direction: "HIGHER_IS_BETTER", baseline: { date: "2026-01-01", value: 0 }, target: { date: "2027-01-01", value: 365 } };

describe("plannedValue", () => {
  it("runs the straight line from baseline to target", () => {
    expect(plannedValue(higher, "2026-01-01")).toBe(0);
    expect(plannedValue(higher, "2027-01-01")).toBe(365);
    expect(plannedValue(higher, "2026-07-02")).toBeCloseTo(182, 9);
  });
});

describe("fitTrend", () => {
  it("recovers slope and values of exactly linear data", () => {
    const trend = fitTrend(series("2026-01-01", 6, 30, (d) => 10 + 0.5 * d))!;
    expect(trend.slopePerDay).toBeCloseTo(0.5, 12);
    expect(trend.at("2026-01-01")).toBeCloseTo(10, 9);
    expect(trend.at("2026-12-31")).toBeCloseTo(10 + 0.5 * 364, 9);
  });

  it("fits noisy data by least squares (symmetric noise cancels)", () => {
    const noise = [2, -2, 2, -2, 2, -2];
    const trend = fitTrend(series("2026-01-01", 6, 10, (d) => 100 + d + noise[d / 10]!))!;
    // Hand-computed: x = 0..50 (mean 25), Σdx·noise = -25·2-15·-2-5·2+5·-2+15·2+25·-2 = -60, Σdx² = 1750.
    expect(trend.slopePerDay).toBeCloseTo(1 - 60 / 1750, 12);
    expect(trend.at("2026-01-26")).toBeCloseTo(125, 9);
  });

  it("has no trend through a single date", () => {
    expect(fitTrend([{ date: "2026-01-01", value: 1 }])).toBeNull();
  });
});

describe("trendWindow", () => {
  it("uses the last twelve months before the latest measurement", () => {
    const points = series("2024-01-01", 12, 91, (d) => d);
    const used = trendWindow([...points].reverse());
    expect(used[used.length - 1]).toEqual(points[points.length - 1]);
    expect(used.every((p) => p.date >= plus(points[points.length - 1]!.date, -365))).toBe(true);
    expect(used).toHaveLength(5);
  });

  it("falls back to the latest three measurements when the year holds fewer", () => {
    const points = [...series("2020-01-01", 3, 400, (d) => d), { date: "2024-06-01", value: 5 }];
    expect(trendWindow(points)).toEqual(points.slice(-3));
  });
});

describe("projectKpi", () => {
  it("says 'no projection' with fewer than three measurements", () => {
    expect(projectKpi(higher, [])).toEqual({ kind: "insufficient", count: 0 });
    expect(projectKpi(higher, series("2026-01-01", 2, 30, (d) => d))).toEqual({ kind: "insufficient", count: 2 });
  });

  it("projects exact linear data to the day the line reaches the target", () => {
    // 2 per day from 0: reaches 365 after 182.5 days, i.e. on day 183 = 2026-07-03.
    const p = projectKpi(higher, series("2026-01-01", 4, 30, (d) => 2 * d));
    expect(p.kind).toBe("onTrack");
    if (p.kind !== "onTrack") return;
    expect(p.on).toBe("2026-07-03");
    expect(p.valueAtTarget).toBeCloseTo(730, 9);
  });

  it("reports the gap at the target date when the trend is too slow, and the later date it would reach", () => {
    // 0.5 per day: 182.5 at the target date (gap 182.5), reaches 365 on day 730 = 2028-01-01.
    const p = projectKpi(higher, series("2026-01-01", 4, 30, (d) => 0.5 * d));
    expect(p.kind).toBe("miss");
    if (p.kind !== "miss") return;
    expect(p.gap).toBeCloseTo(182.5, 9);
    expect(p.lateOn).toBe("2028-01-01");
  });

  it("names no late date when the trend points away from the target", () => {
    const p = projectKpi(higher, series("2026-01-01", 4, 30, (d) => 50 - d / 10));
    expect(p.kind).toBe("miss");
    if (p.kind === "miss") expect(p.lateOn).toBeNull();
  });

  it("handles a falling KPI where lower is better", () => {
    const lower: KpiPlan = { direction: "LOWER_IS_BETTER", baseline: { date: "2026-01-01", value: 1000 }, target: { date: "2027-01-01", value: 600 } };
    // -2 per day: 600 after 200 days = 2026-07-20, well before the target date.
    const falling = projectKpi(lower, series("2026-01-01", 4, 30, (d) => 1000 - 2 * d));
    expect(falling.kind).toBe("onTrack");
    if (falling.kind === "onTrack") expect(falling.on).toBe("2026-07-20");
    // -0.5 per day: 817.5 at the target date, 217.5 above the target.
    const slow = projectKpi(lower, series("2026-01-01", 4, 30, (d) => 1000 - 0.5 * d));
    expect(slow.kind).toBe("miss");
    if (slow.kind === "miss") expect(slow.gap).toBeCloseTo(217.5, 9);
    // Rising is the wrong way for this KPI, however fast.
    expect(projectKpi(lower, series("2026-01-01", 4, 30, (d) => 1000 + 5 * d)).kind).toBe("miss");
  });

  it("says the target is reached when the latest measurement meets it, whatever the trend", () => {
    const points = [...series("2026-01-01", 3, 30, (d) => 400 - d), { date: "2026-04-15", value: 365 }];
    expect(projectKpi(higher, points)).toEqual({ kind: "reached", on: "2026-04-15", latest: { date: "2026-04-15", value: 365 } });
    const lower: KpiPlan = { ...higher, direction: "LOWER_IS_BETTER", target: { date: "2027-01-01", value: 10 } };
    expect(projectKpi(lower, series("2026-01-01", 3, 30, (d) => 12 - d / 10)).kind).toBe("reached");
  });

  it("reports the shortfall of the latest value once the target date has passed", () => {
    const p = projectKpi(higher, series("2026-09-01", 4, 60, (d) => 100 + d / 10));
    expect(p.kind).toBe("overdue");
    if (p.kind === "overdue") expect(p.gap).toBeCloseTo(365 - 118, 9);
  });
});

describe("meetsTarget and shortfall", () => {
  it("respect the KPI's direction", () => {
    expect(meetsTarget("HIGHER_IS_BETTER", 10, 10)).toBe(true);
    expect(meetsTarget("LOWER_IS_BETTER", 11, 10)).toBe(false);
    expect(shortfall("HIGHER_IS_BETTER", 7, 10)).toBe(3);
    expect(shortfall("LOWER_IS_BETTER", 7, 10)).toBe(0);
    expect(shortfall("LOWER_IS_BETTER", 13, 10)).toBe(3);
  });
});
