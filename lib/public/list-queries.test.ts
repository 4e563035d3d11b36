import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import { demoFixture } from "@/tests/db";
import { invalidatePublicCache } from "./cache";
import { LIST_PAGE_SIZE, listQueryString, loadListFilterOptions, loadPublicInitiativeList, parseListFilters } from "./list-queries";

const demo = demoFixture();
let publicCodes: string[];
let internalCodes: string[];
beforeAll(async () => {
  const all = await demo.prisma.initiative.findMany({ select: { code: true, visibility: true, archivedAt: true }, orderBy: { code: "asc" } });
  publicCodes = all.filter((i) => i.visibility === "PUBLIC" && !i.archivedAt).map((i) => i.code);
  internalCodes = all.filter((i) => i.visibility === "INTERNAL").map((i) => i.code);
});
afterAll(() => invalidatePublicCache());

describe("parseListFilters", () => {
  it("keeps valid filters and drops malformed ones instead of failing", () => {
    expect(parseListFilters({ q: "  Portal ", field: "mobilitaet", status: "IN_PROGRESS", health: "AT_RISK", district: "mitte", partner: "dvv", page: "3" })).toEqual({
      q: "Portal",
      field: "mobilitaet",
      status: "IN_PROGRESS",
      health: "AT_RISK",
      district: "mitte",
      partner: "dvv",
      page: 3,
    });
    expect(parseListFilters({ field: "../x", status: "DELETED", health: "", district: "Mitte!", page: "-1" })).toEqual({ page: 1 });
    expect(parseListFilters({ q: ["a", "b"], page: "2.5" })).toEqual({ q: "a", page: 1 });
    expect(parseListFilters({ q: "x".repeat(500) }).q).toHaveLength(100);
  });

  it("writes filters back into a query string that parses to the same filters", () => {
    const f = parseListFilters({ q: "Schule & Co", status: "PLANNED", page: "2" });
    const qs = listQueryString(f);
    expect(qs).toBe("?q=Schule+%26+Co&status=PLANNED&page=2");
    expect(parseListFilters(Object.fromEntries(new URLSearchParams(qs)))).toEqual(f);
    expect(listQueryString(f, { page: 1 })).toBe("?q=Schule+%26+Co&status=PLANNED");
  });
});

describe("loadPublicInitiativeList", () => {
  it("lists every public initiative sorted by code and no internal one", async () => {
    const list = await loadPublicInitiativeList(demo.prisma, { page: 1 });
    expect(list.total).toBe(publicCodes.length);
    expect(list.items.map((i) => i.code)).toEqual(publicCodes.slice(0, LIST_PAGE_SIZE));
    for (const code of internalCodes) expect(list.items.map((i) => i.code)).not.toContain(code);
    expect(JSON.stringify(list)).not.toMatch(/"id"|visibility|healthReason|department|email/);
  });

  it("finds an internal initiative by no search term", async () => {
    const hidden = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, select: { code: true, title: true } });
    expect((await loadPublicInitiativeList(demo.prisma, { q: hidden.code, page: 1 })).total).toBe(0);
    expect((await loadPublicInitiativeList(demo.prisma, { q: hidden.title, page: 1 })).items.map((i) => i.code)).not.toContain(hidden.code);
  });

  it("searches code, title and summary regardless of case", async () => {
    const target = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC" }, orderBy: { code: "desc" }, select: { code: true, title: true } });
    const byTitle = await loadPublicInitiativeList(demo.prisma, { q: target.title.toUpperCase(), page: 1 });
    expect(byTitle.items.map((i) => i.code)).toContain(target.code);
    const byCode = await loadPublicInitiativeList(demo.prisma, { q: target.code.toLowerCase(), page: 1 });
    expect(byCode.items.map((i) => i.code)).toEqual([target.code]);
  });

  it("filters by field, status, health, district and partner together", async () => {
    const link = await demo.prisma.initiativePartner.findFirstOrThrow({
      where: { initiative: { visibility: "PUBLIC", districts: { some: {} } } },
      select: {
        partner: { select: { slug: true } },
        initiative: { select: { code: true, status: true, health: true, fieldOfAction: { select: { slug: true } }, districts: { take: 1, select: { district: { select: { slug: true } } } } } },
      },
    });
    const i = link.initiative;
    const filters = { field: i.fieldOfAction.slug, status: i.status, health: i.health, district: i.districts[0]!.district.slug, partner: link.partner.slug, page: 1 };
    const list = await loadPublicInitiativeList(demo.prisma, filters);
    expect(list.items.map((r) => r.code)).toContain(i.code);
    const expected = await demo.prisma.initiative.count({
      where: {
        visibility: "PUBLIC",
        archivedAt: null,
        fieldOfAction: { slug: filters.field },
        status: filters.status,
        health: filters.health,
        districts: { some: { district: { slug: filters.district } } },
        partners: { some: { partner: { slug: filters.partner } } },
      },
    });
    expect(list.total).toBe(expected);
    expect(list.items.every((r) => r.status === i.status && r.health === i.health && r.fieldOfAction.slug === filters.field)).toBe(true);
  });

  it("pages through the results and keeps the total", async () => {
    const p2 = await loadPublicInitiativeList(demo.prisma, { page: 2 });
    expect(p2.total).toBe(publicCodes.length);
    expect(p2.items.map((i) => i.code)).toEqual(publicCodes.slice(LIST_PAGE_SIZE, 2 * LIST_PAGE_SIZE));
    expect(p2.pageCount).toBe(Math.max(1, Math.ceil(publicCodes.length / LIST_PAGE_SIZE)));
  });

  it("cuts pages of another size when asked (the district pages), without overlap", async () => {
    const size = 4;
    const pages = Math.ceil(publicCodes.length / size);
    expect(pages).toBeGreaterThan(2);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const list = await loadPublicInitiativeList(demo.prisma, { page }, undefined, size);
      expect(list.pageSize).toBe(size);
      expect(list.pageCount).toBe(pages);
      seen.push(...list.items.map((i) => i.code));
    }
    expect(seen).toEqual(publicCodes);
    // The list's own size is not disturbed by a cached page of another size.
    expect((await loadPublicInitiativeList(demo.prisma, { page: 1 })).items.map((i) => i.code)).toEqual(publicCodes.slice(0, LIST_PAGE_SIZE));
  });

  it("computes progress by the shared rule (completed initiatives count 100 %)", async () => {
    const list = await loadPublicInitiativeList(demo.prisma, { status: "COMPLETED", page: 1 });
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i) => i.progress === 1)).toBe(true);
  });

  it("needs the same number of queries for one result as for a full page", async () => {
    const one = await countQueries(demo.counting, () => loadPublicInitiativeList(demo.counting, { q: publicCodes[0]!, page: 1 }));
    const all = await countQueries(demo.counting, () => loadPublicInitiativeList(demo.counting, { page: 1 }));
    expect(one.result.items).toHaveLength(1);
    expect(all.result.items.length).toBeGreaterThan(1);
    expect(all.count).toBe(one.count);
    const again = await countQueries(demo.counting, () => loadPublicInitiativeList(demo.counting, { page: 1 }));
    expect(again.count).toBe(0);
  });
});

describe("loadListFilterOptions", () => {
  it("offers every field and district, and only partners of public initiatives", async () => {
    const options = await loadListFilterOptions(demo.prisma);
    expect(options.fields.map((f) => f.code)).toEqual(["VER", "MOB", "BIL", "INF", "WIR", "UMW", "GES"]);
    expect(options.districts).toHaveLength(await demo.prisma.district.count());
    const withPublic = await demo.prisma.partner.count({ where: { initiatives: { some: { initiative: { visibility: "PUBLIC", archivedAt: null } } } } });
    expect(options.partners).toHaveLength(withPublic);
  });

  it("leaves out a partner that works only on internal initiatives", async () => {
    const internal = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, select: { id: true } });
    const partner = await demo.prisma.partner.create({ data: { slug: "nur-intern-gmbh", name: "Nur Intern GmbH", kind: "COMPANY" } });
    await demo.prisma.initiativePartner.create({ data: { initiativeId: internal.id, partnerId: partner.id, role: "OPERATOR" } });
    invalidatePublicCache();
    const options = await loadListFilterOptions(demo.prisma);
    expect(options.partners.map((p) => p.slug)).not.toContain("nur-intern-gmbh");
    expect((await loadPublicInitiativeList(demo.prisma, { partner: "nur-intern-gmbh", page: 1 })).total).toBe(0);
  });
});
