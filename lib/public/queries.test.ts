import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import { completeMilestoneAction } from "@/lib/milestones/status-mutations";
import { actorFor, demoFixture, useTestDatabase } from "@/tests/db";
import { invalidatePublicCache } from "./cache";
import { loadPublicField } from "./field-queries";
import { getPublicInitiative, loadPublicInitiative } from "./initiative-queries";
import { getPublicOverview, getPublicSitemapSlugs, loadPublicOverview } from "./queries";

const demo = demoFixture();

/** Keys and values that must never reach a public page. */
const INTERNAL = /"id"|Id"|visibility|passwordHash|email|reportedBy|recordedBy|reviewComment|achievements|nextSteps|committedAmount|"note"|"weight"|isPublic/;

describe("loadPublicOverview", () => {
  it("counts every public initiative under its field of action and no internal or archived one", async () => {
    const overview = (await loadPublicOverview(demo.prisma))!;
    expect(overview.isExample).toBe(true);
    const publicPerField = await demo.prisma.initiative.groupBy({ by: ["fieldOfActionId"], where: { visibility: "PUBLIC", archivedAt: null }, _count: true });
    const fields = await demo.prisma.fieldOfAction.findMany({ select: { id: true, slug: true } });
    for (const f of overview.fields) {
      const id = fields.find((x) => x.slug === f.slug)!.id;
      expect(f.initiativeCount).toBe(publicPerField.find((g) => g.fieldOfActionId === id)?._count ?? 0);
      expect(Object.values(f.byStatus).reduce((a, b) => a + b, 0)).toBe(f.initiativeCount);
    }
    expect(overview.initiativeCount).toBe(await demo.prisma.initiative.count({ where: { visibility: "PUBLIC", archivedAt: null } }));
  });

  it("rolls up progress as the mean of the initiatives' weighted milestone shares", async () => {
    const overview = (await loadPublicOverview(demo.prisma))!;
    const field = overview.fields.find((f) => f.initiativeCount > 0)!;
    const rows = await demo.prisma.initiative.findMany({
      where: { visibility: "PUBLIC", archivedAt: null, fieldOfAction: { slug: field.slug } },
      select: { status: true, milestones: { select: { weight: true, completedDate: true } } },
    });
    const shares = rows
      .filter((r) => r.status !== "CANCELLED")
      .map((r) => {
        if (r.status === "COMPLETED") return 1;
        const total = r.milestones.reduce((s, m) => s + m.weight, 0);
        return total ? r.milestones.filter((m) => m.completedDate).reduce((s, m) => s + m.weight, 0) / total : 0;
      });
    expect(field.progress).toBeCloseTo(shares.reduce((a, b) => a + b, 0) / shares.length, 10);
  });

  it("shows the masterplan's public KPIs with their measurements", async () => {
    const overview = (await loadPublicOverview(demo.prisma))!;
    const expected = await demo.prisma.kpi.findMany({ where: { scope: "MASTERPLAN", isPublic: true }, select: { name: true, _count: { select: { measurements: true } } }, orderBy: { name: "asc" } });
    expect(expected.length).toBeGreaterThan(0);
    expect(overview.kpis.map((k) => [k.name, k.measurements.length])).toEqual(expected.map((k) => [k.name, k._count.measurements]));
  });

  it("returns no initiative rows, ids or internal fields", async () => {
    const overview = (await loadPublicOverview(demo.prisma))!;
    expect(overview.fields[0]).not.toHaveProperty("initiatives");
    expect(JSON.stringify(overview)).not.toMatch(INTERNAL);
  });

  it("is null on an empty database", async () => {
    const empty = await useTestDatabase("empty");
    expect(await loadPublicOverview(empty.prisma)).toBeNull();
  });
});

describe("loadPublicField", () => {
  it("lists the field's public initiatives and public KPIs only", async () => {
    const field = await demo.prisma.fieldOfAction.findFirstOrThrow({ where: { initiatives: { some: { visibility: "INTERNAL" } } }, select: { id: true, slug: true } });
    const page = (await loadPublicField(demo.prisma, field.slug))!;
    const expected = await demo.prisma.initiative.findMany({ where: { fieldOfActionId: field.id, visibility: "PUBLIC", archivedAt: null }, select: { code: true }, orderBy: { code: "asc" } });
    expect(page.initiatives.map((i) => i.code)).toEqual(expected.map((i) => i.code));
    const internalKpi = await demo.prisma.kpi.create({
      data: { scope: "FIELD_OF_ACTION", fieldOfActionId: field.id, name: "INTERNE-KENNZAHL", unit: "%", baselineValue: 0, baselineDate: new Date("2025-01-01"), targetValue: 1, targetDate: new Date("2027-01-01"), isPublic: false },
    });
    const publicKpi = await demo.prisma.kpi.create({
      data: { scope: "FIELD_OF_ACTION", fieldOfActionId: field.id, name: "Öffentliche Kennzahl", unit: "%", baselineValue: 0, baselineDate: new Date("2025-01-01"), targetValue: 80, targetDate: new Date("2027-01-01"), measurements: { create: [{ periodDate: new Date("2026-06-30"), value: 42.5, note: "INTERNE-NOTIZ" }] } },
    });
    const withKpis = (await loadPublicField(demo.prisma, field.slug))!;
    expect(withKpis.kpis.map((k) => k.name)).toContain("Öffentliche Kennzahl");
    expect(withKpis.kpis.find((k) => k.name === "Öffentliche Kennzahl")!.measurements).toEqual([{ date: new Date("2026-06-30"), value: 42.5 }]);
    const json = JSON.stringify(withKpis);
    expect(json).not.toContain("INTERNE-");
    expect(json).not.toMatch(INTERNAL);
    await demo.prisma.kpi.deleteMany({ where: { id: { in: [internalKpi.id, publicKpi.id] } } });
  });

  it("answers null for an unknown field", async () => {
    expect(await loadPublicField(demo.prisma, "gibt-es-nicht")).toBeNull();
  });
});

describe("loadPublicInitiative", () => {
  it("returns a public initiative with its public milestones only", async () => {
    const withHidden = await demo.prisma.initiative.findFirstOrThrow({
      where: { visibility: "PUBLIC", milestones: { some: { isPublic: false } } },
      select: { slug: true, milestones: { select: { title: true, isPublic: true } } },
    });
    const page = (await loadPublicInitiative(demo.prisma, withHidden.slug))!;
    expect(page.milestones.map((m) => m.title).sort()).toEqual(withHidden.milestones.filter((m) => m.isPublic).map((m) => m.title).sort());
  });

  it("shows every forecast change of a public milestone with date and reason, never who reported it or the first plan", async () => {
    const m = await demo.prisma.milestone.findFirstOrThrow({
      where: { isPublic: true, initiative: { visibility: "PUBLIC", archivedAt: null }, forecasts: { some: { reason: { not: "Ausgangsplanung" } } } },
      select: { title: true, initiative: { select: { slug: true } }, forecasts: { orderBy: { reportedAt: "asc" }, select: { reason: true, forecastDate: true } } },
    });
    const page = (await loadPublicInitiative(demo.prisma, m.initiative.slug))!;
    const shown = page.milestones.find((x) => x.title === m.title)!;
    const changes = m.forecasts.filter((f) => f.reason !== "Ausgangsplanung");
    expect(shown.changes.map((c) => [c.reason, c.forecastDate])).toEqual(changes.map((f) => [f.reason, f.forecastDate]));
    expect(Object.keys(shown.changes[0]!).sort()).toEqual(["forecastDate", "reason", "reportedAt"]);
  });

  it("shows public budget lines summed per year, source and programme and leaves internal lines, grant references and KPIs out", async () => {
    const initiative = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC", archivedAt: null }, select: { id: true, slug: true } });
    const efre = await demo.prisma.fundingProgramme.findFirstOrThrow({ where: { level: "EU" } });
    await demo.prisma.budgetLine.deleteMany({ where: { initiativeId: initiative.id } });
    await demo.prisma.budgetLine.createMany({
      data: [
        { initiativeId: initiative.id, year: 2026, fundingSource: "CITY", planned: "1000.10", actual: "200.05" },
        { initiativeId: initiative.id, year: 2026, fundingSource: "EU", programmeId: efre.id, grantReference: "INTERNES-FKZ", planned: "500.00", actual: "0" },
        { initiativeId: initiative.id, year: 2027, fundingSource: "CITY", planned: "987654.32", actual: "0", isPublic: false, note: "INTERNE-NOTIZ" },
      ],
    });
    await demo.prisma.kpi.create({
      data: { scope: "INITIATIVE", initiativeId: initiative.id, name: "INTERNE-KENNZAHL", unit: "%", baselineValue: 0, baselineDate: new Date("2025-01-01"), targetValue: 1, targetDate: new Date("2027-01-01"), isPublic: false },
    });
    const page = (await loadPublicInitiative(demo.prisma, initiative.slug))!;
    expect(page.funding).toEqual({
      lines: [
        { year: 2026, fundingSource: "CITY", programme: null, planned: "1000.10", actual: "200.05" },
        { year: 2026, fundingSource: "EU", programme: efre.name, planned: "500.00", actual: "0.00" },
      ],
      total: { planned: "1500.10", actual: "200.05" },
    });
    const json = JSON.stringify(page);
    expect(json).not.toContain("987654");
    expect(json).not.toContain("INTERNE-");
    expect(json).not.toMatch(INTERNAL);
  });

  it("answers null for an internal initiative", async () => {
    const internal = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, select: { slug: true } });
    expect(await loadPublicInitiative(demo.prisma, internal.slug)).toBeNull();
  });

  it("answers null for an archived initiative", async () => {
    const pub = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC" }, select: { id: true, slug: true } });
    await demo.prisma.initiative.update({ where: { id: pub.id }, data: { archivedAt: new Date() } });
    expect(await loadPublicInitiative(demo.prisma, pub.slug)).toBeNull();
    await demo.prisma.initiative.update({ where: { id: pub.id }, data: { archivedAt: null } });
  });
});

describe("query counts and caching", () => {
  it("needs the same number of queries for a small and a large field, and a fixed ceiling for any initiative page", async () => {
    const sizes = await demo.prisma.fieldOfAction.findMany({ select: { slug: true, _count: { select: { initiatives: { where: { visibility: "PUBLIC", archivedAt: null } } } } } });
    sizes.sort((a, b) => a._count.initiatives - b._count.initiatives);
    const small = await countQueries(demo.counting, () => loadPublicField(demo.counting, sizes[0]!.slug));
    const large = await countQueries(demo.counting, () => loadPublicField(demo.counting, sizes[sizes.length - 1]!.slug));
    expect(large.result!.initiatives.length).toBeGreaterThan(small.result!.initiatives.length);
    expect(large.count).toBe(small.count);
    const bySize = await demo.prisma.initiative.findMany({ where: { visibility: "PUBLIC", archivedAt: null }, select: { slug: true, _count: { select: { milestones: true } } } });
    bySize.sort((a, b) => a._count.milestones - b._count.milestones);
    const few = await countQueries(demo.counting, () => loadPublicInitiative(demo.counting, bySize[0]!.slug));
    const many = await countQueries(demo.counting, () => loadPublicInitiative(demo.counting, bySize[bySize.length - 1]!.slug));
    expect(many.result!.milestones.length).toBeGreaterThan(few.result!.milestones.length);
    // Prisma skips a relation's query when there is nothing to fetch, so the count has a fixed
    // ceiling rather than one value: 15 when every relation has rows, whatever their number.
    expect(many.result!.milestones.length).toBeGreaterThanOrEqual(5);
    expect(many.count).toBeLessThanOrEqual(15);
    expect(few.count).toBeLessThanOrEqual(15);
    const overview = await countQueries(demo.counting, () => loadPublicOverview(demo.counting));
    expect(overview.count).toBeLessThanOrEqual(5);
  });

  it("serves a second request from the cache and shows a committed change in the next one", async () => {
    invalidatePublicCache();
    const m = await demo.counting.milestone.findFirstOrThrow({
      where: { isPublic: true, completedDate: null, initiative: { visibility: "PUBLIC", archivedAt: null, status: "IN_PROGRESS" } },
      select: { id: true, version: true, title: true, initiative: { select: { slug: true } } },
    });
    const first = await countQueries(demo.counting, () => getPublicInitiative(demo.counting, m.initiative.slug));
    expect(first.count).toBeGreaterThan(0);
    const second = await countQueries(demo.counting, () => getPublicInitiative(demo.counting, m.initiative.slug));
    expect(second.count).toBe(0);
    expect(second.result).toBe(first.result);
    await countQueries(demo.counting, () => getPublicOverview(demo.counting));
    expect((await countQueries(demo.counting, () => getPublicOverview(demo.counting))).count).toBe(0);

    const admin = await actorFor(demo.t, "admin@demo.masterplan.example");
    const done = await completeMilestoneAction.execute(admin, { id: m.id, version: m.version }, { db: demo.counting });
    expect(done.ok).toBe(true);
    const after = await countQueries(demo.counting, () => getPublicInitiative(demo.counting, m.initiative.slug));
    expect(after.count).toBeGreaterThan(0);
    expect(after.result!.milestones.find((x) => x.title === m.title)!.completedDate).not.toBeNull();
    expect(after.result!.progress!).toBeGreaterThan(first.result!.progress!);
  });
});

describe("getPublicSitemapSlugs", () => {
  it("lists public initiatives only", async () => {
    invalidatePublicCache();
    const slugs = await getPublicSitemapSlugs(demo.prisma);
    const internal = await demo.prisma.initiative.findMany({ where: { visibility: "INTERNAL" }, select: { slug: true } });
    expect(slugs.initiatives.length).toBe(await demo.prisma.initiative.count({ where: { visibility: "PUBLIC", archivedAt: null } }));
    for (const i of internal) expect(slugs.initiatives).not.toContain(i.slug);
    expect(slugs.fields).toHaveLength(7);
  });
});
