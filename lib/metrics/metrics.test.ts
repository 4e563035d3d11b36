// The app's metrics against a real database (PGlite; PostgreSQL with TEST_DATABASE_URL): the
// connection pool's gauge, the public cache's hits and misses, job runs and the queue depth of the
// in-process runner, as Prometheus reads them from the registry; and a real Prisma error written
// through the console (as Next.js does) stays one JSON line.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { JobDefinition } from "@/lib/jobs/definitions";
import { startEmbeddedRunner, type Clock } from "@/lib/jobs/embedded-runner";
import { runJob } from "@/lib/jobs/run";
import type { Actor } from "@/lib/authz/policy";
import { memoByData } from "@/lib/cache/data-memo";
import { consoleLine } from "@/lib/log";
import { cachedPublic, invalidatePublicCache } from "@/lib/public/cache";
import type { TestDatabase } from "@/lib/db/testing";
import { useTestDatabase } from "@/tests/db";
import { metrics, registerMetricsSource } from "./registry";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase("empty");
});
afterEach(() => vi.restoreAllMocks());

/** The value of one series in the exposition text, or undefined. */
async function value(series: string): Promise<number | undefined> {
  const text = await metrics().registry.metrics();
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("metrics", () => {
  it("report the database pool: connections in use, idle and waiting", async () => {
    await t.prisma.department.count();
    registerMetricsSource("pool", () => t.database.poolStats());
    const engine = t.engine === "pg" ? "server" : "embedded";
    const total = await value(`mm_db_pool_connections{engine="${engine}",state="total"}`);
    expect(total).toBeGreaterThanOrEqual(1);
    expect(await value(`mm_db_pool_connections{engine="${engine}",state="waiting"}`)).toBe(0);
    if (engine === "server") expect(await value(`mm_db_pool_connections{engine="server",state="idle"}`)).toBeLessThanOrEqual(total!);
  });

  it("count the public cache's hits and misses", async () => {
    invalidatePublicCache();
    const before = { hit: (await value('mm_cache_requests_total{cache="public",result="hit"}')) ?? 0, miss: (await value('mm_cache_requests_total{cache="public",result="miss"}')) ?? 0 };
    const load = () => t.prisma.department.count();
    await cachedPublic(t.prisma, "departments", load);
    await cachedPublic(t.prisma, "departments", load);
    await cachedPublic(t.prisma, "departments", load);
    expect(await value('mm_cache_requests_total{cache="public",result="miss"}')).toBe(before.miss + 1);
    expect(await value('mm_cache_requests_total{cache="public",result="hit"}')).toBe(before.hit + 2);
  });

  it("count the data memo's hits and misses", async () => {
    const admin: Actor = { id: "00000000-0000-7000-8000-000000000001", role: "ADMIN", departmentId: null, via: "session" };
    const series = (result: string) => `mm_cache_requests_total{cache="data",result="${result}"}`;
    const before = { hit: (await value(series("hit"))) ?? 0, miss: (await value(series("miss"))) ?? 0 };
    for (let i = 0; i < 3; i++) await memoByData(t.prisma, { viewer: admin, permission: "portfolio.read" }, "metrics-test", () => t.prisma.department.count());
    expect(await value(series("miss"))).toBe(before.miss + 1);
    expect(await value(series("hit"))).toBe(before.hit + 2);
  });

  it("count job runs by outcome, and show the in-process runner's running jobs as its queue depth", async () => {
    const ok: JobDefinition = { name: "metrics-ok", cron: "* * * * *", description: "ok", run: async () => "done" };
    const failing: JobDefinition = { ...ok, name: "metrics-failing", run: async () => Promise.reject(new Error("mail server down")) };
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await runJob(t.prisma, ok, { now: new Date("2026-11-25T10:00:00Z"), trigger: "test" });
    await runJob(t.prisma, failing, { now: new Date("2026-11-25T10:00:00Z"), trigger: "test" });
    expect(await value('mm_job_runs_total{job="metrics-ok",outcome="ok"}')).toBe(1);
    expect(await value('mm_job_runs_total{job="metrics-failing",outcome="failed"}')).toBe(1);

    // A test clock that never fires: the runner is idle, its queue depth 0 per job.
    const clock: Clock = { now: () => new Date("2026-11-25T10:00:00Z"), setTimer: () => 0, clearTimer: () => {} };
    const stop = startEmbeddedRunner(t.prisma, [ok], { timeZone: "Europe/Berlin", clock });
    expect(await value('mm_job_queue_depth{queue="metrics-ok"}')).toBe(0);
    stop();
  });

  it("a real Prisma error written to the console is one JSON line, with its code and stack", async () => {
    await t.prisma.department.create({ data: { code: "DUP", name: "Erste" } });
    const error = await t.prisma.department.create({ data: { code: "DUP", name: "Zweite" } }).then(
      () => new Error("expected a unique violation"),
      (e: unknown) => e as Error,
    );
    expect(error.constructor.name).toBe("PrismaClientKnownRequestError");
    expect(`${error.message}\n${error.stack}`).toContain("\n");
    // How Next.js reports an error thrown while rendering.
    const line = consoleLine("error", ["⨯", error]);
    expect(line).not.toContain("\n");
    const parsed = JSON.parse(line);
    expect(parsed).toMatchObject({ level: "error", msg: "⨯", error: { name: error.name, message: error.message, code: "P2002" } });
    expect(parsed.error.stack).toContain("\n");
    // Colours and a line that is already ours.
    expect(JSON.parse(consoleLine("warn", ["\u001b[33mwarn\u001b[39m %s", "x"]))).toMatchObject({ level: "warn", msg: "warn x" });
    const ours = JSON.stringify({ level: "info", at: "2026-11-25T10:00:00.000Z", msg: "startup: ok" });
    expect(consoleLine("info", [ours])).toBe(ours);
  });
});
