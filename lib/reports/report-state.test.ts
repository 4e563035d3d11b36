import { describe, expect, it } from "vitest";
import { CALENDAR_DAYS } from "@/tests/calendar-days";
import { draftablePeriods } from "./report-state";

describe("draftable reporting periods", () => {
  it.each(CALENDAR_DAYS)("at $instant (in Berlin $day) are the city's current quarter and the one before", ({ instant, period, previous }) => {
    expect(draftablePeriods(new Date(instant))).toEqual([period, previous]);
  });
});
