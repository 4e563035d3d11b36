import { describe, expect, it } from "vitest";
import { findCycle, type DependencyEdge, type PlanPart } from "./graph";

const I = (id: string): PlanPart => ({ initiativeId: id, milestoneId: null });
const M = (initiativeId: string, id: string): PlanPart => ({ initiativeId, milestoneId: id });
const needs = (successor: PlanPart, predecessor: PlanPart): DependencyEdge => ({ successor, predecessor });
const milestones = new Map([
  ["MOB", ["mob-1", "mob-2"]],
  ["DAT", ["dat-1"]],
  ["NET", ["net-1"]],
]);
const names = (parts: PlanPart[] | null) => parts?.map((p) => p.milestoneId ?? p.initiativeId) ?? null;

describe("findCycle", () => {
  it("finds the direct cycle and names it from the new successor round to it", () => {
    expect(names(findCycle([needs(I("DAT"), I("MOB"))], needs(I("MOB"), I("DAT")), milestones))).toEqual(["MOB", "DAT", "MOB"]);
  });

  it("finds a cycle of three in needs order", () => {
    const stored = [needs(I("NET"), I("DAT")), needs(I("DAT"), I("MOB"))];
    // MOB needs NET, NET needs DAT, DAT needs MOB.
    expect(names(findCycle(stored, needs(I("MOB"), I("NET")), milestones))).toEqual(["MOB", "NET", "DAT", "MOB"]);
  });

  it("finds cycles across milestones and initiatives: a milestone is part of its initiative", () => {
    // DAT needs the milestone mob-2; MOB (all of it, so mob-2 too) needing DAT closes the loop.
    expect(names(findCycle([needs(I("DAT"), M("MOB", "mob-2"))], needs(I("MOB"), I("DAT")), milestones))).toEqual(["MOB", "DAT", "mob-2"]);
    // mob-1 needs dat-1; DAT (which ends after dat-1) needing MOB (which starts before mob-1) is a loop.
    expect(names(findCycle([needs(M("MOB", "mob-1"), M("DAT", "dat-1"))], needs(I("DAT"), I("MOB")), milestones))).toEqual(["DAT", "MOB", "dat-1"]);
    // An initiative needing its own milestone, or a milestone its own initiative, is a loop.
    expect(names(findCycle([], needs(I("MOB"), M("MOB", "mob-1")), milestones))).toEqual(["MOB", "mob-1", "MOB"]);
    expect(findCycle([], needs(M("MOB", "mob-1"), I("MOB")), milestones)).not.toBeNull();
  });

  it("allows chains, interleaved milestones and two successors of one predecessor", () => {
    const stored = [needs(I("DAT"), I("NET")), needs(M("MOB", "mob-2"), M("DAT", "dat-1"))];
    expect(findCycle(stored, needs(M("DAT", "dat-1"), M("MOB", "mob-1")), milestones)).toBeNull();
    expect(findCycle(stored, needs(I("MOB"), I("NET")), milestones)).toBeNull();
    expect(findCycle([], needs(M("MOB", "mob-2"), M("MOB", "mob-1")), milestones)).toBeNull();
  });
});
