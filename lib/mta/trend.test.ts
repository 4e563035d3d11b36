// The pure rules of the milestone trend analysis: report dates, the forecast in effect at a date,
// table cells, chart points on the diagonal, the common axis scale, and slip summaries.
import { describe, expect, it } from "vitest";
import { milestoneSlip, summarizeBy, summarizeSlips } from "./slips";
import { axisTicks, buildTrend, dayIso, dayNumber, forecastInEffect, reportDates, squareDomain, trendCell, trendPoints, type TrendMilestone } from "./trend";

const at = (s: string) => new Date(s);

/** Created mid-January with a plan for the end of June, then moved twice within the second quarter. */
const movedTwice: TrendMilestone = {
  id: "m1",
  title: "Ausschreibung",
  baselineDate: "2026-06-30",
  forecastDate: "2026-09-30",
  completedDate: null,
  createdAt: at("2026-01-15T09:00:00Z"),
  history: [
    { reportedAt: at("2026-01-15T09:00:00Z"), forecastDate: "2026-06-30" },
    { reportedAt: at("2026-04-10T09:00:00Z"), forecastDate: "2026-07-31" },
    { reportedAt: at("2026-05-20T09:00:00Z"), forecastDate: "2026-09-30" },
  ],
};

describe("report dates", () => {
  it("are the quarter ends from the first plan up to today, then today", () => {
    expect(reportDates("2026-02-10", "2026-11-25")).toEqual([
      { date: "2026-03-31", period: "2026-Q1" },
      { date: "2026-06-30", period: "2026-Q2" },
      { date: "2026-09-30", period: "2026-Q3" },
      { date: "2026-11-25", period: null },
    ]);
  });

  it("are today alone when the first plan lies in the current quarter or later", () => {
    expect(reportDates("2026-10-01", "2026-11-25")).toEqual([{ date: "2026-11-25", period: null }]);
    expect(reportDates("2027-03-01", "2026-11-25")).toEqual([{ date: "2026-11-25", period: null }]);
  });

  it("cross year boundaries", () => {
    expect(reportDates("2025-12-31", "2026-02-01").map((d) => d.date)).toEqual(["2025-12-31", "2026-02-01"]);
  });
});

describe("forecast in effect", () => {
  it("is the baseline from the creation until the first move", () => {
    expect(forecastInEffect(movedTwice, "2026-01-15")).toBe("2026-06-30");
    expect(forecastInEffect(movedTwice, "2026-03-31")).toBe("2026-06-30");
  });

  it("is nothing before the milestone was created", () => {
    expect(forecastInEffect(movedTwice, "2026-01-14")).toBeNull();
    expect(trendCell(movedTwice, "2025-12-31")).toEqual({ kind: "none" });
  });

  it("shows only the later of two moves in the same quarter at the quarter's end", () => {
    expect(forecastInEffect(movedTwice, "2026-04-30")).toBe("2026-07-31");
    expect(forecastInEffect(movedTwice, "2026-06-30")).toBe("2026-09-30");
    const { rows } = buildTrend([movedTwice], "2026-08-01");
    expect(rows[0]!.cells).toEqual([
      { kind: "forecast", date: "2026-06-30", overdue: false },
      { kind: "forecast", date: "2026-09-30", overdue: false },
      { kind: "forecast", date: "2026-09-30", overdue: false },
    ]);
  });

  it("reads the report time in the city's calendar (Berlin), not in UTC", () => {
    // 22:30 UTC on 30 June is already 1 July in Berlin: not yet in effect at the end of the second quarter.
    const late: TrendMilestone = { ...movedTwice, history: [{ reportedAt: at("2026-06-30T22:30:00Z"), forecastDate: "2026-12-31" }] };
    expect(forecastInEffect(late, "2026-06-30")).toBe("2026-06-30");
    expect(forecastInEffect(late, "2026-07-01")).toBe("2026-12-31");
  });

  it("takes the last of several entries reported at the same moment", () => {
    const same: TrendMilestone = {
      ...movedTwice,
      history: [
        { reportedAt: at("2026-04-10T09:00:00Z"), forecastDate: "2026-07-31" },
        { reportedAt: at("2026-04-10T09:00:00Z"), forecastDate: "2026-08-31" },
      ],
    };
    expect(forecastInEffect(same, "2026-04-10")).toBe("2026-08-31");
  });

  it("counts the baseline from the creation when the history is empty", () => {
    expect(forecastInEffect({ ...movedTwice, history: [] }, "2026-11-25")).toBe("2026-06-30");
  });
});

describe("trend cells and chart points", () => {
  it("marks a forecast that lies before the report date as overdue", () => {
    expect(trendCell(movedTwice, "2026-10-15")).toEqual({ kind: "forecast", date: "2026-09-30", overdue: true });
  });

  it("ends a completed milestone on the diagonal at its completion date", () => {
    const done: TrendMilestone = { ...movedTwice, completedDate: "2026-08-15" };
    const dates = reportDates("2026-01-15", "2026-11-25");
    const points = trendPoints(done, dates);
    expect(points.map((p) => [dayIso(p.x), dayIso(p.y)])).toEqual([
      ["2026-03-31", "2026-06-30"],
      ["2026-06-30", "2026-09-30"],
      ["2026-08-15", "2026-08-15"],
    ]);
    expect(trendCell(done, "2026-09-30")).toEqual({ kind: "done", date: "2026-08-15" });
    expect(trendCell(done, "2026-11-25")).toEqual({ kind: "done", date: "2026-08-15" });
  });

  it("runs an open milestone's line up to today", () => {
    const points = trendPoints(movedTwice, reportDates("2026-01-15", "2026-11-25"));
    expect(dayIso(points[points.length - 1]!.x)).toBe("2026-11-25");
    expect(points).toHaveLength(4);
  });

  it("uses one square domain for both axes that covers report and forecast dates", () => {
    const { dates, rows } = buildTrend([movedTwice], "2026-11-25");
    expect(squareDomain(rows, dates)).toEqual([dayNumber("2026-03-31"), dayNumber("2026-11-25")]);
    const far = buildTrend([{ ...movedTwice, history: [{ reportedAt: at("2026-04-01T08:00:00Z"), forecastDate: "2027-06-30" }] }], "2026-11-25");
    expect(squareDomain(far.rows, far.dates)).toEqual([dayNumber("2026-03-31"), dayNumber("2027-06-30")]);
  });

  it("ticks quarters on short spans and years on long ones", () => {
    expect(axisTicks([dayNumber("2026-03-31"), dayNumber("2026-11-25")])).toEqual(["2026-04-01", "2026-07-01", "2026-10-01"]);
    expect(axisTicks([dayNumber("2019-05-01"), dayNumber("2026-11-25")])).toEqual(["2020", "2021", "2022", "2023", "2024", "2025", "2026"].map((y) => `${y}-01-01`));
  });
});

describe("slips", () => {
  it("counts an open milestone with a passed forecast as not on time even without a slip, and late by its days overdue", () => {
    expect(milestoneSlip({ baselineDate: "2026-10-01", forecastDate: "2026-10-01", completedDate: null }, "2026-11-25")).toEqual({ slipDays: 0, delayDays: 55, overdue: true, overdueDays: 55, onTime: false });
    expect(milestoneSlip({ baselineDate: "2026-10-01", forecastDate: "2026-10-11", completedDate: "2026-09-28" }, "2026-11-25")).toEqual({ slipDays: -3, delayDays: -3, overdue: false, overdueDays: 0, onTime: true });
    expect(milestoneSlip({ baselineDate: "2026-10-01", forecastDate: "2027-01-10", completedDate: null }, "2026-11-25")).toEqual({ slipDays: 101, delayDays: 101, overdue: false, overdueDays: 0, onTime: false });
  });

  it("judges on time and overdue by lib/milestones/lateness.ts at the boundaries", () => {
    // Due today: not overdue, no delay, on time.
    expect(milestoneSlip({ baselineDate: "2026-11-25", forecastDate: "2026-11-25", completedDate: null }, "2026-11-25")).toMatchObject({ delayDays: 0, overdue: false, onTime: true });
    // Due yesterday: one day overdue and late.
    expect(milestoneSlip({ baselineDate: "2026-11-24", forecastDate: "2026-11-24", completedDate: null }, "2026-11-25")).toMatchObject({ delayDays: 1, overdue: true, overdueDays: 1, onTime: false });
    // Pulled forward and then missed: still before the baseline (no delay, negative slip), but overdue, so not on time.
    expect(milestoneSlip({ baselineDate: "2027-03-01", forecastDate: "2026-11-20", completedDate: null }, "2026-11-25")).toEqual({ slipDays: -101, delayDays: 0, overdue: true, overdueDays: 5, onTime: false });
    // Across the leap day.
    expect(milestoneSlip({ baselineDate: "2028-02-28", forecastDate: "2028-02-28", completedDate: null }, "2028-03-01")).toMatchObject({ delayDays: 2, overdueDays: 2 });
  });

  it("summarises count, mean and maximum slip and the share on time", () => {
    const items = [
      { slipDays: 10, overdue: false, onTime: false },
      { slipDays: 0, overdue: false, onTime: true },
      { slipDays: -4, overdue: false, onTime: true },
      { slipDays: 30, overdue: true, onTime: false },
    ];
    expect(summarizeSlips(items)).toEqual({ count: 4, meanSlipDays: 9, maxSlipDays: 30, slippedCount: 2, onTimeShare: 0.5 });
    expect(summarizeSlips([])).toEqual({ count: 0, meanSlipDays: null, maxSlipDays: null, slippedCount: 0, onTimeShare: null });
  });

  it("groups by a key, keeping milestones without a partner as their own group", () => {
    const items = [
      { p: "a", slipDays: 10, overdue: false, onTime: false },
      { p: null, slipDays: 0, overdue: false, onTime: true },
      { p: "a", slipDays: 20, overdue: false, onTime: false },
    ];
    expect(summarizeBy(items, (i) => i.p).map((g) => [g.key, g.summary.count, g.summary.meanSlipDays])).toEqual([
      ["a", 2, 15],
      [null, 1, 0],
    ]);
  });
});
