import { describe, expect, it } from "vitest";
import { initiativeProgress, rollUpProgress, toPercent } from "./progress";

describe("initiativeProgress", () => {
  it("weights done milestones by their weight", () => {
    expect(initiativeProgress("IN_PROGRESS", { totalWeight: 4, doneWeight: 1 })).toBe(0.25);
  });
  it("counts a completed initiative as 100 % whatever its milestones say", () => {
    expect(initiativeProgress("COMPLETED", { totalWeight: 4, doneWeight: 1 })).toBe(1);
  });
  it("leaves a cancelled initiative out", () => {
    expect(initiativeProgress("CANCELLED", { totalWeight: 4, doneWeight: 4 })).toBeNull();
  });
  it("is 0 % without milestones", () => {
    expect(initiativeProgress("PLANNED", { totalWeight: 0, doneWeight: 0 })).toBe(0);
  });
});

describe("rollUpProgress", () => {
  it("averages initiatives equally and ignores cancelled ones", () => {
    expect(rollUpProgress([1, 0, null, 0.5])).toBe(0.5);
  });
  it("is null when nothing counts", () => {
    expect(rollUpProgress([null])).toBeNull();
    expect(rollUpProgress([])).toBeNull();
  });
});

describe("toPercent", () => {
  it("never rounds an unfinished initiative up to 100", () => {
    expect(toPercent(0.996)).toBe(99);
    expect(toPercent(1)).toBe(100);
    expect(toPercent(0.29)).toBe(29);
  });
});
