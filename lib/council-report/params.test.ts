import { describe, expect, it } from "vitest";
import { shiftPeriod } from "@/lib/reports/period";
import { CALENDAR_DAYS } from "@/tests/calendar-days";
import { assertQuarter, defaultQuarter } from "./params";

describe.each(CALENDAR_DAYS)("the council report at $instant (in Berlin $day)", ({ instant, period, previous }) => {
  const now = new Date(instant);

  it("reports by default on the last quarter finished in the city's calendar", () => {
    expect(defaultQuarter(now)).toBe(previous);
  });

  it("accepts the running and past quarters and rejects the next one as future", () => {
    expect(assertQuarter(period, now)).toBe(period);
    expect(assertQuarter(previous, now)).toBe(previous);
    expect(() => assertQuarter(shiftPeriod(period, 1), now)).toThrow(/future/);
  });
});
