// npm run bench [-- --sizes medium,large --requests 40 --duration 60 --only pages|lighthouse|throughput|exports|import|reminders --pages portfolio]:
// seeds a fresh PostgreSQL database per data size, counts the SQL queries of each page loader at every
// size (flags any count that grows), measures p50/p95/max latency of each page against the production
// server (scripts/start.ts on a private copy of the build) and the download size of the pages with a
// payload target (bench/pages.ts PAYLOAD_TARGETS), then, on the largest size, the throughput under
// load (bench/throughput.ts): a static file and the public pages at 32 keep-alive connections for
// 10 s after 2 s of warm-up (public pages as a share of the static file's requests/s, target ≥ 80 %),
// and the dashboard, portfolio and roadmap as the admin at 8 connections for --duration seconds each
// (default 60; targets ≥ 20 requests/s, p95 < 1 s, server RSS < 600 MB), each with the CPU time per
// request of the server and of the database backends, then times the import of
// the largest size's export (bench/import.ts) and the reminder run (bench/reminders.ts). The exports
// part (bench/exports.ts) measures the public home page while 5 council PDFs and 5 portfolio XLSX
// are generated (target p95 < 150 ms).
//   --sizes       data sizes (prisma/seed/large.ts SCALES), default medium,large
//   --requests    sequential requests per page in the latency run (1–500, default 40)
//   --duration    seconds of load per internal page in the throughput run (5–600, default 60)
//   --only        one part: pages (latency, size, Lighthouse), lighthouse (Lighthouse alone, on each size),
//                 throughput, exports, import or reminders
//   --pages       only the latency pages whose name contains one of these words (no Lighthouse)
// A measurement, not a test: it exits 0 even when a target is missed. Databases and server are
// removed at the end.
import os from "node:os";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import { SCALES } from "@/prisma/seed/large";
import { createBenchDatabase, DEFAULT_ADMIN_URL, type BenchDatabase, type BenchSize } from "./databases";
import { benchExports } from "./exports";
import { benchImport } from "./import";
import { runLighthouse } from "./lighthouse";
import { benchReminders } from "./reminders";
import { BENCH_ADMIN, countPageQueries, measureLatency, measurePayload, type Latency, type Payload } from "./measure";
import { PAGES as ALL_PAGES, PAYLOAD_TARGETS, type BenchPage } from "./pages";
import { signIn, snapshotBuild, startServer, type BenchServer, type BuildSnapshot } from "./server";
import { benchThroughput } from "./throughput-run";

const P95_TARGET_MS = 300;

function options() {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return undefined;
    return args[i]!.includes("=") ? args[i]!.split("=")[1] : args[i + 1];
  };
  const sizes = (value("sizes") ?? "medium,large").split(",").map((s) => s.trim()) as BenchSize[];
  for (const s of sizes) if (!(s in SCALES)) throw new Error(`unknown size ${s} (expected ${Object.keys(SCALES).join(", ")})`);
  const requests = Number(value("requests") ?? 40);
  if (!Number.isInteger(requests) || requests < 1 || requests > 500) throw new Error("--requests expects 1–500");
  const only = value("only");
  if (only !== undefined && !["pages", "lighthouse", "throughput", "exports", "import", "reminders"].includes(only)) {
    throw new Error("--only expects pages, lighthouse, throughput, exports, import or reminders");
  }
  const duration = Number(value("duration") ?? 60);
  if (!Number.isFinite(duration) || duration < 5 || duration > 600) throw new Error("--duration expects 5–600 (seconds)");
  // --pages portfolio: only the pages whose name contains one of the given words (a quick partial run).
  const words = value("pages")?.split(",").map((w) => w.trim().toLowerCase()).filter(Boolean);
  const pages = words ? ALL_PAGES.filter((p) => words.some((w) => p.name.toLowerCase().includes(w))) : ALL_PAGES;
  if (pages.length === 0) throw new Error(`--pages matches no page (pages: ${ALL_PAGES.map((p) => p.name).join(", ")})`);
  return { sizes, requests, only, duration, pages, lighthouse: !words, adminUrl: process.env.TEST_DATABASE_URL || DEFAULT_ADMIN_URL };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–").padStart(8);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

function describeDatabase(db: BenchDatabase): string {
  const t = db.seed.totals;
  return (
    `${db.size}: ${t.initiatives} initiatives, ${t.milestones} milestones, ${t.kpis} KPIs with ${t.measurements} measurements, ${t.auditEvents} audit events — ` +
    `seeded in ${s(db.demoMs + db.seed.buildMs + db.seed.writeMs)} (demo ${s(db.demoMs)}, generate ${s(db.seed.buildMs)}, write+analyze ${s(db.seed.writeMs)})`
  );
}

let PAGES: BenchPage[] = ALL_PAGES;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printPayloads(db: BenchDatabase, payloads: Map<string, Payload>) {
  if (payloads.size === 0) return;
  console.log(`\n== download size at ${db.seed.totals.initiatives} initiatives (uncompressed)`);
  for (const { name, maxBytes } of PAYLOAD_TARGETS) {
    const p = payloads.get(name);
    if (!p) continue;
    const largest = Math.max(p.html, p.rsc ?? 0);
    const verdict = Number.isFinite(largest) && largest < maxBytes ? "met" : "MISSED";
    console.log(
      `${name.padEnd(24)}HTML ${kb(p.html).padStart(10)} (gzip ${kb(p.htmlGzip)})   RSC ${(p.rsc === null ? "–" : kb(p.rsc)).padStart(10)}  payload target < ${kb(maxBytes)} uncompressed: ${verdict}`,
    );
  }
}

function printTable(db: BenchDatabase, latencies: Map<string, Latency>, queries: Map<string, number | null>) {
  console.log(`\n== ${describeDatabase(db)}`);
  console.log(`${"page".padEnd(24)}${"path".padEnd(22)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"max ms".padStart(8)}${"KB".padStart(8)}${"queries".padStart(9)}  p95 target ${P95_TARGET_MS} ms`);
  for (const page of PAGES) {
    const l = latencies.get(page.name)!;
    const q = queries.get(page.name);
    const verdict = l.failures > 0 ? `MISSED (${l.failures} responses with HTTP ${l.status}${l.location ? ` to ${l.location}` : ""})` : l.p95 <= P95_TARGET_MS ? "met" : "MISSED";
    const path = page.path.length > 21 ? `${page.path.slice(0, 20)}…` : page.path;
    console.log(`${page.name.padEnd(24)}${path.padEnd(22)}${ms(l.p50)}${ms(l.p95)}${ms(l.max)}${String(Math.round(l.bytes / 1024)).padStart(8)}${String(q ?? "–").padStart(9)}  ${verdict}`);
  }
}

function printQueryGrowth(sizes: BenchSize[], counts: Map<BenchSize, Map<string, number | null>>) {
  console.log(`\n== SQL queries per page loader`);
  console.log(`${"page".padEnd(24)}${sizes.map((x) => x.padStart(8)).join("")}`);
  for (const page of PAGES) {
    const row = sizes.map((size) => counts.get(size)?.get(page.name) ?? null);
    const known = row.filter((c): c is number => c !== null);
    const verdict = !page.loader ? "no loader" : new Set(known).size > 1 ? "GROWS" : "constant";
    console.log(`${page.name.padEnd(24)}${row.map((c) => String(c ?? "–").padStart(8)).join("")}  ${verdict}`);
  }
}

async function main() {
  const { sizes, requests, only, duration, pages, lighthouse, adminUrl } = options();
  PAGES = pages;
  console.log(`bench: node ${process.version}, ${os.cpus().length} CPUs, load average ${load()}, ${requests} requests per page after 5 warm-up requests`);
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn().catch((e) => console.error(`cleanup: ${(e as Error).message}`));
  };
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
  try {
    const databases: BenchDatabase[] = [];
    for (const size of sizes) {
      const db = await createBenchDatabase(adminUrl, size, (drop) => cleanups.push(drop));
      console.log(`seeded ${describeDatabase(db)}`);
      databases.push(db);
    }
    const runs = (part: string) => only === undefined || only === part;
    let build: BuildSnapshot | undefined;
    if (runs("pages") || runs("lighthouse") || runs("throughput") || runs("exports")) {
      build = await snapshotBuild();
      cleanups.push(build.remove);
      console.log(`build ${build.buildId} (private copy in ${build.dir})`);
    }
    if (runs("pages")) await benchPages(build!, databases, requests, cleanups, lighthouse);
    // Lighthouse alone (a quick check of the public pages' budget), on a server per data size.
    if (only === "lighthouse") {
      for (const db of databases) {
        const server = await startServer(build!.dir, db.url);
        cleanups.push(server.stop);
        console.log(`\n${describeDatabase(db)}: load average ${load()}`);
        try {
          await runLighthouse(server.baseUrl);
        } catch (e) {
          console.log(`lighthouse: ${(e as Error).message}; server output (last lines):\n${server.output().trim().split("\n").slice(-15).join("\n")}`);
        } finally {
          await server.stop();
        }
      }
    }
    // Throughput on the largest data set, on a server of its own (its memory is measured from the start).
    if (runs("throughput")) await benchThroughput(build!, databases.at(-1)!, duration * 1000, (stop) => cleanups.push(stop));
    // Exports on the largest data set, on a server of their own: the public home page meanwhile.
    if (runs("exports")) await benchExports(build!, databases.at(-1)!, (stop) => cleanups.push(stop));
    // The import of the largest data set's export.
    if (only === undefined || only === "import") await benchImport(adminUrl, databases.at(-1)!, BENCH_ADMIN, (drop) => cleanups.push(drop));
    // The reminder run writes notifications and digests: last, so the other measurements see the seeded data only.
    if (only === undefined || only === "reminders") await benchReminders(databases);
    console.log(`\nload average at the end: ${load()}`);
  } finally {
    await cleanUp();
  }
}

async function benchPages(build: BuildSnapshot, databases: BenchDatabase[], requests: number, cleanups: (() => Promise<void>)[], lighthouse: boolean) {
  const counts = new Map<BenchSize, Map<string, number | null>>();
  for (const db of databases) counts.set(db.size, await countPageQueries(db.url, PAGES));

  for (const db of databases) {
    const server: BenchServer = await startServer(build.dir, db.url);
    cleanups.push(server.stop);
    try {
      const cookie = await signIn(server.baseUrl, BENCH_ADMIN, DEMO_PASSWORD);
      const latencies = new Map<string, Latency>();
      for (const page of PAGES) latencies.set(page.name, await measureLatency(server.baseUrl, page.path, cookie, requests));
      printTable(db, latencies, counts.get(db.size)!);
      const payloads = new Map<string, Payload>();
      for (const page of PAGES) if (PAYLOAD_TARGETS.some((t) => t.name === page.name)) payloads.set(page.name, await measurePayload(server.baseUrl, page.path, cookie));
      printPayloads(db, payloads);
      if ([...latencies.values()].some((l) => l.failures > 0)) console.log(`server output (last lines):\n${server.output().trim().split("\n").slice(-15).join("\n")}`);
      if (lighthouse) await runLighthouse(server.baseUrl);
    } finally {
      await server.stop();
    }
  }
  printQueryGrowth(databases.map((d) => d.size), counts);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`bench: ${(e as Error).message}`);
    if (process.env.DEBUG) console.error(e);
    process.exit(1);
  },
);
