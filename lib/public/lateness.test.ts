// Lateness and progress on the citizens' site (issue 11): every public page reads overdue and delay
// from lib/milestones/lateness.ts on the day it is given, counts public milestones only for progress
// and overdue counts, shows the day of the last update, filters late initiatives, and every figure
// of the overview matches the list it links to.
import { beforeAll, describe, expect, it } from "vitest";
import { dateValue, isoDate } from "@/lib/dates";
import { countQueries } from "@/lib/db/query-counter";
import { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { isOverdue, milestoneLateness } from "@/lib/milestones/lateness";
import { demoFixture } from "@/tests/db";
import { invalidatePublicCache } from "./cache";
import { loadPublicField } from "./field-queries";
import { loadPublicInitiative } from "./initiative-queries";
import { listQueryString, loadPublicInitiativeList, parseListFilters, type ListFilters } from "./list-queries";
import { loadPublicOverview } from "./queries";

const TODAY = "2026-11-25";

const demo = demoFixture();
let late: { id: string; slug: string; code: string };
let onlyInternalLate: { slug: string; code: string };
let fieldSlug: string;

type Ms = { title: string; baseline: string; forecast: string; completed?: string; weight?: number; isPublic?: boolean };

async function scratch(code: string, milestones: Ms[]) {
  const [field, department] = await Promise.all([
    demo.prisma.fieldOfAction.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true, slug: true } }),
    demo.prisma.department.findFirstOrThrow({ select: { id: true } }),
  ]);
  fieldSlug = field.slug;
  return demo.prisma.initiative.create({
    data: {
      code,
      slug: code.toLowerCase(),
      title: `Verzugstest ${code}`,
      fieldOfActionId: field.id,
      departmentId: department.id,
      status: "IN_PROGRESS",
      health: "AT_RISK",
      visibility: "PUBLIC",
      milestones: {
        create: milestones.map((m, i) => ({
          title: m.title,
          sortOrder: i,
          weight: m.weight ?? 1,
          isPublic: m.isPublic ?? true,
          baselineDate: dateValue(m.baseline),
          forecastDate: dateValue(m.forecast),
          completedDate: m.completed ? dateValue(m.completed) : null,
        })),
      },
    },
    select: { id: true, slug: true, code: true },
  });
}

beforeAll(async () => {
  late = await scratch("LAT-01", [
    { title: "Nie neu prognostiziert, überfällig", baseline: "2026-10-01", forecast: "2026-10-01" },
    { title: "In die Zukunft verschoben", baseline: "2026-09-01", forecast: "2027-03-01" },
    { title: "Zu spät erledigt", baseline: "2026-06-01", forecast: "2026-06-11", completed: "2026-06-11", weight: 2 },
    { title: "Heute fällig", baseline: "2026-11-25", forecast: "2026-11-25" },
    { title: "Gestern fällig", baseline: "2026-11-24", forecast: "2026-11-24" },
    { title: "Früher erledigt", baseline: "2026-12-01", forecast: "2026-11-20", completed: "2026-11-20" },
    // Internal: counted in "of N milestones", never in progress or the overdue count.
    { title: "Intern erledigt", baseline: "2026-01-01", forecast: "2026-01-01", completed: "2026-01-01", weight: 6, isPublic: false },
    { title: "Intern überfällig", baseline: "2026-02-01", forecast: "2026-02-01", isPublic: false },
  ]);
  onlyInternalLate = await scratch("LAT-02", [
    { title: "Öffentlich, im Plan", baseline: "2027-01-01", forecast: "2027-01-01" },
    { title: "Intern überfällig", baseline: "2026-02-01", forecast: "2026-02-01", isPublic: false },
  ]);
  // The last change by a person at 23:30 UTC is the next calendar day in Berlin; the seed's own
  // (person-less) event afterwards is not an update by anyone.
  const person = await demo.prisma.user.findFirstOrThrow({ select: { id: true } });
  await demo.prisma.auditEvent.createMany({
    data: [
      { at: new Date("2026-11-20T23:30:00Z"), actorId: person.id, action: "milestone.moveForecast", entityType: "Milestone", initiativeId: late.id },
      { at: new Date("2026-11-24T08:00:00Z"), actorLabel: "seed", action: "seed.demo", entityType: "Initiative", initiativeId: late.id },
    ],
  });
  invalidatePublicCache();
});

describe("the public initiative page", () => {
  it("marks overdue milestones with their days and shows the delay by the one definition", async () => {
    const page = (await loadPublicInitiative(demo.prisma, late.slug, TODAY))!;
    const byTitle = Object.fromEntries(page.milestones.map((m) => [m.title, m.lateness]));
    expect(byTitle["Nie neu prognostiziert, überfällig"]).toEqual({ overdue: true, overdueDays: 55, delayDays: 55, noBaseline: false });
    expect(byTitle["In die Zukunft verschoben"]).toEqual({ overdue: false, overdueDays: 0, delayDays: 181, noBaseline: false });
    expect(byTitle["Zu spät erledigt"]).toEqual({ overdue: false, overdueDays: 0, delayDays: 10, noBaseline: false });
    expect(byTitle["Heute fällig"]).toEqual({ overdue: false, overdueDays: 0, delayDays: 0, noBaseline: false });
    expect(byTitle["Gestern fällig"]).toEqual({ overdue: true, overdueDays: 1, delayDays: 1, noBaseline: false });
    expect(byTitle["Früher erledigt"]).toEqual({ overdue: false, overdueDays: 0, delayDays: -11, noBaseline: false });
    for (const m of page.milestones) {
      const { overdue, overdueDays, delayDays } = milestoneLateness(
        { baselineDate: isoDate(m.baselineDate), forecastDate: isoDate(m.forecastDate), completedDate: m.completedDate ? isoDate(m.completedDate) : null },
        TODAY,
      );
      expect(m.lateness).toMatchObject({ overdue, overdueDays, delayDays });
    }
    expect(page.overdueMilestones).toBe(2);
  });

  it("reads the day it is given, not the calendar", async () => {
    const tomorrow = (await loadPublicInitiative(demo.prisma, late.slug, "2026-11-26"))!;
    const byTitle = Object.fromEntries(tomorrow.milestones.map((m) => [m.title, m.lateness]));
    expect(byTitle["Heute fällig"]).toMatchObject({ overdue: true, overdueDays: 1 });
    expect(byTitle["Gestern fällig"]).toMatchObject({ overdue: true, overdueDays: 2 });
    expect(tomorrow.overdueMilestones).toBe(3);
  });

  it("computes progress from the public milestones only and says on how many of all it is based", async () => {
    const page = (await loadPublicInitiative(demo.prisma, late.slug, TODAY))!;
    // Public weights: 1 + 1 + 2 (done) + 1 + 1 + 1 (done) = 7, done 3; the internal ones would make it 10 of 14.
    expect(page.progress).toBeCloseTo(3 / 7, 10);
    expect(page.progressBasis).toEqual({ publicMilestones: 6, allMilestones: 8 });
    expect(page.milestones.map((m) => m.title)).not.toContain("Intern erledigt");
  });

  it("shows the city's calendar day of the last change by a person", async () => {
    const page = (await loadPublicInitiative(demo.prisma, late.slug, TODAY))!;
    expect(page.lastUpdated).toBe("2026-11-21");
    expect((await loadPublicInitiative(demo.prisma, onlyInternalLate.slug, TODAY))!.lastUpdated).toBeNull();
  });
});

describe("the late filter of /initiatives", () => {
  it("is read from the query string and written back as late=1", () => {
    const f = parseListFilters({ late: "1", active: "on", status: "IN_PROGRESS" });
    expect(f).toEqual({ status: "IN_PROGRESS", active: true, late: true, page: 1 });
    expect(listQueryString(f)).toBe("?status=IN_PROGRESS&active=1&late=1");
    expect(parseListFilters({ late: "yes", active: "0" })).toEqual({ page: 1 });
  });

  it("lists exactly the public initiatives with an overdue public milestone", async () => {
    const rows = await demo.prisma.initiative.findMany({
      where: { visibility: "PUBLIC", archivedAt: null },
      select: { code: true, milestones: { where: { isPublic: true }, select: { baselineDate: true, forecastDate: true, completedDate: true } } },
      orderBy: { code: "asc" },
    });
    const expected = rows
      .filter((r) => r.milestones.some((m) => isOverdue({ baselineDate: isoDate(m.baselineDate), forecastDate: isoDate(m.forecastDate), completedDate: m.completedDate ? isoDate(m.completedDate) : null }, TODAY)))
      .map((r) => r.code);
    const list = await loadPublicInitiativeList(demo.prisma, { late: true, page: 1 }, TODAY);
    expect(list.items.map((i) => i.code)).toEqual(expected);
    expect(list.total).toBe(expected.length);
    expect(expected).toContain(late.code);
    expect(expected).not.toContain(onlyInternalLate.code);
    expect(list.items.every((i) => i.overdueMilestones > 0)).toBe(true);
    expect(list.items.find((i) => i.code === late.code)!.overdueMilestones).toBe(2);
  });

  it("combines with the other filters", async () => {
    const both = await loadPublicInitiativeList(demo.prisma, { field: fieldSlug, status: "IN_PROGRESS", late: true, page: 1 }, TODAY);
    expect(both.items.map((i) => i.code)).toContain(late.code);
    expect(both.items.every((i) => i.fieldOfAction.slug === fieldSlug && i.status === "IN_PROGRESS" && i.overdueMilestones > 0)).toBe(true);
    expect((await loadPublicInitiativeList(demo.prisma, { q: onlyInternalLate.code, late: true, page: 1 }, TODAY)).total).toBe(0);
    expect((await loadPublicInitiativeList(demo.prisma, { status: "COMPLETED", active: true, page: 1 }, TODAY)).total).toBe(0);
  });

  it("costs the same number of queries for one late initiative as for all", async () => {
    const one = await countQueries(demo.counting, () => loadPublicInitiativeList(demo.counting, { q: late.code, late: true, page: 1 }, TODAY));
    const all = await countQueries(demo.counting, () => loadPublicInitiativeList(demo.counting, { late: true, page: 1 }, TODAY));
    expect(one.result.items).toHaveLength(1);
    expect(all.result.items.length).toBeGreaterThan(1);
    expect(all.count).toBe(one.count);
  });
});

describe("the overview's figures", () => {
  it("each equal the total of the filtered list they link to, for the masterplan and every field", async () => {
    const overview = (await loadPublicOverview(demo.prisma, TODAY))!;
    const total = async (filters: Omit<ListFilters, "page">) => (await loadPublicInitiativeList(demo.prisma, { ...filters, page: 1 }, TODAY)).total;
    expect(overview.lateCount).toBeGreaterThan(0);
    for (const scope of [{ summary: overview, field: {} }, ...overview.fields.map((f) => ({ summary: f, field: { field: f.slug } }))]) {
      for (const s of Object.values(InitiativeStatus)) expect(await total({ ...scope.field, status: s }), s).toBe(scope.summary.byStatus[s] ?? 0);
      for (const h of Object.values(Health)) expect(await total({ ...scope.field, health: h, active: true }), h).toBe(scope.summary.byHealth[h] ?? 0);
      expect(await total({ ...scope.field, late: true })).toBe(scope.summary.lateCount);
    }
  });

  it("count progress and overdue milestones of the field pages the same way", async () => {
    const field = (await loadPublicField(demo.prisma, fieldSlug, TODAY))!;
    const row = field.initiatives.find((i) => i.code === late.code)!;
    expect(row).toMatchObject({ overdueMilestones: 2, lastUpdated: "2026-11-21" });
    expect(row.progress).toBeCloseTo(3 / 7, 10);
    expect(field.lateCount).toBe((await loadPublicInitiativeList(demo.prisma, { field: fieldSlug, late: true, page: 1 }, TODAY)).total);
  });
});
