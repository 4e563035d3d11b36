// The roadmap loader on the demo data: each URL filter narrows the initiatives exactly as an
// independent SQL count says, groups follow the masterplan's field order, pages do not overlap,
// and the number of queries stays the same when the portfolio grows past one page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countingClient, countQueries } from "@/lib/db/query-counter";
import type { TestDatabase } from "@/lib/db/testing";
import { daysBetween } from "@/lib/dates";
import { milestoneLateness } from "@/lib/milestones/lateness";
import { DEFAULT_STATE } from "@/lib/portfolio/table-state";
import { demoFixture, useTestDatabase } from "@/tests/db";
import { getRoadmap, roadmapFilterOptions, ROADMAP_PAGE_SIZE, type RoadmapFilters } from "./queries";
import { bar, position, timelineScale } from "./scale";

const TODAY = "2026-11-25";
const NONE: RoadmapFilters = { q: "", field: [], dept: [], status: [], health: [], partner: [], district: [] };
const demo = demoFixture();

const codes = (r: Awaited<ReturnType<typeof getRoadmap>>) => r.groups.flatMap((g) => g.rows.map((row) => row.code));
const sqlCodes = async (rows: Promise<{ code: string }[]>) => (await rows).map((r) => r.code).sort();

describe("roadmap filters", () => {
  it("shows every non-archived initiative, grouped by field in the masterplan's order", async () => {
    const r = await getRoadmap(demo.prisma, demo.council, NONE, 1, TODAY, 100);
    expect(r.total).toBe(48);
    expect(r.groups.map((g) => g.field.code)).toEqual(["VER", "MOB", "BIL", "INF", "WIR", "UMW", "GES"]);
    expect(r.groups.find((g) => g.field.code === "VER")!.rows.map((row) => row.code)).toEqual(["VER-01", "VER-02", "VER-03", "VER-04", "VER-05", "VER-06", "VER-07"]);
  });

  it("accepts the portfolio table's parameters as they come from a shared link", async () => {
    const filters = { ...DEFAULT_STATE, field: ["VER", "MOB"], health: ["OFF_TRACK" as const] };
    const r = await getRoadmap(demo.prisma, demo.council, filters, 1, TODAY, 100);
    const expected = await sqlCodes(demo.prisma.$queryRaw<{ code: string }[]>`
      SELECT i.code FROM initiatives i JOIN fields_of_action f ON f.id = i.field_of_action_id
      WHERE f.code IN ('VER', 'MOB') AND i.health = 'OFF_TRACK' AND i.archived_at IS NULL`);
    expect(expected.length).toBeGreaterThan(0);
    expect(codes(r).sort()).toEqual(expected);
  });

  it("narrows by department, status, partner and district", async () => {
    const byDept = await getRoadmap(demo.prisma, demo.council, { ...NONE, dept: ["DIGI"], status: ["IN_PROGRESS", "ON_HOLD"] }, 1, TODAY, 100);
    expect(codes(byDept).sort()).toEqual(
      await sqlCodes(demo.prisma.$queryRaw`
        SELECT i.code FROM initiatives i JOIN departments d ON d.id = i.department_id
        WHERE d.code = 'DIGI' AND i.status::text IN ('IN_PROGRESS', 'ON_HOLD') AND i.archived_at IS NULL`),
    );
    const byPartner = await getRoadmap(demo.prisma, demo.council, { ...NONE, partner: ["dvv"] }, 1, TODAY, 100);
    const partnerCodes = await sqlCodes(demo.prisma.$queryRaw`
      SELECT DISTINCT i.code FROM initiatives i JOIN initiative_partners ip ON ip.initiative_id = i.id JOIN partners p ON p.id = ip.partner_id
      WHERE p.slug = 'dvv' AND i.archived_at IS NULL`);
    expect(partnerCodes.length).toBeGreaterThan(1);
    expect(codes(byPartner).sort()).toEqual(partnerCodes);
    const byDistrict = await getRoadmap(demo.prisma, demo.council, { ...NONE, district: ["walsum"] }, 1, TODAY, 100);
    const districtCodes = await sqlCodes(demo.prisma.$queryRaw`
      SELECT i.code FROM initiatives i JOIN initiative_districts x ON x.initiative_id = i.id JOIN districts d ON d.id = x.district_id
      WHERE d.slug = 'walsum' AND i.archived_at IS NULL`);
    expect(districtCodes.length).toBeLessThan(48);
    expect(codes(byDistrict).sort()).toEqual(districtCodes);
  });

  it("finds initiatives by every word of the search text, case-insensitively", async () => {
    expect(codes(await getRoadmap(demo.prisma, demo.council, { ...NONE, q: "inf-02" }, 1, TODAY, 100))).toEqual(["INF-02"]);
    const eAkte = codes(await getRoadmap(demo.prisma, demo.council, { ...NONE, q: "e-akte einführung" }, 1, TODAY, 100));
    expect(eAkte).toContain("VER-02");
    expect(codes(await getRoadmap(demo.prisma, demo.council, { ...NONE, q: "gibtesnicht" }, 1, TODAY, 100))).toEqual([]);
  });

  it("finds initiatives by the name of a project lead, combined with a field", async () => {
    const lead = await demo.prisma.initiativeLead.findFirstOrThrow({ where: { initiative: { code: "INF-02" } }, select: { user: { select: { id: true, name: true } } } });
    const word = lead.user.name.split(" ").pop()!;
    const found = codes(await getRoadmap(demo.prisma, demo.council, { ...NONE, q: word, field: ["INF"] }, 1, TODAY, 100));
    expect(found).toContain("INF-02");
    const led = await demo.prisma.initiative.findMany({ where: { fieldOfAction: { code: "INF" }, leads: { some: { user: { name: { contains: word, mode: "insensitive" } } } } }, select: { code: true } });
    expect(found.every((c) => c.startsWith("INF-"))).toBe(true);
    expect(found).toEqual(expect.arrayContaining(led.map((i) => i.code)));
  });

  it("draws running work up to today and keeps each milestone's slip", async () => {
    const r = await getRoadmap(demo.prisma, demo.council, { ...NONE, q: "INF-02" }, 1, TODAY, 100);
    const row = r.groups[0]!.rows[0]!;
    expect(row.actual).toMatchObject({ end: TODAY, ongoing: true });
    // By hand from the seeded rows: (completion or forecast) − baseline; overdue when open and due before today.
    const seeded = await demo.prisma.milestone.findMany({ where: { initiative: { code: "INF-02" } }, orderBy: { sortOrder: "asc" } });
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    expect(row.milestones.map((m) => m.slipDays)).toEqual(seeded.map((m) => daysBetween(iso(m.baselineDate), iso(m.completedDate ?? m.forecastDate))));
    expect(row.milestones.map((m) => m.overdue)).toEqual(seeded.map((m) => m.completedDate === null && iso(m.forecastDate) < TODAY));
    // INF-02 is at risk: the demo keeps one of its milestones overdue, and others slipped, on any seeding day.
    expect(row.milestones.some((m) => m.overdue)).toBe(true);
    expect(row.milestones.filter((m) => m.slipDays > 0).length).toBeGreaterThan(1);
  });

  it("gives each milestone its delay and overdue days by lib/milestones/lateness.ts: an overdue one never re-forecast is late by its days overdue", async () => {
    const r = await getRoadmap(demo.prisma, demo.council, NONE, 1, TODAY, 100);
    const all = r.groups.flatMap((g) => g.rows.flatMap((row) => row.milestones));
    for (const m of all) {
      const l = milestoneLateness(m, TODAY);
      expect({ delayDays: m.delayDays, overdue: m.overdue, overdueDays: m.overdueDays, slipDays: m.slipDays }, m.title).toEqual({
        delayDays: l.delayDays,
        overdue: l.overdue,
        overdueDays: l.overdueDays,
        slipDays: l.slipDays,
      });
    }
    const neverMoved = all.filter((m) => m.overdue && m.slipDays === 0);
    expect(neverMoved.length).toBeGreaterThan(0);
    for (const m of neverMoved) {
      expect(m.delayDays).toBe(daysBetween(m.baselineDate, TODAY));
      expect(m.delayDays).toBe(m.overdueDays);
      expect(m.delayDays).toBeGreaterThan(0);
    }
  });

  it("rejects a reader without a session", async () => {
    await expect(getRoadmap(demo.prisma, null, NONE, 1, TODAY, 100)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(roadmapFilterOptions(demo.prisma, null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("roadmap paging and query count", () => {
  let counting: PrismaClient;
  let large: TestDatabase;
  beforeAll(async () => {
    large = await useTestDatabase("demo");
    counting = countingClient(large.database.factory);
  });
  afterAll(async () => {
    await counting?.$disconnect();
  });

  it("cuts pages of ROADMAP_PAGE_SIZE in the database without overlap and keeps the query count when the portfolio grows", async () => {
    const before = await countQueries(counting, () => getRoadmap(counting, demo.council, NONE, 1, TODAY));
    expect(before.result.pages).toBe(Math.ceil(48 / ROADMAP_PAGE_SIZE));
    const ref = await large.prisma.initiative.findFirstOrThrow({ where: { code: "GES-01" }, select: { fieldOfActionId: true, departmentId: true } });
    await large.prisma.initiative.createMany({
      data: Array.from({ length: 130 }, (_, i) => ({
        code: `GES-${String(i + 100).padStart(3, "0")}`,
        slug: `zusatz-${i}`,
        title: `Zusatzvorhaben ${i}`,
        fieldOfActionId: ref.fieldOfActionId,
        departmentId: ref.departmentId,
        plannedStart: new Date("2027-01-01"),
        plannedEnd: new Date("2028-12-31"),
      })),
    });
    const first = await countQueries(counting, () => getRoadmap(counting, demo.council, NONE, 1, TODAY));
    const pages = Math.ceil(178 / ROADMAP_PAGE_SIZE);
    const all = [first.result];
    for (let page = 2; page <= pages; page++) all.push(await getRoadmap(large.prisma, demo.council, NONE, page, TODAY));
    expect(first.result.total).toBe(178);
    expect(first.result.pages).toBe(pages);
    expect(pages).toBeGreaterThan(1);
    expect(codes(first.result)).toHaveLength(ROADMAP_PAGE_SIZE);
    expect(codes(all.at(-1)!)).toHaveLength(178 - (pages - 1) * ROADMAP_PAGE_SIZE);
    expect(new Set(all.flatMap(codes)).size).toBe(178);
    // The last page continues the field the added initiatives belong to.
    expect(all.at(-1)!.groups[0]!.field.code).toBe("GES");
    expect(first.count).toBe(before.count);
    // A page beyond the last shows the last page.
    expect((await getRoadmap(large.prisma, demo.council, NONE, 99, TODAY)).page).toBe(pages);
    // The portfolio's page sizes apply: 100 per page → two pages, the second with the rest.
    const hundred = await getRoadmap(large.prisma, demo.council, NONE, 2, TODAY, 100);
    expect([hundred.pageSize, hundred.pages, codes(hundred)]).toEqual([100, 2, codes(hundred).slice(0, 78)]);
    expect(codes(hundred)).toHaveLength(78);
  });
});

describe("roadmap time axis", () => {
  it("spans whole years around the dates and today", () => {
    const s = timelineScale(["2025-03-01", null, "2027-06-30"], TODAY);
    expect([s.start, s.end]).toEqual(["2025-01-01", "2028-01-01"]);
    expect(s.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(s.quarters).toHaveLength(9);
    expect(position(s, "2025-01-01")).toBe(0);
    expect(position(s, "2028-01-01")).toBe(100);
    expect(s.today).toBeCloseTo(((365 + 328) / (365 * 3)) * 100, 6);
  });

  it("draws a bar to the end of its last day, never narrower than a sliver", () => {
    const s = timelineScale(["2026-01-01"], "2026-06-01");
    expect(bar(s, "2026-01-01", "2026-12-31")).toEqual({ left: 0, width: 100 });
    expect(bar(s, "2026-05-01", "2026-05-01").width).toBeGreaterThanOrEqual(0.2);
  });
});
