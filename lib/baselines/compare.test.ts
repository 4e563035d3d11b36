// The one comparison of plan snapshots, on a constructed plan: every kind of change, the public
// narrowing, and that nothing is reported when nothing changed.
import { describe, expect, it } from "vitest";
import { comparePlans, countChanges, publicOnly } from "./compare";
import type { PlanSnapshot, SnapshotInitiative } from "./types";

const initiative = (code: string, over: Partial<SnapshotInitiative> = {}): SnapshotInitiative => ({
  initiativeId: `id-${code}`,
  code,
  slug: code.toLowerCase(),
  title: `Vorhaben ${code}`,
  titleEn: null,
  fieldCode: "MOB",
  visibility: "PUBLIC",
  status: "IN_PROGRESS",
  archived: false,
  successorId: null,
  successionKind: null,
  plannedStart: "2024-01-01",
  plannedEnd: "2027-12-31",
  budgetPlanned: "100000.00",
  budgetPlannedPublic: "100000.00",
  milestones: [{ id: `m-${code}`, title: `Meilenstein ${code}`, isPublic: true, baselineDate: "2025-03-31", forecastDate: "2025-03-31", completedDate: null }],
  kpis: [{ id: `k-${code}`, name: `Kennzahl ${code}`, unit: "%", isPublic: true, targetValue: "80.0000", targetDate: "2027-12-31" }],
  ...over,
});

const adopted: PlanSnapshot = {
  initiatives: [initiative("A"), initiative("B"), initiative("C"), initiative("D"), initiative("E"), initiative("OLD", { archived: true })],
  planKpis: [{ id: "pk", name: "Breitband", unit: "%", isPublic: true, targetValue: "90", targetDate: "2030-12-31" }],
};

const revised: PlanSnapshot = {
  initiatives: [
    // A: milestone 45 days later (across 29 Feb 2028), KPI target raised, budget cut.
    initiative("A", {
      milestones: [{ id: "m-A", title: "Meilenstein A", isPublic: true, baselineDate: "2025-03-31", forecastDate: "2025-05-15", completedDate: null }],
      kpis: [{ id: "k-A", name: "Kennzahl A", unit: "%", isPublic: true, targetValue: "85", targetDate: "2027-12-31" }],
      budgetPlanned: "75000.50",
    }),
    // B: unchanged, but "80.0000" vs "80" is the same target.
    initiative("B", { kpis: [{ id: "k-B", name: "Kennzahl B", unit: "%", isPublic: true, targetValue: "80", targetDate: "2027-12-31" }] }),
    // C merged into B, D superseded by NEW; E deleted outright.
    initiative("C", { archived: true, successorId: "id-B", successionKind: "MERGED_INTO" }),
    initiative("D", { archived: true, successorId: "id-NEW", successionKind: "SUPERSEDED_BY" }),
    initiative("NEW"),
    initiative("OLD", { archived: true }),
  ],
  planKpis: [{ id: "pk", name: "Breitband", unit: "%", isPublic: true, targetValue: "90", targetDate: "2031-12-31" }],
};

describe("comparePlans", () => {
  it("reports nothing between a plan and itself", () => {
    expect(countChanges(comparePlans(adopted, adopted))).toEqual({ added: 0, removed: 0, succeeded: 0, milestonesMoved: 0, milestonesAdded: 0, milestonesRemoved: 0, kpiTargets: 0, budgets: 0 });
  });

  it("finds added, removed, merged and superseded initiatives with their successors", () => {
    const c = comparePlans(adopted, revised);
    expect(c.added.map((i) => i.code)).toEqual(["NEW"]);
    expect(c.removed.map((i) => i.code)).toEqual(["E"]);
    expect(c.succeeded.map((s) => [s.initiative.code, s.kind, s.successor?.code])).toEqual([
      ["C", "MERGED_INTO", "B"],
      ["D", "SUPERSEDED_BY", "NEW"],
    ]);
  });

  it("measures moved milestones in days and finds changed targets and budgets exactly", () => {
    const c = comparePlans(adopted, revised);
    expect(c.milestonesMoved).toEqual([expect.objectContaining({ title: "Meilenstein A", from: "2025-03-31", to: "2025-05-15", days: 45 })]);
    expect(c.kpiTargets.map((k) => [k.initiative?.code ?? null, k.from.value, k.to.value, k.from.date, k.to.date])).toEqual([
      ["A", "80.0000", "85", "2027-12-31", "2027-12-31"],
      [null, "90", "90", "2030-12-31", "2031-12-31"],
    ]);
    expect(c.budgets).toEqual([expect.objectContaining({ from: "100000.00", to: "75000.50", delta: "-24999.50" })]);
  });

  it("counts days across 29 February and the turn of the year", () => {
    const move = (from: string, to: string) => {
      const a = { initiatives: [initiative("X", { milestones: [{ id: "m", title: "M", isPublic: true, baselineDate: from, forecastDate: from, completedDate: null }] })], planKpis: [] };
      const b = { initiatives: [initiative("X", { milestones: [{ id: "m", title: "M", isPublic: true, baselineDate: from, forecastDate: to, completedDate: null }] })], planKpis: [] };
      return comparePlans(a, b).milestonesMoved[0]?.days;
    };
    expect(move("2028-02-28", "2028-03-01")).toBe(2);
    expect(move("2026-12-31", "2027-01-01")).toBe(1);
    expect(move("2026-03-31", "2025-12-31")).toBe(-90);
  });

  it("tells milestones added and removed", () => {
    const a = { initiatives: [initiative("X")], planKpis: [] };
    const b = { initiatives: [initiative("X", { milestones: [{ id: "m2", title: "Neu", isPublic: true, baselineDate: "2026-06-30", forecastDate: "2026-06-30", completedDate: null }] })], planKpis: [] };
    const c = comparePlans(a, b);
    expect(c.milestonesAdded.map((m) => m.title)).toEqual(["Neu"]);
    expect(c.milestonesRemoved.map((m) => m.title)).toEqual(["Meilenstein X"]);
  });
});

describe("publicOnly", () => {
  it("leaves out internal initiatives, milestones, KPIs and budget lines, and hides an internal successor", () => {
    const internal = (s: PlanSnapshot): PlanSnapshot => ({
      initiatives: s.initiatives.map((i) =>
        i.code === "NEW" || i.code === "SECRET"
          ? { ...i, visibility: "INTERNAL" }
          : i.code === "A"
            ? { ...i, budgetPlannedPublic: "10000.00", milestones: i.milestones.map((m) => ({ ...m, isPublic: false })), kpis: i.kpis.map((k) => ({ ...k, isPublic: false })) }
            : i,
      ),
      planKpis: s.planKpis.map((k) => ({ ...k, isPublic: false })),
    });
    const c = comparePlans(publicOnly(internal(adopted)), publicOnly(internal({ ...revised, initiatives: [...revised.initiatives, initiative("SECRET")] })));
    expect(c.added).toEqual([]);
    expect(c.succeeded.map((s) => [s.initiative.code, s.successor])).toEqual([
      ["C", expect.objectContaining({ code: "B" })],
      ["D", null],
    ]);
    expect(c.milestonesMoved).toEqual([]);
    expect(c.kpiTargets).toEqual([]);
    // A's public budget line did not change, whatever happened to the internal ones.
    expect(c.budgets).toEqual([]);
  });
});
