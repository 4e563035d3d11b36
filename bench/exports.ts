// The exports part of `npm run bench` (--only exports), issue 17 item 1: on the largest data set,
// a fresh production server; the public home page is asked for by two visitors one request after
// the other, first alone (10 s), then while the admin generates 5 council PDFs and 5 portfolio
// XLSX exports at once (each on its own connection, as a program: it waits for a place in the
// export line, lib/exports/). Target: the home page's p95 stays under 150 ms during the exports.
// Reports the exports' durations, the server's peak memory and the load average like the other parts.
import { Agent, fetch as undiciFetch } from "undici";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import type { BenchDatabase } from "./databases";
import { BENCH_ADMIN, percentile } from "./measure";
import { BENCH_ADDRESS, signIn, startServer, type BuildSnapshot } from "./server";
import { loadAverage, sampleRss } from "./throughput";

const HOME_P95_TARGET_MS = 150;
const VISITORS = 2;
const ALONE_MS = 10_000;
const PDFS = 5;
const WORKBOOKS = 5;
const BROWSER = { accept: "text/html,*/*", "accept-language": "de", "accept-encoding": "gzip, deflate, br" };

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const num = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");

/** Two visitors asking for the home page, one request after another each, until `until()`; the latencies. */
async function visitHome(baseUrl: string, until: () => boolean): Promise<{ times: number[]; failures: number }> {
  const dispatcher = new Agent({ connections: VISITORS, keepAliveTimeout: 30_000 });
  const times: number[] = [];
  let failures = 0;
  const visitor = async () => {
    while (!until()) {
      const t0 = performance.now();
      try {
        const res = await undiciFetch(`${baseUrl}/`, { headers: BROWSER, dispatcher });
        await res.arrayBuffer();
        if (!res.ok) failures++;
      } catch {
        failures++;
      }
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50)); // a visitor reads a little before the next click
    }
  };
  await Promise.all(Array.from({ length: VISITORS }, visitor));
  await dispatcher.close();
  return { times: times.sort((a, b) => a - b), failures };
}

function homeLine(label: string, r: { times: number[]; failures: number }): string {
  const p95 = percentile(r.times, 0.95);
  const verdict = r.failures === 0 && p95 < HOME_P95_TARGET_MS ? "target met" : "MISSED";
  return `${label.padEnd(34)}${String(r.times.length).padStart(9)}${num(percentile(r.times, 0.5)).padStart(9)}${num(p95).padStart(9)}${num(r.times.at(-1) ?? NaN).padStart(9)}${r.failures ? `  ${r.failures} failed` : ""}  p95 < ${HOME_P95_TARGET_MS} ms: ${verdict}`;
}

export async function benchExports(build: BuildSnapshot, db: BenchDatabase, onStarted: (stop: () => Promise<void>) => void) {
  const server = await startServer(build.dir, db.url);
  onStarted(server.stop);
  try {
    const t = db.seed.totals;
    const cookie = await signIn(server.baseUrl, BENCH_ADMIN, DEMO_PASSWORD);
    const exportHeaders = { cookie, "x-forwarded-for": BENCH_ADDRESS, accept: "*/*", "accept-language": "de" };
    // Warm-up: the home page is cached, one export starts the worker thread (not part of a render).
    await visitHome(server.baseUrl, forMs(2_000));
    await (await fetch(`${server.baseUrl}/app/council-report/pdf`, { headers: exportHeaders })).arrayBuffer();

    console.log(`\n== exports at ${t.initiatives} initiatives: ${PDFS} council PDFs and ${WORKBOOKS} portfolio XLSX at once, the public home page meanwhile (${VISITORS} visitors, one request after another)`);
    console.log(`${"home page".padEnd(34)}${"requests".padStart(9)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"max ms".padStart(9)}`);
    console.log(`${homeLine("alone", await visitHome(server.baseUrl, forMs(ALONE_MS)))}  (load average ${loadAverage()})`);

    const rss = sampleRss(server.pgid, 200);
    const loadBefore = loadAverage();
    const started = performance.now();
    const durations: { kind: string; ms: number; status: number; bytes: number }[] = [];
    let pending = PDFS + WORKBOOKS;
    const one = async (kind: string, path: string) => {
      const t0 = performance.now();
      const res = await fetch(`${server.baseUrl}${path}`, { headers: exportHeaders });
      const bytes = (await res.arrayBuffer()).byteLength;
      durations.push({ kind, ms: performance.now() - t0, status: res.status, bytes });
      pending--;
    };
    const exports = Promise.all([
      ...Array.from({ length: PDFS }, () => one("council PDF", "/app/council-report/pdf")),
      ...Array.from({ length: WORKBOOKS }, () => one("portfolio XLSX", "/app/portfolio/export?format=xlsx")),
    ]);
    const during = await visitHome(server.baseUrl, () => pending === 0);
    await exports;
    const took = performance.now() - started;
    const peak = rss.stop();
    console.log(`${homeLine("during the exports", during)}  (load average before ${loadBefore}, after ${loadAverage()})`);
    for (const kind of ["council PDF", "portfolio XLSX"]) {
      const mine = durations.filter((d) => d.kind === kind).sort((a, b) => a.ms - b.ms);
      const failed = mine.filter((d) => d.status !== 200);
      console.log(
        `${kind.padEnd(16)} ${mine.length} × ${Math.round(mine[0]!.bytes / 1024)} KB, done after ${mine.map((d) => s(d.ms)).join(", ")}${failed.length ? `  ${failed.length} failed (HTTP ${failed[0]!.status})` : ""}`,
      );
    }
    console.log(`all ${PDFS + WORKBOOKS} exports in ${s(took)}; server peak RSS ${mb(peak.process)} (process group ${mb(peak.group)}), EXPORT_WORKERS ${process.env.EXPORT_WORKERS ?? "default (cores − 1)"}`);
    if (server.ended() || server.output().includes("rror")) console.log(`server output (last lines):\n${server.output().trim().split("\n").slice(-15).join("\n")}`);
  } finally {
    await server.stop();
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** "Until `ms` from now have passed", for visitHome. */
function forMs(ms: number): () => boolean {
  const end = Date.now() + ms;
  return () => Date.now() > end;
}
