// Several server processes on one machine (WEB_CONCURRENCY, `npm start`): Node's cluster. One
// process renders one page at a time on its one JavaScript thread (the dashboard takes 100–130 ms
// of CPU at 2,000 initiatives, docs/performance.md), so a machine with more cores serves more pages
// with more processes. The first process (the primary) serves nothing itself: it starts the
// workers, which share the listening socket, forwards SIGTERM/SIGINT to them as a message (each
// drains as a single server does, lib/server/shutdown.ts) and exits once they all have.
//
// The workers are instances as in "Several instances" (docs/performance.md): Next's page cache and
// the public data cache must be shared through Redis, or a change made through one process would
// stay invisible on the public pages another one has cached; so more than one process needs
// REDIS_URL, and PostgreSQL (the embedded database belongs to one process). Without them the
// server runs one process and says why. Scheduled jobs run once whatever the number of processes:
// pg-boss schedules through the database (as for several instances, docs/jobs.md).
import type { Worker } from "node:cluster";
import type { Env } from "@/lib/env";
import { watchParent } from "./shutdown";

export type WorkerPlan = { count: number; note: string | null };

/** How many server processes to run for WEB_CONCURRENCY, and why fewer when so. */
export function planWorkers(e: Pick<Env, "webConcurrency" | "redisUrl" | "engine">): WorkerPlan {
  if (e.webConcurrency <= 1) return { count: 1, note: null };
  if (e.engine === "embedded")
    return { count: 1, note: `WEB_CONCURRENCY=${e.webConcurrency} ignored: the embedded database belongs to one process; set DATABASE_URL (PostgreSQL) and REDIS_URL for several. Serving with 1 process.` };
  if (!e.redisUrl)
    return { count: 1, note: `WEB_CONCURRENCY=${e.webConcurrency} ignored: several processes must share the page cache through Redis; set REDIS_URL. Serving with 1 process.` };
  return { count: e.webConcurrency, note: null };
}

/** Messages between the primary and its workers. */
export type WorkerMessage = { type: "ready"; url: string } | { type: "shutdown" };

export type ClusterLike = {
  fork: () => Worker;
};

/**
 * The primary's part: starts `count` workers, says "ready" (once) when every worker is, forwards
 * SIGTERM/SIGINT to each worker as a `shutdown` message, and calls `exit(0)` when all have ended
 * after a shutdown. A worker that ends on its own is started again (a crash must not halve the
 * capacity for good), unless it ends before it was ever ready: then the configuration is wrong
 * (port in use, database down) and the primary stops the others and exits with that worker's code.
 * With `signals`, the primary also drains its workers when its own parent process is gone.
 */
export function superviseWorkers(
  count: number,
  {
    cluster,
    onReady,
    log,
    exit = (code) => process.exit(code),
    signals = true,
  }: {
    cluster: ClusterLike;
    onReady: (url: string) => void;
    log: { info: (msg: string, data?: Record<string, unknown>) => void; warn: (msg: string, data?: Record<string, unknown>) => void };
    exit?: (code: number) => void;
    signals?: boolean;
  },
): { shutdown: () => void; workers: () => Worker[] } {
  const workers = new Set<Worker>();
  const ready = new Set<Worker>();
  let announced = false;
  let stopping = false;
  let exitCode = 0;

  // A ready worker drains on the message; one still starting serves nobody yet and may not listen
  // for messages yet: SIGTERM ends it.
  const stopAll = () => {
    for (const w of workers) {
      if (ready.has(w) && w.isConnected()) w.send({ type: "shutdown" } satisfies WorkerMessage);
      else w.process.kill("SIGTERM");
    }
  };
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    log.info("shutdown: asking every server process to finish", { workers: workers.size });
    stopAll();
    if (workers.size === 0) exit(exitCode);
  };

  const start = () => {
    const worker = cluster.fork();
    workers.add(worker);
    let wasReady = false;
    worker.on("message", (m: WorkerMessage) => {
      if (m?.type !== "ready") return;
      wasReady = true;
      ready.add(worker);
      if (!announced && ready.size === count) {
        announced = true;
        onReady(m.url);
      }
    });
    worker.on("exit", (code, signal) => {
      workers.delete(worker);
      ready.delete(worker);
      if (stopping) {
        if (workers.size === 0) exit(exitCode);
        return;
      }
      if (!wasReady) {
        log.warn("server process ended before it was ready: stopping", { pid: worker.process.pid, code, signal });
        exitCode = code || 1;
        shutdown();
        return;
      }
      log.warn("server process ended: starting another", { pid: worker.process.pid, code, signal });
      start();
    });
  };

  for (let i = 0; i < count; i++) start();
  if (signals) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, shutdown);
    // `npm start` runs this process through a shell that a SIGTERM to npm ends without passing it on:
    // an orphaned primary drains its workers as on SIGTERM (a worker's own parent is this process).
    watchParent(async () => shutdown());
  }
  return { shutdown, workers: () => [...workers] };
}

/** The worker's part: a `shutdown` message from the primary does what SIGTERM does. */
export function followPrimary(shutdown: () => Promise<void>): void {
  process.on("message", (m: WorkerMessage) => {
    if (m?.type === "shutdown") void shutdown();
  });
}
