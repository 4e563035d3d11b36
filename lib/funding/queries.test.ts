import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import { Prisma } from "@/lib/generated/prisma/client";
import { demoFixture } from "@/tests/db";
import { getFundingOverview, parseFundingFilters, utilisation } from "./queries";

const demo = demoFixture();

const money = (d: Prisma.Decimal | null) => (d ?? new Prisma.Decimal(0)).toFixed(2);
const live = { initiative: { archivedAt: null } } satisfies Prisma.BudgetLineWhereInput;

describe("getFundingOverview", () => {
  it("refuses anonymous viewers", async () => {
    await expect(getFundingOverview(demo.prisma, null, { year: null, field: null })).rejects.toThrow(/sign in/i);
  });

  it("rolls every budget line (internal ones included) up by source, year, field and in total", async () => {
    const o = await getFundingOverview(demo.prisma, demo.viewer, { year: null, field: null });
    expect(await demo.prisma.budgetLine.count({ where: { isPublic: false } })).toBeGreaterThan(0);

    const total = await demo.prisma.budgetLine.aggregate({ where: live, _sum: { planned: true, actual: true } });
    expect(o.total).toEqual({ planned: money(total._sum.planned), actual: money(total._sum.actual) });

    const bySource = await demo.prisma.budgetLine.groupBy({ by: ["fundingSource"], where: live, _sum: { planned: true, actual: true } });
    expect(new Map(o.bySource.map((r) => [r.source, [r.planned, r.actual]]))).toEqual(
      new Map(bySource.map((r) => [r.fundingSource, [money(r._sum.planned), money(r._sum.actual)]])),
    );

    // By programme within its level: every (level, programme) pair, the lines without one per level.
    const byProgramme = await demo.prisma.budgetLine.groupBy({ by: ["fundingSource", "programmeId"], where: live, _sum: { planned: true, actual: true } });
    expect(new Map(o.byProgramme.map((r) => [`${r.source}|${r.programmeId}`, [r.planned, r.actual]]))).toEqual(
      new Map(byProgramme.map((r) => [`${r.fundingSource}|${r.programmeId}`, [money(r._sum.planned), money(r._sum.actual)]])),
    );
    const names = new Map((await demo.prisma.fundingProgramme.findMany()).map((p) => [p.id, p.name]));
    expect(o.byProgramme.filter((r) => r.programmeId).every((r) => r.programme === names.get(r.programmeId!))).toBe(true);
    expect(o.byProgramme.map((r) => r.programme)).toEqual(expect.arrayContaining(["Modellprojekte Smart Cities", "EFRE/JTF NRW 2021–2027", null]));
    // The programmes of a level add up to the level.
    for (const level of o.bySource) {
      const sum = o.byProgramme.filter((r) => r.source === level.source).reduce((acc, r) => acc + Math.round(Number(r.planned) * 100), 0);
      expect(sum, level.source).toBe(Math.round(Number(level.planned) * 100));
    }

    const byYear = await demo.prisma.budgetLine.groupBy({ by: ["year"], where: live, orderBy: { year: "asc" }, _sum: { planned: true, actual: true } });
    expect(o.byYear).toEqual(byYear.map((r) => ({ year: r.year, planned: money(r._sum.planned), actual: money(r._sum.actual) })));
    expect(o.options.years).toEqual(byYear.map((r) => r.year));

    const fields = await demo.prisma.fieldOfAction.findMany({ orderBy: { sortOrder: "asc" } });
    expect(o.byField.map((f) => f.code)).toEqual(fields.map((f) => f.code));
    for (const f of fields) {
      const sum = await demo.prisma.budgetLine.aggregate({ where: { initiative: { archivedAt: null, fieldOfActionId: f.id } }, _sum: { planned: true, actual: true } });
      expect(o.byField.find((r) => r.code === f.code), f.code).toMatchObject({ planned: money(sum._sum.planned), actual: money(sum._sum.actual) });
    }
  });

  it("applies the year and field filters to every table and to the total", async () => {
    const field = await demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "MOB" } });
    const year = 2026;
    const o = await getFundingOverview(demo.prisma, demo.viewer, { year, field: "MOB" });
    const where = { year, initiative: { archivedAt: null, fieldOfActionId: field.id } } satisfies Prisma.BudgetLineWhereInput;
    const total = await demo.prisma.budgetLine.aggregate({ where, _sum: { planned: true, actual: true } });
    expect(Number(total._sum.planned)).toBeGreaterThan(0);
    expect(o.total).toEqual({ planned: money(total._sum.planned), actual: money(total._sum.actual) });
    expect(o.byYear).toEqual([{ year, ...o.total }]);
    expect(o.byField).toEqual([{ code: "MOB", title: field.title, ...o.total }]);
    const bySource = await demo.prisma.budgetLine.groupBy({ by: ["fundingSource"], where, _sum: { planned: true } });
    expect(o.bySource.map((r) => [r.source, r.planned]).sort()).toEqual(bySource.map((r) => [r.fundingSource, money(r._sum.planned)]).sort());
    // The filter choices stay complete so the reader can widen the selection again.
    expect(o.options.fields.length).toBeGreaterThan(1);
  });

  it("shows zero totals for a selection without budget lines", async () => {
    const o = await getFundingOverview(demo.prisma, demo.viewer, { year: 1999, field: null });
    expect(o.total).toEqual({ planned: "0.00", actual: "0.00" });
    expect(o.bySource).toEqual([]);
    expect(o.byField.every((f) => f.planned === "0.00")).toBe(true);
  });

  it("sends the same number of queries after many more budget lines", async () => {
    const before = await countQueries(demo.counting, () => getFundingOverview(demo.counting, demo.viewer, { year: null, field: null }));
    const initiatives = await demo.prisma.initiative.findMany({ select: { id: true } });
    await demo.prisma.budgetLine.createMany({ data: initiatives.map((i) => ({ initiativeId: i.id, year: 2031, fundingSource: "OTHER" as const, planned: "1000.10", isPublic: false })) });
    const after = await countQueries(demo.counting, () => getFundingOverview(demo.counting, demo.viewer, { year: null, field: null }));
    expect(after.count).toBe(before.count);
    expect(after.count).toBe(3);
    expect(after.result.byYear.at(-1)).toEqual({ year: 2031, planned: (1000.1 * initiatives.length).toFixed(2), actual: "0.00" });
  });
});

describe("parseFundingFilters", () => {
  it("reads a four-digit year and a field code and ignores anything else", () => {
    expect(parseFundingFilters({ year: "2026", field: "mob" })).toEqual({ year: 2026, field: "MOB" });
    expect(parseFundingFilters({ year: "26; drop", field: "x'--" })).toEqual({ year: null, field: null });
    expect(parseFundingFilters({ year: ["2025", "2026"] })).toEqual({ year: 2025, field: null });
    expect(parseFundingFilters({})).toEqual({ year: null, field: null });
  });
});

describe("utilisation", () => {
  it("is actual over planned, or null when nothing is planned", () => {
    expect(utilisation({ planned: "200.00", actual: "50.00" })).toBe(0.25);
    expect(utilisation({ planned: "0.00", actual: "5.00" })).toBeNull();
  });
});
