// npm start: checks the configuration, builds the app when the build is missing or older than
// the sources, then serves it (lib/server/serve.ts). The server prepares the database itself
// (instrumentation.ts) before it says it is ready. WEB_CONCURRENCY=n (with PostgreSQL and REDIS_URL)
// serves with n processes through Node's cluster (lib/server/workers.ts); so does one process with a
// heap limit (SERVER_HEAP_MB, lib/server/heap.ts), which Node takes only when a process starts.
import { spawnSync } from "node:child_process";
import cluster from "node:cluster";
import fs from "node:fs";
import path from "node:path";
import { describeStartupError } from "../lib/cli";
import { probeDatabase } from "../lib/db/probe";
import { parseEnv, type Env } from "../lib/env";
import { answerWorkersMetricsRequests } from "../lib/metrics/cluster";
import { metrics } from "../lib/metrics/registry";
import { serverHeapFlag } from "../lib/server/heap";
import { followPrimary, planWorkers, superviseWorkers, type WorkerMessage } from "../lib/server/workers";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const SOURCES = ["app", "components", "lib", "prisma", "instrumentation.ts", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs"];

function newestMtime(p: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (path.basename(p) === "generated") return 0;
  return Math.max(0, ...fs.readdirSync(p).map((n) => newestMtime(path.join(p, n))));
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(root, s)) <= built);
}

async function main() {
  // A worker answers the primary's metrics requests from its first moment (lib/metrics/cluster.ts),
  // not only once it serves: a scrape while it starts (a replaced process) would otherwise wait for it.
  if (cluster.isWorker) metrics();
  let e: Env;
  try {
    e = parseEnv();
    // A PostgreSQL server that is down is said before anything else (and before a build).
    if (e.databaseUrl) await probeDatabase(e.databaseUrl);
  } catch (err) {
    console.error(`Masterplan Monitor cannot start: ${describeStartupError(err)}`);
    if (process.env.DEBUG) console.error(err);
    process.exit(1);
  }

  if (!buildIsCurrent()) {
    console.log("Building the app (first start or changed sources)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const note = e.demoMode && !process.env.HOSTNAME ? " (demo mode: only this machine; set HOSTNAME=0.0.0.0 to open it to the network)" : "";
  if (cluster.isPrimary) {
    const plan = planWorkers(e);
    if (plan.note) console.warn(plan.note);
    // Node takes a heap limit only at a process's start: the server then runs in a worker started
    // with it (SERVER_HEAP_MB, lib/server/heap.ts), unless Node's options give one already.
    const heapFlag = serverHeapFlag(e.serverHeapMb, process.execArgv, process.env.NODE_OPTIONS);
    if (plan.count > 1 || heapFlag) {
      cluster.setupPrimary({ execArgv: [...process.execArgv, ...(heapFlag ? [heapFlag] : [])] });
      // The primary only supervises and adds up the workers' metrics: the workers run this script again and serve (below).
      answerWorkersMetricsRequests(cluster);
      const processes = plan.count > 1 ? ` with ${plan.count} server processes` : "";
      superviseWorkers(plan.count, {
        cluster,
        onReady: (url) => console.log(`✓ Ready on ${url}${processes}${note}`),
        log: { info: (m, d) => console.log(m, d ?? ""), warn: (m, d) => console.warn(m, d ?? "") },
      });
      return;
    }
  }

  // The server runs in this process (lib/server/serve.ts): it needs the socket for the client's address.
  const { listenOptions, PortInUseError, serve } = await import("../lib/server/serve");
  const where = listenOptions(process.env, e.demoMode);
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  serve({ ...where, hops: e.trustedProxyHops, graceMs: e.shutdownGraceMs, metricsToken: e.metricsToken, accessLog: e.accessLog })
    .then(({ url, shutdown }) => {
      if (cluster.isWorker) {
        followPrimary(shutdown);
        process.send!({ type: "ready", url } satisfies WorkerMessage);
        return;
      }
      console.log(`✓ Ready on ${url}${note}`);
    })
    .catch((err: unknown) => {
      console.error(`Masterplan Monitor cannot start: ${err instanceof PortInUseError ? err.message : describeStartupError(err)}`);
      if (process.env.DEBUG) console.error(err);
      process.exit(1);
    });
}

void main();
