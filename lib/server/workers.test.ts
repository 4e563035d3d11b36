import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "@/tests/wait-for-server";
import { planWorkers } from "./workers";

describe("planWorkers (WEB_CONCURRENCY)", () => {
  it("serves with one process by default", () => {
    expect(planWorkers({ webConcurrency: 1, redisUrl: null, engine: "server" })).toEqual({ count: 1, note: null });
  });

  it("serves with several processes on PostgreSQL with the page cache in Redis", () => {
    expect(planWorkers({ webConcurrency: 3, redisUrl: "redis://127.0.0.1:6379/0", engine: "server" })).toEqual({ count: 3, note: null });
  });

  it("falls back to one process without REDIS_URL and says why", () => {
    const plan = planWorkers({ webConcurrency: 2, redisUrl: null, engine: "server" });
    expect(plan.count).toBe(1);
    expect(plan.note).toMatch(/WEB_CONCURRENCY=2 ignored.*REDIS_URL.*1 process/);
  });

  it("falls back to one process on the embedded database and says why", () => {
    const plan = planWorkers({ webConcurrency: 4, redisUrl: "redis://127.0.0.1:6379/0", engine: "embedded" });
    expect(plan.count).toBe(1);
    expect(plan.note).toMatch(/WEB_CONCURRENCY=4 ignored.*embedded database.*DATABASE_URL/);
  });
});

/** Starts tests/cluster-primary.ts (the supervisor over Node's cluster, as scripts/start.ts runs it) and collects its lines. */
function startPrimary(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("tests", "cluster-primary.ts")], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  const lines: string[] = [];
  child.stdout.on("data", (b: Buffer) => lines.push(...b.toString().split("\n").filter(Boolean)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const line = async (pattern: RegExp, ms = 120_000) => {
    const end = Date.now() + ms;
    for (;;) {
      const found = lines.find((l) => pattern.test(l));
      if (found) return found;
      if (Date.now() > end) throw new Error(`no line like ${pattern} in:\n${lines.join("\n")}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, lines, exited, line };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("superviseWorkers (Node's cluster, scripts/start.ts with WEB_CONCURRENCY)", () => {
  it("serves one port from every process, replaces a process that dies, and drains them all on SIGTERM", async () => {
    const port = await freePort();
    const primary = startPrimary({ CLUSTER_FIXTURE_PORT: String(port) });
    const ready = await primary.line(/^ready /);
    const [, url, list] = ready.split(" ");
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const workers = list!.split(",").map(Number);
    expect(workers).toHaveLength(2);
    const answered = new Set<number>();
    for (let i = 0; i < 30 && answered.size < 2; i++) answered.add(Number(await fetch(url!, { headers: { connection: "close" } }).then((r) => r.text())));
    expect([...answered].sort()).toEqual([...workers].sort());

    // A crash: another process takes its place.
    process.kill(workers[0]!, "SIGKILL");
    await primary.line(/server process ended: starting another/);

    process.kill(primary.child.pid!, "SIGTERM");
    expect(await primary.exited).toBe(0);
    expect(primary.lines).toContain("exit 0");
    expect(alive(workers[1]!)).toBe(false);
  }, 200_000);

  it("answers a metrics scrape on any worker with the whole server's figures, process metrics per worker", async () => {
    const token = "m".repeat(40);
    const port = await freePort();
    const primary = startPrimary({ CLUSTER_FIXTURE_PORT: String(port), CLUSTER_FIXTURE_METRICS_TOKEN: token });
    try {
      const [, url, list] = (await primary.line(/^ready /)).split(" ");
      const workers = list!.split(",").map(Number);
      // Requests on their own connections, which the cluster hands to its workers in turn.
      const served = new Map<number, number>();
      let sent = 0;
      while (sent < 12 || served.size < 2) {
        const pid = Number(await fetch(`${url}/api/pid`, { headers: { connection: "close" } }).then((r) => r.text()));
        served.set(pid, (served.get(pid) ?? 0) + 1);
        if (++sent > 60) throw new Error(`one worker took every request: ${[...served]}`);
      }
      expect([...served.keys()].sort()).toEqual([...workers].sort());
      // Neither worker alone answered every request, so only the sum can show them all; every scrape shows it, whichever worker takes it.
      for (let scrape = 0; scrape < 4; scrape++) {
        const res = await fetch(`${url}/api/metrics`, { headers: { connection: "close", authorization: `Bearer ${token}` } });
        const text = await res.text();
        expect(res.status, text).toBe(200);
        expect(text).toContain(`mm_http_requests_total{method="GET",route="/api/pid",status_class="2xx"} ${sent}\n`);
        // The scrapes before this one, counted by whichever worker took them.
        if (scrape > 0) expect(text).toContain(`mm_http_requests_total{method="GET",route="/api/metrics",status_class="2xx"} ${scrape}\n`);
        expect(text).toContain(`mm_http_request_duration_seconds_count{method="GET",route="/api/pid",status_class="2xx"} ${sent}\n`);
        // Memory is never summed over processes: one series per worker.
        const rss = text.split("\n").filter((l) => l.startsWith("process_resident_memory_bytes"));
        expect(rss.map((l) => l.replace(/} .*/, "}")).sort()).toEqual(['process_resident_memory_bytes{worker="1"}', 'process_resident_memory_bytes{worker="2"}']);
      }
    } finally {
      process.kill(primary.child.pid!, "SIGTERM");
      await primary.exited;
    }
  }, 200_000);

  it("answers a metrics scrape 503 with the reason when the primary does not answer", async () => {
    const token = "m".repeat(40);
    const port = await freePort();
    const primary = startPrimary({ CLUSTER_FIXTURE_PORT: String(port), CLUSTER_FIXTURE_METRICS_TOKEN: token, CLUSTER_FIXTURE_METRICS: "silent" });
    try {
      const [, url] = (await primary.line(/^ready /)).split(" ");
      const res = await fetch(`${url}/api/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(await res.json()).toMatchObject({ error: { code: "UNAVAILABLE", message: expect.stringMatching(/metrics of all server processes.*primary process did not answer within 7 s/) } });
    } finally {
      process.kill(primary.child.pid!, "SIGTERM");
      await primary.exited;
    }
  }, 200_000);

  it("starts each server process with the heap limit, which V8 then has", async () => {
    const port = await freePort();
    const primary = startPrimary({ CLUSTER_FIXTURE_PORT: String(port), CLUSTER_FIXTURE_WORKERS: "1", CLUSTER_FIXTURE_HEAP_MB: "200", NODE_OPTIONS: "" });
    await primary.line(/^ready /);
    const limitMb = Number(await fetch(`http://127.0.0.1:${port}/heap`).then((r) => r.text()));
    // V8's limit is the old space asked for plus the young generation's few MB.
    expect(limitMb).toBeGreaterThanOrEqual(200);
    expect(limitMb).toBeLessThan(260);
    process.kill(primary.child.pid!, "SIGTERM");
    expect(await primary.exited).toBe(0);
  }, 200_000);

  it("drains its processes when its own parent is gone, as under `npm start` after a SIGTERM to npm", async () => {
    const port = await freePort();
    // A parent that starts the primary and then ends, leaving it to be adopted.
    const parent = spawn(
      process.execPath,
      ["-e", `const c = require("node:child_process").spawn(process.execPath, ["--import", "tsx", ${JSON.stringify(path.join("tests", "cluster-primary.ts"))}], { stdio: ["ignore", "inherit", "inherit"] }); console.log("primary " + c.pid); setTimeout(() => process.exit(0), 300000);`],
      { env: { ...process.env, CLUSTER_FIXTURE_PORT: String(port), CLUSTER_FIXTURE_WORKERS: "1" }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    parent.stdout.on("data", (b: Buffer) => (out += b.toString()));
    const until = async (pattern: RegExp) => {
      const end = Date.now() + 120_000;
      while (!pattern.test(out)) {
        if (Date.now() > end) throw new Error(`no ${pattern} in:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await until(/^ready /m);
    const primaryPid = Number(/^primary (\d+)/m.exec(out)![1]);
    const worker = Number(/^ready \S+ (\d+)/m.exec(out)![1]);
    parent.kill("SIGKILL");
    const end = Date.now() + 60_000;
    while ((alive(primaryPid) || alive(worker)) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect(alive(primaryPid)).toBe(false);
    expect(alive(worker)).toBe(false);
  }, 200_000);

  it("stops with the worker's exit code when a process ends before it was ever ready", async () => {
    const primary = startPrimary({ CLUSTER_FIXTURE_PORT: String(await freePort()), CLUSTER_FIXTURE: "fail-early" });
    expect(await primary.exited).toBe(3);
    expect(primary.lines.some((l) => l.startsWith("ready"))).toBe(false);
  }, 200_000);
});
