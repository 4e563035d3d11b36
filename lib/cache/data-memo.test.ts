import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { dataMemoEntries, dataMemoStats, dataVersion, memoByData } from "./data-memo";

const demo = demoFixture();
const READ = "portfolio.read" as const;

/** The title of one initiative, read fresh: what a cached result would be built from. */
async function titleOf(code: string) {
  const row = await demo.prisma.initiative.findUniqueOrThrow({ where: { code }, select: { title: true } });
  return row.title;
}

describe("memoByData", () => {
  const fixedNow = process.env.FIXED_NOW;
  afterEach(() => {
    if (fixedNow === undefined) delete process.env.FIXED_NOW;
    else process.env.FIXED_NOW = fixedNow;
  });

  it("loads once while the data stays as it is, and again after a committed change", async () => {
    process.env.FIXED_NOW = "2026-03-31T21:30:00Z";
    let loads = 0;
    const load = async () => {
      loads++;
      return titleOf("INF-01");
    };
    const before = await titleOf("INF-01");
    expect(await memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "t1", load)).toBe(before);
    expect(await memoByData(demo.prisma, { viewer: demo.lead, permission: READ }, "t1", load)).toBe(before);
    expect(loads).toBe(1);
    // A change and its audit event, as every mutation, job and the import write them (here without the action builder).
    await demo.prisma.$transaction([
      demo.prisma.$executeRaw`UPDATE initiatives SET title = 'Neu betitelt' WHERE code = 'INF-01'`,
      demo.prisma.$executeRaw`INSERT INTO audit_events (action, entity_type, actor_label) VALUES ('test.change', 'initiative', 'test')`,
    ]);
    expect(await memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "t1", load)).toBe("Neu betitelt");
    expect(loads).toBe(2);
    await demo.prisma.$executeRaw`UPDATE initiatives SET title = ${before} WHERE code = 'INF-01'`;
  });

  it("drops the results of older states of the data once a newer one is seen", async () => {
    const change = () => demo.prisma.$executeRaw`INSERT INTO audit_events (action, entity_type, actor_label) VALUES ('test.change', 'initiative', 'test')`;
    const viewer = { viewer: demo.council, permission: READ };
    await change(); // a state of its own, whatever the tests before left
    await memoByData(demo.prisma, viewer, "old-a", async () => "a");
    await memoByData(demo.prisma, viewer, "old-b", async () => "b");
    expect(dataMemoEntries(demo.prisma)).toBeGreaterThanOrEqual(2);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = memoByData(demo.prisma, viewer, "old-slow", async () => {
      await gate;
      return "slow";
    });
    await new Promise((r) => setTimeout(r, 50)); // the slow load has read the head and started
    await change();
    expect(await memoByData(demo.prisma, viewer, "new", async () => "n")).toBe("n");
    // The old state's results are gone; the load under way is left to finish for those waiting on it.
    expect(dataMemoEntries(demo.prisma)).toBe(2);
    release();
    expect(await slow).toBe("slow");
    // The next change drops it too.
    await change();
    expect(await memoByData(demo.prisma, viewer, "newer", async () => "n2")).toBe("n2");
    expect(dataMemoEntries(demo.prisma)).toBe(1);
  });

  it("moves its version with the audit chain's head, not with this database's other writes", async () => {
    const before = await dataVersion(demo.prisma);
    await demo.prisma.$executeRaw`UPDATE users SET name = name`;
    expect(await dataVersion(demo.prisma)).toBe(before);
    await demo.prisma.$executeRaw`INSERT INTO audit_events (action, entity_type, actor_label) VALUES ('test.change', 'initiative', 'test')`;
    expect(await dataVersion(demo.prisma)).not.toBe(before);
  });

  it("checks the viewer's permission on every call, also when the result is in memory", async () => {
    const load = async () => "figures";
    expect(await memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "t2", load)).toBe("figures");
    await expect(memoByData(demo.prisma, { viewer: null, permission: READ }, "t2", load)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(memoByData(demo.prisma, { viewer: demo.lead, permission: "user.manage" }, "t2", load)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("starts afresh on the city's next day (31 December → 1 January, 28 → 29 February)", async () => {
    let loads = 0;
    const load = async () => ++loads;
    for (const [late, next] of [
      ["2026-12-31T22:59:00Z", "2026-12-31T23:00:00Z"], // 23:59 and 00:00 in Berlin (UTC+1)
      ["2028-02-28T22:59:00Z", "2028-02-28T23:00:00Z"], // into 29 February of a leap year
    ]) {
      process.env.FIXED_NOW = late;
      const first = await memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "t3", load);
      expect(await memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "t3", load)).toBe(first);
      process.env.FIXED_NOW = next;
      expect(await memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "t3", load)).toBe(first + 1);
    }
  });

  it("lets concurrent requests share one load and keeps no failed load", async () => {
    let loads = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 30));
    const results = await Promise.all(Array.from({ length: 8 }, () => memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "t4", slow)));
    expect(results).toEqual(Array(8).fill(1));
    await expect(memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "t5", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "t5", async () => "up")).toBe("up");
    const stats = dataMemoStats();
    expect(stats.hits).toBeGreaterThan(0);
    expect(stats.misses).toBeGreaterThan(0);
  });

  it("keeps results apart by key", async () => {
    expect(await memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "a", async () => "A")).toBe("A");
    expect(await memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "b", async () => "B")).toBe("B");
  });

  // A second session needs the PostgreSQL server (PGlite has one connection).
  it.skipIf(!process.env.TEST_DATABASE_URL)("does not keep data read while another transaction was still writing, once it commits", async () => {
    const [{ name }] = (await demo.prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`) as [{ name: string }];
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    const other = new pg.Client({ connectionString: url.toString() });
    await other.connect();
    try {
      const before = await titleOf("MOB-01");
      await other.query("BEGIN");
      await other.query("UPDATE initiatives SET title = 'Während der Last' WHERE code = 'MOB-01'");
      await other.query("INSERT INTO audit_events (action, entity_type, actor_label) VALUES ('test.change', 'initiative', 'test')");
      const during = await dataVersion(demo.prisma);
      expect(await memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "t6", () => titleOf("MOB-01"))).toBe(before);
      await other.query("COMMIT");
      expect(await dataVersion(demo.prisma)).not.toBe(during);
      expect(await memoByData(demo.prisma, { viewer: demo.council, permission: READ }, "t6", () => titleOf("MOB-01"))).toBe("Während der Last");
      await other.query("UPDATE initiatives SET title = $1 WHERE code = 'MOB-01'", [before]);
    } finally {
      await other.end();
    }
  });
});
