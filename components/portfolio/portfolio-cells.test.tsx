// The portfolio page sends each row with the fields of the visible columns only (COLUMN_FIELDS in
// lib/portfolio/page-model.ts). Every column must render the same from that trimmed row as from the
// full row, or a column would show an empty cell in the browser.
import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import messages from "@/lib/i18n/messages/de.json";
import { pageRow } from "@/lib/portfolio/page-model";
import type { PortfolioRow } from "@/lib/portfolio/row";
import { COLUMN_IDS } from "@/lib/portfolio/table-state";
import { portfolioRow } from "@/lib/portfolio/test-rows";
import { portfolioCell, type CellContext } from "./portfolio-cells";

const FULL: PortfolioRow = portfolioRow("MOB-03", {
  leads: ["Berta Lead", "Carl Co"],
  health: "AT_RISK",
  progress: 0.42,
  nextMilestoneTitle: "Ausschreibung",
  nextMilestoneDate: "2028-02-29",
  delayDays: 45,
  overdueMilestones: 2,
  budgetPlanned: "1200.50",
  budgetActual: "99.99",
  lastUpdate: "2026-12-31T22:30:00.000Z",
  stale: true,
  partnerSlugs: ["dvv"],
  partnerNames: ["DVV"],
  districtSlugs: ["mitte"],
  districtNames: ["Mitte"],
});

function context(): CellContext {
  const at = (namespace: "portfolio" | "status" | "health") => createTranslator({ locale: "de", messages, namespace });
  const money = new Intl.NumberFormat("de", { style: "currency", currency: "EUR" });
  const day = new Intl.DateTimeFormat("de", { dateStyle: "medium", timeZone: "UTC" });
  return {
    t: at("portfolio") as unknown as CellContext["t"],
    tStatus: at("status") as unknown as CellContext["tStatus"],
    tHealth: at("health") as unknown as CellContext["tHealth"],
    f: { money: (a) => money.format(Number(a)), day: (iso) => day.format(new Date(`${iso}T00:00:00Z`)), instant: (iso) => day.format(new Date(iso)) },
  };
}

describe("portfolio cells from the trimmed page row", () => {
  const cells = context();
  it.each(COLUMN_IDS)("column %s renders the same as from the full row, and not empty", (id) => {
    const full = renderToStaticMarkup(<>{portfolioCell(id, FULL, cells)}</>);
    const trimmed = renderToStaticMarkup(<>{portfolioCell(id, pageRow(FULL, [id]) as PortfolioRow, cells)}</>);
    expect(trimmed).toBe(full);
    expect(full).not.toBe("");
  });

  it("leaves out the slugs and the fields of hidden columns", () => {
    const row = pageRow(FULL, ["code", "title", "health"]);
    expect(Object.keys(row).sort()).toEqual(["code", "health", "slipRisks", "title"]);
  });
});
