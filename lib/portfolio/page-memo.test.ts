import { describe, expect, it } from "vitest";
import { portfolioPage } from "./page-model";
import { memoPortfolioPage } from "./page-memo";
import { portfolioRow } from "./test-rows";
import { DEFAULT_STATE } from "./table-state";

describe("memoPortfolioPage", () => {
  const rows = [portfolioRow("B-02", { title: "Breitband" }), portfolioRow("A-01", { title: "Apps" })];

  it("gives the page model of portfolioPage, once per rows and state", () => {
    const byTitle = { ...DEFAULT_STATE, sort: { id: "title" as const, desc: false } };
    const first = memoPortfolioPage(rows, byTitle);
    expect(first).toEqual(portfolioPage(rows, byTitle));
    expect(memoPortfolioPage(rows, { ...byTitle })).toBe(first);
    expect(memoPortfolioPage(rows, { ...byTitle, sort: { id: "title", desc: true } })).toEqual(portfolioPage(rows, { ...byTitle, sort: { id: "title", desc: true } }));
  });

  it("computes afresh for the rows loaded after a change (a new array), never from the old rows' pages", () => {
    const before = memoPortfolioPage(rows, DEFAULT_STATE);
    const changed = rows.map((r) => (r.code === "A-01" ? { ...r, title: "Apps für alle" } : r));
    const after = memoPortfolioPage(changed, DEFAULT_STATE);
    expect(after).not.toBe(before);
    expect(after).toEqual(portfolioPage(changed, DEFAULT_STATE));
    expect(JSON.stringify(after)).toContain("Apps für alle");
  });
});
