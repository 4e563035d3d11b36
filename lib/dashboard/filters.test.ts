import { describe, expect, it } from "vitest";
import { NO_FILTERS, parseDashboardFilters, parseDashboardPeriod, portfolioHref, resolveDashboardFilters, type DashboardOptions } from "./filters";

const OPTIONS: DashboardOptions = {
  fields: [{ code: "VER", title: "Verwaltung" }, { code: "MOB", title: "Mobilität" }],
  depts: [{ code: "DIGI", name: "Digitalisierung" }],
  partners: [{ slug: "duisport", name: "duisport" }],
  districts: [{ slug: "mitte", name: "Mitte" }],
};

describe("parseDashboardFilters", () => {
  it("reads comma-separated and repeated lists, normalises case and drops malformed values", () => {
    const f = parseDashboardFilters({ field: ["ver,mob", "VER"], dept: "digi", partner: "Duisport,<script>", district: "mitte, ", period: " 2026-Q3 " });
    expect(f).toEqual({
      fields: ["VER", "MOB"],
      depts: ["DIGI"],
      partners: ["duisport"],
      districts: ["mitte"],
      period: { text: "2026-Q3", year: 2026, start: "2026-07-01", end: "2026-09-30" },
    });
  });

  it("accepts a year or a quarter as period and ignores anything else", () => {
    expect(parseDashboardPeriod("2025")).toEqual({ text: "2025", year: 2025, start: "2025-01-01", end: "2025-12-31" });
    expect(parseDashboardPeriod("2024-Q1")).toMatchObject({ start: "2024-01-01", end: "2024-03-31" });
    for (const junk of ["2026-Q5", "26", "1999", "2026-13", "", undefined]) expect(parseDashboardPeriod(junk), String(junk)).toBeNull();
  });
});

describe("resolveDashboardFilters", () => {
  it("keeps only values that exist, so an unknown code does not empty the dashboard", () => {
    const f = resolveDashboardFilters(parseDashboardFilters({ field: "VER,XYZ", dept: "NOPE", partner: "duisport", district: "nowhere" }), OPTIONS);
    expect(f).toEqual({ ...NO_FILTERS, fields: ["VER"], partners: ["duisport"] });
  });
});

describe("portfolioHref", () => {
  it("links a figure to the portfolio with the dashboard's filters and the figure's own condition", () => {
    const f = { ...NO_FILTERS, fields: ["VER", "MOB"], depts: ["DIGI"], partners: ["duisport"], districts: ["mitte"] };
    expect(portfolioHref(NO_FILTERS)).toBe("/app/portfolio");
    expect(portfolioHref(NO_FILTERS, { field: "VER", health: "OFF_TRACK" })).toBe("/app/portfolio?field=VER&health=OFF_TRACK");
    expect(portfolioHref(f, { field: "MOB", status: "IN_PROGRESS" })).toBe(
      "/app/portfolio?field=MOB&dept=DIGI&status=IN_PROGRESS&partner=duisport&district=mitte",
    );
    expect(portfolioHref(f, { stale: true })).toBe("/app/portfolio?field=VER,MOB&dept=DIGI&partner=duisport&district=mitte&stale=1");
    expect(portfolioHref({ ...NO_FILTERS, period: parseDashboardPeriod("2026") }, { overdue: true })).toBe("/app/portfolio?overdue=1");
  });
});
