import { describe, expect, it } from "vitest";
import {
  PERIOD_KIND,
  cityDate,
  currentPeriod,
  formatPeriod,
  parsePeriod,
  periodEnd,
  periodInstants,
  periodOfDate,
  periodStart,
  previousPeriod,
  shiftPeriod,
} from "./period";
import { cityToday } from "@/lib/dates";
import { CALENDAR_DAYS } from "@/tests/calendar-days";

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("reporting periods", () => {
  it("are quarters, written like 2026-Q4", () => {
    expect(PERIOD_KIND).toBe("quarter");
    expect(parsePeriod("2026-Q4")).toEqual({ kind: "quarter", year: 2026, index: 4 });
    expect(formatPeriod({ kind: "quarter", year: 2027, index: 1 })).toBe("2027-Q1");
    for (const bad of ["2026-Q0", "2026-Q5", "2026Q4", "26-Q1", "2026-11", " 2026-Q1", "2026-q1"]) expect(parsePeriod(bad), bad).toBeNull();
  });

  it("put each calendar day into its quarter at the boundaries", () => {
    const boundaries: [first: string, last: string, quarter: string][] = [
      ["2026-01-01", "2026-03-31", "2026-Q1"],
      ["2026-04-01", "2026-06-30", "2026-Q2"],
      ["2026-07-01", "2026-09-30", "2026-Q3"],
      ["2026-10-01", "2026-12-31", "2026-Q4"],
    ];
    for (const [first, last, quarter] of boundaries) expect([periodOfDate(first), periodOfDate(last)], quarter).toEqual([quarter, quarter]);
  });

  it("step back and forth across the turn of the year", () => {
    expect(previousPeriod("2027-Q1")).toBe("2026-Q4");
    expect(previousPeriod("2026-Q4")).toBe("2026-Q3");
    expect(shiftPeriod("2026-Q4", 1)).toBe("2027-Q1");
    expect(shiftPeriod("2026-Q2", -6)).toBe("2024-Q4");
    expect(shiftPeriod("2026-Q2", 0)).toBe("2026-Q2");
    expect(() => shiftPeriod("Q2-2026", 1)).toThrow();
  });

  it("know their first and last day, leap years included", () => {
    expect(iso(periodStart("2026-Q4"))).toBe("2026-10-01");
    expect(iso(periodEnd("2026-Q4"))).toBe("2026-12-31");
    expect(iso(periodStart("2028-Q1"))).toBe("2028-01-01");
    expect(iso(periodEnd("2028-Q1"))).toBe("2028-03-31");
    expect(iso(periodEnd("2026-Q2"))).toBe("2026-06-30");
    expect(iso(periodEnd("2026-Q3"))).toBe("2026-09-30");
    // Stored like date columns: UTC midnight.
    expect(periodStart("2026-Q3").toISOString()).toBe("2026-07-01T00:00:00.000Z");
  });

  it("follow the Berlin calendar at the end of the year, not UTC", () => {
    // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Berlin (CET, UTC+1).
    expect(cityDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(currentPeriod(new Date("2026-12-31T23:30:00Z"))).toBe("2027-Q1");
    expect(currentPeriod(new Date("2026-12-31T22:59:59Z"))).toBe("2026-Q4");
    expect(currentPeriod(new Date("2026-12-31T23:00:00Z"))).toBe("2027-Q1");
    // Summer time (CEST, UTC+2) at the end of June.
    expect(currentPeriod(new Date("2026-06-30T21:59:00Z"))).toBe("2026-Q2");
    expect(currentPeriod(new Date("2026-06-30T22:00:00Z"))).toBe("2026-Q3");
  });

  it("span the instants between Berlin midnights, in winter and in summer time", () => {
    expect(periodInstants("2027-Q1")).toEqual({ start: new Date("2026-12-31T23:00:00Z"), end: new Date("2027-03-31T22:00:00Z") });
    expect(periodInstants("2026-Q3")).toEqual({ start: new Date("2026-06-30T22:00:00Z"), end: new Date("2026-09-30T22:00:00Z") });
    expect(periodInstants("2026-Q4")).toEqual({ start: new Date("2026-09-30T22:00:00Z"), end: new Date("2026-12-31T23:00:00Z") });
  });

  describe.each(CALENDAR_DAYS)("at $instant (in Berlin $day)", ({ instant, day, period, previous }) => {
    const now = new Date(instant);

    it("take the city's calendar day and its quarter", () => {
      expect(cityToday(now)).toBe(day);
      expect(cityDate(now)).toBe(day);
      expect(currentPeriod(now)).toBe(period);
      expect(periodOfDate(day)).toBe(period);
    });

    it("step to the previous quarter and back", () => {
      expect(previousPeriod(period)).toBe(previous);
      expect(shiftPeriod(previous, 1)).toBe(period);
      expect(shiftPeriod(period, -4)).toBe(`${Number(period.slice(0, 4)) - 1}${period.slice(4)}`);
    });

    it("contain the day between their first and last day, with no gap to the previous quarter", () => {
      expect(iso(periodStart(period)) <= day && day <= iso(periodEnd(period))).toBe(true);
      expect(periodEnd(previous).getTime()).toBe(periodStart(period).getTime() - 86_400_000);
    });

    it("contain the instant between their first and last Berlin midnight", () => {
      const span = periodInstants(period);
      expect(span.start.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(now.getTime()).toBeLessThan(span.end.getTime());
      expect(periodInstants(previous).end).toEqual(span.start);
    });
  });
});
