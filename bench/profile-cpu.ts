// Profiling helper (not part of `npm run bench`): starts the production server on a large bench
// database (a new one, kept for the next run, or PROFILE_DB_URL's) with bench/cpu-profile-hook.mjs,
// drives each internal page as the admin at 8 connections (3 s warm-up, PROFILE_SECONDS measured)
// and writes a .cpuprofile per page and server process (PROF_DIR, default the temp folder; the
// supervising process's is idle, the worker's holds the server's work) for the measured window
// only, with the CPU time per request of server and database as `npm run bench` counts it. Open the
// profiles in Chrome's DevTools or summarise them with the build's source maps (.next/**/*.js.map).
// PROFILE=0 measures without the profiler; PROFILE_NEXT_DIR=<a saved copy of .next> measures that
// build instead of the project's (A/B runs of two builds on one database and machine state).
//   PROFILE_DB_URL=postgresql://postgres@127.0.0.1:5432/<db> PROFILE_PAGES=dashboard,roadmap npx tsx bench/profile-cpu.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import { createBenchDatabase, DEFAULT_ADMIN_URL } from "./databases";
import { BENCH_ADMIN } from "./measure";
import { BENCH_ADDRESS, signIn, snapshotBuild, startServer } from "./server";
import { cpuMeter, loadAverage, measureThroughput, sampleRss } from "./throughput";

const PAGES = [
  { name: "dashboard", path: "/app/dashboard" },
  { name: "portfolio", path: "/app/portfolio" },
  { name: "roadmap", path: "/app/roadmap" },
];
function savedBuild(next: string) {
  const root = process.cwd();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-bench-build-"));
  for (const entry of fs.readdirSync(root)) if (entry !== ".next") fs.symlinkSync(path.join(root, entry), path.join(dir, entry));
  fs.cpSync(next, path.join(dir, ".next"), { recursive: true, verbatimSymlinks: true });
  const far = new Date("2100-01-01T00:00:00Z");
  fs.utimesSync(path.join(dir, ".next", "BUILD_ID"), far, far);
  return { dir, buildId: "", remove: () => fs.promises.rm(dir, { recursive: true, force: true }) };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  let url = process.env.PROFILE_DB_URL;
  let name = url ? new URL(url).pathname.slice(1) : "";
  if (!url) {
    const db = await createBenchDatabase(DEFAULT_ADMIN_URL, "large", () => {});
    url = db.url;
    name = db.name;
    console.log(`database ${url} (kept: drop it when done)`);
  }
  // PROFILE_NEXT_DIR: a saved copy of a `.next` to measure instead of the project's (A/B runs).
  const build = process.env.PROFILE_NEXT_DIR ? savedBuild(process.env.PROFILE_NEXT_DIR) : await snapshotBuild();
  const profiling = process.env.PROFILE !== "0";
  if (profiling) process.env.BENCH_SERVER_NODE_OPTIONS = `--import ${path.resolve("bench/cpu-profile-hook.mjs")}`;
  const server = await startServer(build.dir, url);
  try {
    const cookie = await signIn(server.baseUrl, BENCH_ADMIN, DEMO_PASSWORD);
    const headers = { accept: "text/html,*/*", "accept-language": "de", "accept-encoding": "gzip, deflate, br", cookie, "x-forwarded-for": BENCH_ADDRESS };
    const only = process.env.PROFILE_PAGES?.split(",");
    const seconds = Number(process.env.PROFILE_SECONDS ?? 15);
    for (const page of PAGES.filter((p) => !only || only.includes(p.name))) {
      await measureThroughput(server.baseUrl, page.path, { connections: 8, durationMs: 3000, warmupMs: 0, headers });
      // The whole process group: the server runs in a cluster worker (scripts/start.ts), and the
      // supervising process, which the group's id names, serves nothing (its profile is idle).
      if (profiling) process.kill(-server.pgid, "SIGUSR2");
      await sleep(200);
      const cpu = cpuMeter(server.pgid, name);
      const rss = sampleRss(server.pgid);
      const r = await measureThroughput(server.baseUrl, page.path, { connections: 8, durationMs: seconds * 1000, warmupMs: 0, headers });
      const c = cpu.stop();
      const peak = rss.stop();
      if (profiling) process.kill(-server.pgid, "SIGUSR2");
      await sleep(1500);
      console.log(
        `${page.name.padEnd(10)} ${r.rps.toFixed(1)} req/s p50 ${r.p50.toFixed(0)} p95 ${r.p95.toFixed(0)} ms, ${(r.bytes / 1024).toFixed(1)} KB, CPU/req ${(c.server / r.total).toFixed(1)} / ${(c.database / r.total).toFixed(1)} ms, RSS ${Math.round(peak.process / 2 ** 20)} MB, non2xx ${r.non2xx} err ${r.errors}, load ${loadAverage()}`,
      );
    }
    console.log(server.output().split("\n").filter((l) => l.includes("profile written") || l.includes("rror")).join("\n"));
  } finally {
    await server.stop();
    await build.remove();
  }
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
