// The reminder rhythm on city calendar days: day 1, day 7, then every 30 days, anchored to the first
// day — across New Year's Eve, 29 February and the DST nights, and with missed mail days caught up.
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { isMailDue, isMonday, nextMailDay, nextMonday } from "./throttle";

/** Simulates a daily run from `first` for `days` days; returns the day numbers (1 = first day) that mailed. */
function mailedDays(first: string, days: number, runs = (_day: string) => true): number[] {
  let last: string | null = null;
  const out: number[] = [];
  for (let n = 1; n <= days; n++) {
    const today = addDays(first, n - 1);
    if (!runs(today)) continue;
    if (isMailDue(first, last, today)) {
      out.push(n);
      last = today;
    }
  }
  return out;
}

describe("reminder throttle", () => {
  it("mails an item on day 1, day 7, then every 30 days — not on days 2 or 8", () => {
    expect(mailedDays("2026-11-25", 100)).toEqual([1, 7, 37, 67, 97]);
    expect(isMailDue("2026-11-25", null, "2026-11-25")).toBe(true);
    expect(isMailDue("2026-11-25", "2026-11-25", "2026-11-26")).toBe(false);
    expect(isMailDue("2026-11-25", "2026-11-25", "2026-12-01")).toBe(true);
    expect(isMailDue("2026-11-25", "2026-12-01", "2026-12-02")).toBe(false);
    expect(isMailDue("2026-11-25", "2026-12-01", "2026-12-31")).toBe(true);
  });

  it("never mails twice on the same day", () => {
    expect(isMailDue("2026-11-25", "2026-11-25", "2026-11-25")).toBe(false);
  });

  it("counts calendar days across 31 December and 29 February", () => {
    // Day 7 on New Year's Eve, day 37 in February of a leap year.
    expect(nextMailDay("2026-12-25", "2026-12-25")).toBe("2026-12-31");
    expect(nextMailDay("2026-12-25", "2026-12-31")).toBe("2027-01-30");
    expect(nextMailDay("2028-02-23", "2028-02-23")).toBe("2028-02-29");
    expect(nextMailDay("2028-02-23", "2028-02-29")).toBe("2028-03-30");
    expect(nextMailDay("2028-01-24", "2028-01-30")).toBe("2028-02-29");
    expect(mailedDays("2027-02-23", 40)).toEqual([1, 7, 37]); // no 29 February in 2027: day 7 is 1 March
    expect(addDays("2027-02-23", 6)).toBe("2027-03-01");
  });

  it("is not shifted by the DST changes (days, not 24-hour periods)", () => {
    expect(nextMailDay("2027-03-22", "2027-03-22")).toBe("2027-03-28"); // spring forward in Europe/Berlin
    expect(nextMailDay("2027-10-25", "2027-10-25")).toBe("2027-10-31"); // fall back
  });

  it("catches up a missed mail day without moving the rhythm", () => {
    // No run on day 7 (a holiday outage): day 8 mails, the next mail is still day 37.
    expect(mailedDays("2026-11-25", 40, (d) => d !== "2026-12-01")).toEqual([1, 8, 37]);
  });

  it("knows Mondays in the city's calendar", () => {
    expect(isMonday("2026-11-30")).toBe(true);
    expect(isMonday("2026-11-25")).toBe(false);
    expect(nextMonday("2026-11-25")).toBe("2026-11-30");
    expect(nextMonday("2026-11-30")).toBe("2026-11-30");
    expect(nextMonday("2028-02-27")).toBe("2028-02-28");
  });
});
