import { describe, expect, it } from "vitest";
import { applyPortfolioState, groupTotals } from "./filter-sort";
import { portfolioPage, segmentRows } from "./page-model";
import type { PortfolioFacetOptions, PortfolioRow } from "./row";
import { portfolioRow } from "./test-rows";
import { DEFAULT_STATE, type PortfolioTableState } from "./table-state";

/** Rows as the page shows them: a lead, a next milestone, budget and a last update. */
function row(code: string, over: Partial<PortfolioRow> = {}): PortfolioRow {
  return portfolioRow(code, {
    leads: ["Berta Lead"],
    nextMilestoneTitle: "Ausschreibung",
    nextMilestoneDate: "2027-03-31",
    delayDays: 0,
    budgetPlanned: "100.00",
    budgetActual: "10.00",
    lastUpdate: "2026-11-01T10:00:00.000Z",
    ...over,
  });
}

const state = (over: Partial<PortfolioTableState>): PortfolioTableState => ({ ...DEFAULT_STATE, ...over });
const OPTIONS: PortfolioFacetOptions = {
  fields: [
    { value: "VER", label: "Verwaltung" },
    { value: "MOB", label: "Mobilität" },
  ],
  departments: [],
  partners: [
    { value: "ude", label: "Universität" },
    { value: "dvv", label: "DVV" },
  ],
  districts: [],
};

/** 30 VER rows then 20 MOB rows; delay = the number, so sorting by delay interleaves them. */
const ROWS: PortfolioRow[] = [
  ...Array.from({ length: 30 }, (_, i) => row(`VER-${String(i + 1).padStart(2, "0")}`, { delayDays: i * 2, budgetPlanned: "10.10" })),
  ...Array.from({ length: 20 }, (_, i) => row(`MOB-${String(i + 1).padStart(2, "0")}`, { delayDays: i * 2 + 1, health: "AT_RISK", progress: 1 })),
];
const codesOf = (page: ReturnType<typeof portfolioPage>) => page.segments.flatMap((s) => segmentRows(page, s).map((r) => r.code));

describe("portfolioPage", () => {
  it("returns only the requested page of the filtered, sorted rows, as the export orders them", () => {
    const s = state({ sort: { id: "delay", desc: true }, page: 2, size: 25 });
    const page = portfolioPage(ROWS, s);
    expect(page).toMatchObject({ total: 50, matched: 50, rowCount: 50, page: 2, pageCount: 2 });
    expect(page.segments).toHaveLength(1);
    expect(page.segments[0]!.group).toBeNull();
    expect(codesOf(page)).toEqual(applyPortfolioState(ROWS, s).slice(25, 50).map((r) => r.code));
  });

  it("filters before paging and counts facet values under the other filters", () => {
    const page = portfolioPage(ROWS, state({ health: ["AT_RISK"], field: ["VER"] }));
    expect(page.matched).toBe(0);
    expect(page.segments).toEqual([]);
    expect(page.pageCount).toBe(1);
    expect(page.facetCounts.health).toEqual({ ON_TRACK: 30 });
    expect(page.facetCounts.field).toEqual({ MOB: 20 });
    const mob = portfolioPage(ROWS, state({ health: ["AT_RISK"] }));
    expect(mob.matched).toBe(20);
    expect(codesOf(mob).every((c) => c.startsWith("MOB"))).toBe(true);
  });

  it("shows the last page for a page beyond the end", () => {
    const page = portfolioPage(ROWS, state({ page: 99, size: 25 }));
    expect(page.page).toBe(2);
    expect(codesOf(page)).toHaveLength(25);
    expect(portfolioPage(ROWS, state({ page: 3, size: 25, field: ["MOB"] })).page).toBe(1);
  });

  it("totals a group over all its rows when the group runs over a page boundary, marking the continued heading", () => {
    const page1 = portfolioPage(ROWS, state({ group: "field", size: 25, page: 1 }), OPTIONS);
    expect(page1.segments.map((s) => [s.group?.key, s.group?.continued, s.rows.length])).toEqual([["VER", false, 25]]);
    expect(page1.segments[0]!.group!.totals).toEqual(groupTotals(ROWS.slice(0, 30)));
    expect(page1.segments[0]!.group!.totals).toMatchObject({ count: 30, planned: "303.00" });

    const page2 = portfolioPage(ROWS, state({ group: "field", size: 25, page: 2 }), OPTIONS);
    expect(page2.segments.map((s) => [s.group?.key, s.group?.continued, s.rows.length])).toEqual([
      ["VER", true, 5],
      ["MOB", false, 20],
    ]);
    expect(page2.segments[0]!.group!.totals.count).toBe(30);
    expect(page2.segments[1]!.group!.totals).toMatchObject({ count: 20, planned: "2000.00", meanProgress: 1 });
  });

  it("orders groups as the filter choices list them, sorts within each group, and puts an initiative in each partner's group", () => {
    const rows = [
      row("VER-01", { partnerSlugs: ["dvv", "ude"], partnerNames: ["DVV", "Universität"], delayDays: 5 }),
      row("VER-02", { partnerSlugs: ["ude"], partnerNames: ["Universität"], delayDays: 9 }),
      row("MOB-01"),
    ];
    const page = portfolioPage(rows, state({ group: "partner", sort: { id: "delay", desc: true } }), OPTIONS);
    expect(page.segments.map((s) => [s.group?.key, segmentRows(page, s).map((r) => r.code)])).toEqual([
      ["ude", ["VER-02", "VER-01"]],
      ["dvv", ["VER-01"]],
      ["", ["MOB-01"]],
    ]);
    expect(page).toMatchObject({ matched: 3, rowCount: 4 });
  });

  it("keeps the page small at 2,000 initiatives: page-size rows and props well under 200 KB", () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      row(`VER${String.fromCharCode(65 + (i % 26))}-${String(i).padStart(4, "0")}`, {
        title: `Einführung E-Akte Jugendamt (Stufe ${i})`,
        partnerSlugs: ["ude", "dvv"],
        partnerNames: ["Universität Duisburg-Essen", "Duisburger Versorgungs- und Verkehrsgesellschaft"],
        districtSlugs: ["mitte", "hamborn"],
        districtNames: ["Mitte", "Hamborn"],
      }),
    );
    for (const size of [25, 100] as const) {
      const page = portfolioPage(many, state({ size, group: "partner", sort: { id: "title", desc: false } }), OPTIONS);
      expect(codesOf(page)).toHaveLength(size);
      const json = JSON.stringify(page);
      const bytes = Buffer.byteLength(json);
      // Keys travel once (the model's fields), not once per row; hidden columns and slugs not at all.
      expect(json.split('"nextMilestoneTitle"').length - 1).toBe(1);
      expect(json).not.toContain("districtSlugs");
      expect(json).not.toContain("Hamborn");
      expect(bytes).toBeLessThan(200 * 1024);
      if (size === 100) expect(bytes).toBeLessThan(JSON.stringify(many).length / 10);
    }
  });
});
