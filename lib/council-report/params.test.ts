import { describe, expect, it } from "vitest";
import { shiftPeriod } from "@/lib/reports/period";
import { CALENDAR_DAYS } from "@/tests/calendar-days";
import { assertQuarter, defaultQuarter } from "./params";

describe.each(CALENDAR_DAYS)("the council report at $instant (in Berlin $day)", ({ instant, period, previous }) => {
  const now = new Date(instant);

  it("reports by default on the last quarter finished in the city's calendar when nothing is approved", () => {
    expect(defaultQuarter(now)).toBe(previous);
    expect(defaultQuarter(now, [])).toBe(previous);
  });

  it("reports by default on the latest quarter with approved reports, never a future one", () => {
    expect(defaultQuarter(now, [shiftPeriod(previous, -1), period])).toBe(period);
    expect(defaultQuarter(now, [shiftPeriod(previous, -3), previous])).toBe(previous);
    expect(defaultQuarter(now, [shiftPeriod(previous, -3)])).toBe(shiftPeriod(previous, -3));
    expect(defaultQuarter(now, [shiftPeriod(period, 1), shiftPeriod(previous, -1)])).toBe(shiftPeriod(previous, -1));
  });

  it("accepts the running and past quarters and rejects the next one as future", () => {
    expect(assertQuarter(period, now)).toBe(period);
    expect(assertQuarter(previous, now)).toBe(previous);
    expect(() => assertQuarter(shiftPeriod(period, 1), now)).toThrow(/future/);
  });
});
