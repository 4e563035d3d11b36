import { describe, expect, it } from "vitest";
import { DEFAULT_STALE_AFTER_DAYS, isMilestoneOverdue, isStale, staleAfterDays } from "./freshness";

const now = new Date("2026-06-30T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("isStale", () => {
  it("is false while the last change is at most the given number of days old", () => {
    expect(isStale(daysAgo(0), now, 90)).toBe(false);
    expect(isStale(daysAgo(90), now, 90)).toBe(false);
  });

  it("is true once the last change is older than that", () => {
    expect(isStale(new Date(daysAgo(90).getTime() - 1), now, 90)).toBe(true);
    expect(isStale(daysAgo(31), now, 30)).toBe(true);
  });

  it("is true when no person has ever changed the initiative", () => {
    expect(isStale(null, now, 90)).toBe(true);
  });
});

describe("staleAfterDays", () => {
  it("reads STALE_AFTER_DAYS and falls back to 90 days", () => {
    expect(DEFAULT_STALE_AFTER_DAYS).toBe(90);
    expect(staleAfterDays({})).toBe(90);
    expect(staleAfterDays({ STALE_AFTER_DAYS: "30" })).toBe(30);
    expect(staleAfterDays({ STALE_AFTER_DAYS: " 14 " })).toBe(14);
  });

  it("ignores values that are not a whole number of days", () => {
    for (const v of ["", "0", "-5", "7.5", "abc", "30d"]) expect(staleAfterDays({ STALE_AFTER_DAYS: v }), v).toBe(90);
  });
});

describe("isMilestoneOverdue", () => {
  const today = "2026-06-30";

  it("is overdue when the forecast lies before today and it is not completed", () => {
    expect(isMilestoneOverdue({ forecastDate: new Date("2026-06-29T00:00:00Z"), completedDate: null }, today)).toBe(true);
    expect(isMilestoneOverdue({ forecastDate: "2025-01-01", completedDate: null }, today)).toBe(true);
  });

  it("is not overdue on the forecast day itself or later", () => {
    expect(isMilestoneOverdue({ forecastDate: new Date("2026-06-30T00:00:00Z"), completedDate: null }, today)).toBe(false);
    expect(isMilestoneOverdue({ forecastDate: "2026-07-01", completedDate: null }, today)).toBe(false);
  });

  it("is never overdue once completed, however late", () => {
    expect(isMilestoneOverdue({ forecastDate: "2025-01-01", completedDate: new Date("2025-03-01T00:00:00Z") }, today)).toBe(false);
  });
});
