// The process's Prometheus metrics (prom-client), one registry per process. Several copies of this
// module run in one process (Next bundles route handlers, server actions and instrumentation
// separately, and the custom server loads it outside Next), so the registry lives on globalThis:
// whichever copy comes first creates it, the others count into the same one. Each instance exposes
// its own figures at /api/metrics (lib/metrics/endpoint.ts); Prometheus adds them up. Within one
// instance of several processes (WEB_CONCURRENCY) the primary adds up its workers' registries
// (lib/metrics/cluster.ts): counters, histograms and the gauges that are a part of a total (requests
// in flight, pool connections) are summed; the job queue is one figure every process reads, so its
// maximum; the standard process metrics carry a `worker` label and stay one series per process.
// What is measured where: HTTP in lib/server/front.ts, caches in lib/public/cache.ts,
// lib/cache/data-memo.ts and lib/cache/next-cache-handler.mjs, jobs in lib/jobs/, mails in lib/mail/deliver.ts, the database
// pool in lib/db/client.ts. docs/operations.md lists every metric.
import cluster from "node:cluster";
import v8 from "node:v8";
import client from "prom-client";

/** Buckets of the request duration (seconds): pages take 10–300 ms, exports seconds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export type DatabasePoolStats = { engine: "server" | "embedded"; total: number; idle: number; waiting: number };

/** Hooks other modules register so that a scrape reads their current state. */
type Sources = {
  /** The shared database connection's pool, or null before it is opened. */
  pool?: () => DatabasePoolStats | null;
  /** Jobs waiting in each queue (pg-boss per queue; the embedded runner's running jobs). */
  queueDepth?: () => Promise<Record<string, number>>;
};

function create() {
  const registry = new client.Registry();
  // Heap, RSS, CPU, event-loop lag, GC, handles: prom-client's standard process metrics. In a
  // cluster worker labelled with the worker's id: the memory of two processes summed would hide the
  // one near its limit, and an averaged event-loop lag the one that is stuck.
  const worker = cluster.isWorker && cluster.worker ? String(cluster.worker.id) : null;
  client.collectDefaultMetrics({ register: registry, ...(worker ? { labels: { worker } } : {}) });
  if (worker) {
    // Answers the primary's AggregatorRegistry (lib/metrics/cluster.ts) with this registry; the
    // constructor is what makes prom-client listen for the primary's requests in a worker.
    client.AggregatorRegistry.setRegistries([registry]);
    new client.AggregatorRegistry();
  }
  const registers = [registry];
  const metrics = {
    registry,
    httpRequests: new client.Counter({
      name: "mm_http_requests_total",
      help: "HTTP requests answered, by method, route pattern and status class.",
      labelNames: ["method", "route", "status_class"] as const,
      registers,
    }),
    httpDuration: new client.Histogram({
      name: "mm_http_request_duration_seconds",
      help: "Time from the request's arrival to the end of its answer, by method, route pattern and status class.",
      labelNames: ["method", "route", "status_class"] as const,
      buckets: DURATION_BUCKETS,
      registers,
    }),
    httpRefusals: new client.Counter({
      name: "mm_http_refused_total",
      help: "Requests refused before the app saw them (413 body too large, 414/400 address), by status.",
      labelNames: ["status"] as const,
      registers,
    }),
    httpInFlight: new client.Gauge({
      name: "mm_http_requests_in_flight",
      help: "Requests being answered right now.",
      registers,
    }),
    cacheRequests: new client.Counter({
      name: "mm_cache_requests_total",
      help: "Cache look-ups by cache (public: the public data cache; data: the signed-in app's data memo; page: Next's page cache) and result.",
      labelNames: ["cache", "result"] as const,
      registers,
    }),
    jobRuns: new client.Counter({
      name: "mm_job_runs_total",
      help: "Scheduled job runs by job and outcome (ok, failed).",
      labelNames: ["job", "outcome"] as const,
      registers,
    }),
    mailSends: new client.Counter({
      name: "mm_mail_sends_total",
      help: "Mail delivery attempts by outcome (sent, retrying, failed: given up after the last retry).",
      labelNames: ["outcome"] as const,
      registers,
    }),
  };
  new client.Gauge({
    name: "mm_db_pool_connections",
    help: "Database connections by state (total, idle, waiting: requests waiting for a connection). The embedded database is one connection.",
    labelNames: ["engine", "state"] as const,
    registers,
    collect() {
      this.reset();
      const stats = sources.pool?.();
      if (!stats) return;
      for (const state of ["total", "idle", "waiting"] as const) this.set({ engine: stats.engine, state }, stats[state]);
    },
  });
  new client.Gauge({
    name: "mm_nodejs_heap_size_limit_bytes",
    help: "The JavaScript heap's limit of this process (V8's heap_size_limit: SERVER_HEAP_MB plus the young generation), beside prom-client's nodejs_heap_size_used_bytes.",
    registers,
    collect() {
      this.set(v8.getHeapStatistics().heap_size_limit);
    },
  });
  new client.Gauge({
    name: "mm_job_queue_depth",
    help: "Jobs waiting to run, by queue (pg-boss on PostgreSQL; on the embedded database the jobs running).",
    labelNames: ["queue"] as const,
    registers,
    // Every process reads the same queues (pg-boss in the database): summing would count them once per process.
    aggregator: "max",
    async collect() {
      this.reset();
      const depths = await sources.queueDepth?.().catch(() => null);
      for (const [queue, depth] of Object.entries(depths ?? {})) this.set({ queue }, depth);
    },
  });
  return metrics;
}

export type Metrics = ReturnType<typeof create>;

const KEY = Symbol.for("masterplan-monitor.metrics");
const SOURCES = Symbol.for("masterplan-monitor.metrics-sources");
// Kept apart from the registry: registering a source (the database in a CLI script) creates no metrics.
const sources: Sources = ((globalThis as unknown as Record<symbol, Sources | undefined>)[SOURCES] ??= {});

/** The process's metrics (created on first use). */
export function metrics(): Metrics {
  const g = globalThis as unknown as Record<symbol, Metrics | undefined>;
  return (g[KEY] ??= create());
}

/** Lets a module report its state when Prometheus scrapes (the latest registration wins). */
export function registerMetricsSource<K extends keyof Sources>(name: K, source: NonNullable<Sources[K]>): void {
  sources[name] = source;
}
