import { constructTable } from "@tanstack/table-core";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import { describe, expect, it } from "vitest";
import { applyPortfolioState, facetCounts, filterRows, groupTotals, sortRows } from "./filter-sort";
import type { PortfolioRow } from "./row";
import { portfolioRow } from "./test-rows";
import { portfolioColumnDefs, portfolioTableOptions, tanstackState, toTableRows } from "./table-model";
import { DEFAULT_STATE, type PortfolioTableState } from "./table-state";

const row = portfolioRow;

const ROWS: PortfolioRow[] = [
  row("VER-01", { delayDays: 30, budgetPlanned: "1000.10", budgetActual: "200.00", partnerSlugs: ["itnrw", "ude"], partnerNames: ["IT.NRW", "Universität"], leads: ["Berta Lead"] }),
  row("VER-02", { delayDays: 0, health: "AT_RISK", stale: true, budgetPlanned: "0.20", progress: 0.25 }),
  row("MOB-01", { delayDays: 30, departmentCode: "VERK", departmentName: "Verkehr", overdueMilestones: 2, partnerSlugs: ["ude"], partnerNames: ["Universität"] }),
  row("MOB-02", { status: "CANCELLED", progress: null, health: "OFF_TRACK", districtSlugs: ["mitte"], districtNames: ["Mitte"], nextMilestoneTitle: "Ausschreibung Busspur" }),
  row("BIL-01", { delayDays: 120, stale: true, overdueMilestones: 1, title: "Schul-WLAN für alle" }),
];
const state = (over: Partial<PortfolioTableState>): PortfolioTableState => ({ ...DEFAULT_STATE, ...over });
const codes = (rows: PortfolioRow[]) => rows.map((r) => r.code);

describe("filterRows", () => {
  it("ORs the values within a facet and ANDs the facets", () => {
    expect(codes(filterRows(ROWS, state({ field: ["VER", "MOB"] })))).toEqual(["VER-01", "VER-02", "MOB-01", "MOB-02"]);
    expect(codes(filterRows(ROWS, state({ field: ["VER", "MOB"], dept: ["VERK"] })))).toEqual(["MOB-01"]);
  });

  it("matches a partner or district filter when any of the initiative's partners or districts is selected", () => {
    expect(codes(filterRows(ROWS, state({ partner: ["ude"] })))).toEqual(["VER-01", "MOB-01"]);
    expect(codes(filterRows(ROWS, state({ district: ["mitte"] })))).toEqual(["MOB-02"]);
  });

  it("searches every word case-insensitively across code, title, leads, next milestone and partners", () => {
    expect(codes(filterRows(ROWS, state({ q: "schul-wlan" })))).toEqual(["BIL-01"]);
    expect(codes(filterRows(ROWS, state({ q: "busspur" })))).toEqual(["MOB-02"]);
    expect(codes(filterRows(ROWS, state({ q: "universität mob" })))).toEqual(["MOB-01"]);
    expect(codes(filterRows(ROWS, state({ q: "berta" })))).toEqual(["VER-01"]);
  });

  it("keeps only stale initiatives or those with overdue milestones when asked", () => {
    expect(codes(filterRows(ROWS, state({ stale: true })))).toEqual(["VER-02", "BIL-01"]);
    expect(codes(filterRows(ROWS, state({ overdue: true })))).toEqual(["MOB-01", "BIL-01"]);
    expect(codes(filterRows(ROWS, state({ stale: true, overdue: true })))).toEqual(["BIL-01"]);
  });
});

describe("sortRows", () => {
  it("sorts by delay descending with ties in input order and missing values last", () => {
    expect(codes(sortRows(ROWS, { id: "delay", desc: true }))).toEqual(["BIL-01", "VER-01", "MOB-01", "VER-02", "MOB-02"]);
    expect(codes(sortRows(ROWS, { id: "delay", desc: false }))).toEqual(["VER-02", "VER-01", "MOB-01", "BIL-01", "MOB-02"]);
  });

  it("sorts money exactly and progress with cancelled initiatives last", () => {
    expect(codes(sortRows(ROWS, { id: "planned", desc: true })).slice(0, 2)).toEqual(["VER-01", "VER-02"]);
    expect(codes(sortRows(ROWS, { id: "progress", desc: false }))).toEqual(["VER-02", "VER-01", "MOB-01", "BIL-01", "MOB-02"]);
  });

  it("leaves the order alone without a sort", () => {
    expect(codes(sortRows(ROWS, null))).toEqual(codes(ROWS));
  });
});

describe("facetCounts", () => {
  it("counts each facet's values under the other filters but not its own", () => {
    const counts = facetCounts(ROWS, state({ field: ["VER"], health: ["ON_TRACK"] }));
    expect(counts.field.get("VER")).toBe(1);
    expect(counts.field.get("MOB")).toBe(1);
    expect(counts.field.get("BIL")).toBe(1);
    expect(counts.health.get("ON_TRACK")).toBe(1);
    expect(counts.health.get("AT_RISK")).toBe(1);
    expect(counts.partner.get("ude")).toBe(1);
    expect(counts.partner.get("itnrw")).toBe(1);
  });
});

describe("groupTotals", () => {
  it("sums budgets exactly and averages progress without cancelled initiatives", () => {
    const totals = groupTotals(ROWS);
    expect(totals).toEqual({ count: 5, planned: "1000.30", actual: "200.00", meanProgress: (0.5 + 0.25 + 0.5 + 0.5) / 4 });
  });
});

describe("the TanStack table model", () => {
  function tableRows(s: PortfolioTableState) {
    const table = constructTable({
      ...portfolioTableOptions,
      features: Object.assign({}, portfolioTableOptions.features, { coreReactivityFeature: storeReactivityBindings() }),
      columns: portfolioColumnDefs(),
      data: toTableRows(ROWS, s.group),
      state: tanstackState({ ...s, size: 100 }),
    });
    return table.getRowModel().rows;
  }

  const cases: Partial<PortfolioTableState>[] = [
    {},
    { sort: { id: "delay", desc: true } },
    { sort: { id: "progress", desc: false }, field: ["VER", "MOB"] },
    { q: "universität", sort: { id: "title", desc: true } },
    { stale: true, sort: { id: "lastUpdate", desc: true } },
    { overdue: true, partner: ["ude"] },
    { health: ["AT_RISK", "OFF_TRACK"], sort: { id: "planned", desc: true } },
  ];
  it.each(cases)("shows exactly the rows and order of applyPortfolioState for %o", (over) => {
    const s = state(over);
    expect(tableRows(s).map((r) => r.original.code)).toEqual(codes(applyPortfolioState(ROWS, s)));
  });

  it("groups by partner with an initiative in each of its partners' groups and a group for none", () => {
    const rows = tableRows(state({ group: "partner" }));
    const groups = rows.filter((r) => r.getIsGrouped()).map((r) => [r.groupingValue, r.getLeafRows().map((l) => l.original.code)]);
    expect(groups).toEqual([
      ["itnrw", ["VER-01"]],
      ["ude", ["VER-01", "MOB-01"]],
      ["", ["VER-02", "MOB-02", "BIL-01"]],
    ]);
  });
});
