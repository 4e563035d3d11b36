import { beforeAll, describe, expect, it } from "vitest";
import { demoFixture, NON_ADMIN_DEMO_USERS } from "@/tests/db";
import * as auditQueries from "./queries";
import { AUDIT_PAGE_SIZE, listAuditEvents, listAuditFilterOptions, parseAuditFilters, startOfDay } from "./queries";

const demo = demoFixture();

beforeAll(async () => {
  // 120 events of our own, in order, two days apart (Berlin time), alternating between two actors.
  const start = Date.parse("2026-01-10T11:00:00Z");
  for (let i = 0; i < 120; i++) {
    await demo.prisma.auditEvent.create({
      data: {
        at: new Date(start + i * 2 * 86_400_000),
        actorId: i % 2 === 0 ? demo.admin.id : demo.viewer.id,
        action: i % 3 === 0 ? "qtest.alpha.changed" : "qtest.beta.changed",
        entityType: i % 4 === 0 ? "QTestThing" : "QTestOther",
        entityId: `thing-${i}`,
        before: { n: i - 1 },
        after: { n: i },
      },
    });
  }
});

describe("listAuditEvents", () => {
  it("is for admins only", async () => {
    for (const key of Object.values(NON_ADMIN_DEMO_USERS)) {
      const actor = demo[key];
      await expect(listAuditEvents(demo.prisma, actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listAuditFilterOptions(demo.prisma, actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(listAuditEvents(demo.prisma, null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("pages newest first, 50 at a time, by a keyset cursor without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await listAuditEvents(demo.prisma, demo.admin, { action: "qtest.", ...(cursor ? { cursor } : {}) });
      sizes.push(page.events.length);
      seen.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 20]);
    expect(new Set(seen).size).toBe(120);
    const numeric = seen.map(BigInt);
    expect(numeric).toEqual([...numeric].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    const first = await listAuditEvents(demo.prisma, demo.admin, { action: "qtest." });
    expect(first.events[0]!.after).toEqual({ n: 119 });
  });

  it("filters by action prefix, actor, entity type and entity id", async () => {
    const alpha = await listAuditEvents(demo.prisma, demo.admin, { action: "qtest.alpha" });
    expect(alpha.events).toHaveLength(40);
    expect(alpha.events.every((e) => e.action.startsWith("qtest.alpha"))).toBe(true);

    const byViewer = await listAuditEvents(demo.prisma, demo.admin, { action: "qtest.", actor: demo.viewer.id });
    expect(byViewer.events.length).toBe(AUDIT_PAGE_SIZE);
    expect(byViewer.events.every((e) => e.actorId === demo.viewer.id && e.actor?.name)).toBe(true);

    const things = await listAuditEvents(demo.prisma, demo.admin, { entityType: "QTestThing" });
    expect(things.events).toHaveLength(30);
    const one = await listAuditEvents(demo.prisma, demo.admin, { entityType: "QTestOther", entityId: "thing-7" });
    expect(one.events.map((e) => e.after)).toEqual([{ n: 7 }]);
  });

  it("filters by a date range of whole days in Berlin time, both ends included", async () => {
    // Events 0..3 fall on 10, 12, 14 and 16 January 2026.
    const r = await listAuditEvents(demo.prisma, demo.admin, { action: "qtest.", from: "2026-01-12", to: "2026-01-14" });
    expect(r.events.map((e) => e.entityId)).toEqual(["thing-2", "thing-1"]);
  });

  it("lists users and the entity types that occur as filter choices", async () => {
    const options = await listAuditFilterOptions(demo.prisma, demo.admin);
    expect(options.entityTypes).toEqual(expect.arrayContaining(["QTestOther", "QTestThing"]));
    expect(options.actors.some((a) => a.id === demo.viewer.id)).toBe(true);
    expect(JSON.stringify(options)).not.toContain("passwordHash");
  });

  it("offers reads only: the log is append-only", () => {
    expect(Object.keys(auditQueries).filter((k) => /create|update|delete|upsert|remove/i.test(k))).toEqual([]);
  });
});

describe("parseAuditFilters", () => {
  it("keeps valid filters, drops empty ones, and reports invalid ones instead of failing", () => {
    const { filters, invalid } = parseAuditFilters({
      actor: "not-a-uuid",
      action: "auth.",
      entityType: "",
      entityId: ["abc", "def"],
      from: "2026-02-30",
      to: "2026-03-01",
      cursor: "12x",
    });
    expect(filters).toEqual({ action: "auth.", entityId: "abc", to: "2026-03-01" });
    expect(invalid.sort()).toEqual(["actor", "cursor", "from"]);
  });

  it("refuses LIKE wildcards in the action prefix and a range that ends before it starts", () => {
    expect(parseAuditFilters({ action: "auth.%" }).invalid).toEqual(["action"]);
    expect(parseAuditFilters({ action: "a_b" }).invalid).toEqual(["action"]);
    expect(parseAuditFilters({ from: "2026-03-02", to: "2026-03-01" })).toEqual({ filters: { from: "2026-03-02" }, invalid: ["to"] });
  });
});

describe("startOfDay", () => {
  it("finds local midnight in Europe/Berlin in winter, in summer and on the switch days", () => {
    expect(startOfDay("2026-01-12").toISOString()).toBe("2026-01-11T23:00:00.000Z");
    expect(startOfDay("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(startOfDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDay("2026-03-29", 1).toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfDay("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(startOfDay("2026-12-31", 1).toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });
});
