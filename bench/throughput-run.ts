// The throughput part of `npm run bench` (--only throughput): one fresh production server on the
// largest data set; first a static file and the public pages at 32 connections (each public page's
// requests/s as a share of the static file's in this same run), then the internal pages signed in
// as the admin at 8 connections, with the server's peak resident memory during each run. Each line
// also gives the CPU time per answered request of the server's processes and of the database's
// backends (from /proc): on a shared 2-core machine requests/s follow whatever else runs, the CPU
// time per request much less.
// The internal pages are measured twice: on one server process (Node runs a process's JavaScript on
// one core), and as this machine would run in production — one process per core
// (WEB_CONCURRENCY = the cores) sharing the page cache through Redis (REDIS_URL), which
// docs/operations.md asks for with several processes — each process's peak RSS against the target.
// The second run needs Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379/13) and more than one core.
import net from "node:net";
import os from "node:os";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import type { BenchDatabase } from "./databases";
import { BENCH_ADMIN } from "./measure";
import { PUBLIC_INITIATIVE } from "./pages";
import { BENCH_ADDRESS, signIn, startServer, type BenchServer, type BuildSnapshot } from "./server";
import { cpuMeter, loadAverage, measureThroughput, sampleRss, type LoadOptions, type Throughput } from "./throughput";

const PUBLIC_CONNECTIONS = 32;
const PUBLIC_MS = 10_000;
const INTERNAL_CONNECTIONS = 8;
const WARMUP_MS = 2_000;
/** Issue 16, item 1: a cached public page serves at least this share of a static file's requests/s. */
const PUBLIC_SHARE_TARGET = 0.8;
/** Issue 16, item 3, at 2,000 initiatives and 8 users. */
const INTERNAL_RPS_TARGET = 20;
const INTERNAL_P95_TARGET_MS = 1000;
const RSS_TARGET = 600 * 1024 * 1024;

const STATIC = { name: "static /icon.svg", path: "/icon.svg" };
const PUBLIC = [
  { name: "public home", path: "/" },
  { name: "public list", path: "/initiatives" },
  { name: "public initiative", path: `/initiatives/${PUBLIC_INITIATIVE}` },
];
const INTERNAL = [
  { name: "dashboard", path: "/app/dashboard" },
  { name: "portfolio", path: "/app/portfolio" },
  { name: "roadmap", path: "/app/roadmap" },
];

/** What a browser sends (compression accepted), without a session: a citizen. */
const BROWSER = { accept: "text/html,*/*", "accept-language": "de", "accept-encoding": "gzip, deflate, br" };

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const num = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : "–");
const verdict = (ok: boolean) => (ok ? "target met" : "MISSED");

type Cpu = { server: number; database: number };

/** One run's figures; CPU is milliseconds per answered request (server process, database backends), which the machine's other load changes little. */
function line(name: string, path: string, t: Throughput, cpu: Cpu): string {
  const failed = t.non2xx + t.errors > 0 ? `  ${t.non2xx} non-2xx${t.status ? ` (HTTP ${t.status})` : ""}, ${t.errors} errors` : "";
  const per = (ms: number) => num(t.total ? ms / t.total : NaN);
  return `${name.padEnd(20)}${path.slice(0, 34).padEnd(36)}${num(t.rps).padStart(9)}${num(t.p50).padStart(9)}${num(t.p95).padStart(9)}${(t.bytes / 1024).toFixed(1).padStart(8)}${per(cpu.server).padStart(8)}${per(cpu.database).padStart(8)}${failed}`;
}

const HEAD = `${"".padEnd(20)}${"path".padEnd(36)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"KB".padStart(8)}${"CPU/req".padStart(8)}${"DB/req".padStart(8)}`;

/** Whether something answers on the Redis URL's host and port (a TCP connect within 1 s). */
async function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 1000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

export async function benchThroughput(build: BuildSnapshot, db: BenchDatabase, internalMs: number, onStarted: (stop: () => Promise<void>) => void) {
  await withServer(build, db, onStarted, {}, async (server) => {
    await publicPages(server, db);
    await internalPages(server, db, internalMs, 1);
  });
  const cores = os.availableParallelism();
  const redisUrl = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/13";
  if (cores < 2) return;
  if (!(await reachable(redisUrl))) {
    console.log(`\n-- internal pages on ${cores} server processes: skipped (no Redis at ${redisUrl}; set BENCH_REDIS_URL)`);
    return;
  }
  // The public pages are the same with several processes (each serves from the shared page cache).
  await withServer(build, db, onStarted, { WEB_CONCURRENCY: String(cores), REDIS_URL: redisUrl }, (server) => internalPages(server, db, internalMs, cores));
}

/** A fresh server on the bench database (with `env` besides the bench's own) for `run`, stopped afterwards. */
async function withServer(build: BuildSnapshot, db: BenchDatabase, onStarted: (stop: () => Promise<void>) => void, env: Record<string, string>, run: (server: BenchServer) => Promise<void>) {
  const server = await startServer(build.dir, db.url, env);
  onStarted(server.stop);
  try {
    await run(server);
  } finally {
    await server.stop();
  }
}

/** One load run with the CPU time of the server's processes and the bench database's backends during it. */
async function measure(server: BenchServer, db: BenchDatabase, path: string, load: LoadOptions) {
  const cpu = cpuMeter(server.pgid, db.name);
  const r = await measureThroughput(server.baseUrl, path, load);
  return { r, cpu: cpu.stop() };
}

async function publicPages(server: BenchServer, db: BenchDatabase) {
  const t = db.seed.totals;
  const idle = sampleRss(server.pgid).now();
  console.log(`\n== throughput at ${t.initiatives} initiatives (server: scripts/start.ts, RSS after start ${mb(idle.process)})`);
  console.log(`\n-- public site, ${PUBLIC_CONNECTIONS} keep-alive connections, ${PUBLIC_MS / 1000} s after ${WARMUP_MS / 1000} s warm-up; load average before ${loadAverage()}`);
  console.log(HEAD);
  const publicLoad: LoadOptions = { connections: PUBLIC_CONNECTIONS, durationMs: PUBLIC_MS, warmupMs: WARMUP_MS, headers: BROWSER };
  const { r: base, cpu: baseCpu } = await measure(server, db, STATIC.path, publicLoad);
  console.log(line(STATIC.name, STATIC.path, base, baseCpu));
  for (const page of PUBLIC) {
    const { r, cpu } = await measure(server, db, page.path, publicLoad);
    const share = r.rps / base.rps;
    const ok = share >= PUBLIC_SHARE_TARGET && r.non2xx + r.errors === 0;
    console.log(`${line(page.name, page.path, r, cpu)}  ${num(share * 100, 0)} % of static (target ≥ ${PUBLIC_SHARE_TARGET * 100} %): ${verdict(ok)}`);
  }
  console.log(`load average after ${loadAverage()}`);
}

async function internalPages(server: BenchServer, db: BenchDatabase, internalMs: number, processes: number) {
  const cookie = await signIn(server.baseUrl, BENCH_ADMIN, DEMO_PASSWORD);
  const headers = { ...BROWSER, cookie, "x-forwarded-for": BENCH_ADDRESS };
  console.log(
    `\n-- internal pages on ${processes === 1 ? "one server process" : `${processes} server processes (WEB_CONCURRENCY=${processes}, REDIS_URL; RSS: the largest process)`} as ${BENCH_ADMIN}, ${INTERNAL_CONNECTIONS} keep-alive connections, ${internalMs / 1000} s each after ${WARMUP_MS / 1000} s warm-up; ` +
      `targets ≥ ${INTERNAL_RPS_TARGET} req/s, p95 < ${INTERNAL_P95_TARGET_MS} ms, RSS < ${mb(RSS_TARGET)}; load average before ${loadAverage()}`,
  );
  console.log(`${HEAD}${"max RSS".padStart(10)}`);
  for (const page of INTERNAL) {
    const rss = sampleRss(server.pgid);
    const { r, cpu } = await measure(server, db, page.path, { connections: INTERNAL_CONNECTIONS, durationMs: internalMs, warmupMs: WARMUP_MS, headers });
    const peak = rss.stop();
    const ok = r.rps >= INTERNAL_RPS_TARGET && r.p95 < INTERNAL_P95_TARGET_MS && peak.process < RSS_TARGET && r.non2xx + r.errors === 0;
    if (server.ended()) console.log(`the server has ended (${server.ended()}) during ${page.path}`);
    console.log(`${line(page.name, page.path, r, cpu)}${mb(peak.process).padStart(10)}  ${verdict(ok)} (load average ${loadAverage()})`);
  }
  if (server.ended() || server.output().includes("rror")) console.log(`server output (last lines):\n${server.output().trim().split("\n").slice(-15).join("\n")}`);
}
