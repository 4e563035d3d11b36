// The two measurements of the benchmark: SQL queries per page loader (in-process, through a
// counting Prisma client), request latency against the running production server, and download size.
import http from "node:http";
import type { Actor } from "@/lib/authz/policy";
import { openDatabase } from "@/lib/db/adapter";
import { countingClient, countQueries } from "@/lib/db/query-counter";
import { invalidatePublicCache } from "@/lib/public/cache";
import type { BenchPage } from "./pages";
import { BENCH_ADDRESS } from "./server";

export const BENCH_ADMIN = "admin@demo.masterplan.example";

/** Queries each page's loader sends, as the demo admin; null for pages without a loader. */
export async function countPageQueries(url: string, pages: BenchPage[]): Promise<Map<string, number | null>> {
  const database = await openDatabase({ engine: "server", url });
  const prisma = countingClient(database.factory);
  try {
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: BENCH_ADMIN }, select: { id: true, role: true, departmentId: true } });
    const viewer: Actor = { ...admin, via: "session" };
    const counts = new Map<string, number | null>();
    for (const page of pages) {
      const loader = page.loader;
      if (!loader) {
        counts.set(page.name, null);
        continue;
      }
      await loader(prisma, viewer); // warm: connection pool and Prisma's query plan cache
      // Count what the loader costs on a cache miss (public loaders read through the public cache).
      invalidatePublicCache();
      counts.set(page.name, (await countQueries(prisma, () => loader(prisma, viewer))).count);
    }
    return counts;
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

export type Latency = { p50: number; p95: number; max: number; failures: number; status: number; /** Size of the last response body. */ bytes: number; /** Where a failed (redirected) request was sent. */ location?: string | null };

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Requests `path` sequentially: `warmup` untimed, then `n` timed (until the whole body is read). */
export async function measureLatency(baseUrl: string, path: string, cookie: string, n: number, warmup = 5): Promise<Latency> {
  const headers = { cookie, "x-forwarded-for": BENCH_ADDRESS, "accept-language": "de" };
  const once = async () => {
    const started = performance.now();
    const res = await fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
    const body = await res.arrayBuffer();
    return { ms: performance.now() - started, status: res.status, bytes: body.byteLength, location: res.headers.get("location") };
  };
  for (let i = 0; i < warmup; i++) await once();
  const times: number[] = [];
  let failures = 0;
  let status = 200;
  let bytes = 0;
  let location: string | null = null;
  for (let i = 0; i < n; i++) {
    const r = await once();
    times.push(r.ms);
    bytes = r.bytes;
    if (r.status !== 200) {
      failures++;
      status = r.status;
      location = r.location;
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times[times.length - 1] ?? NaN, failures, status, bytes, location };
}

/** What the browser downloads for a page: the HTML document (uncompressed and as gzip on the wire) and the RSC payload of a client-side navigation to it. */
export type Payload = { html: number; htmlGzip: number; rsc: number | null };

/** Bytes on the wire when the client accepts gzip (fetch would decompress them, so node:http). */
function gzipBytes(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { ...headers, "accept-encoding": "gzip" } }, (res) => {
        let n = 0;
        res.on("data", (chunk: Buffer) => (n += chunk.length));
        res.on("end", () => resolve(res.statusCode === 200 ? n : NaN));
      })
      .on("error", reject);
  });
}

export async function measurePayload(baseUrl: string, path: string, cookie: string): Promise<Payload> {
  const headers = { cookie, "x-forwarded-for": BENCH_ADDRESS, "accept-language": "de" };
  const html = await fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
  const htmlBytes = (await html.arrayBuffer()).byteLength;
  // A client-side navigation (router.replace on a filter change) asks for the page's RSC payload.
  // Without the router's state tree this is the whole tree, layout included (an upper bound); Next
  // first redirects to the address with its cache-busting `_rsc` parameter.
  const rsc = await fetch(`${baseUrl}${path}`, { headers: { ...headers, rsc: "1" }, redirect: "follow" });
  const rscBytes = (await rsc.arrayBuffer()).byteLength;
  const isFlight = rsc.ok && (rsc.headers.get("content-type") ?? "").includes("text/x-component");
  return { html: html.ok ? htmlBytes : NaN, htmlGzip: await gzipBytes(`${baseUrl}${path}`, headers), rsc: isFlight ? rscBytes : null };
}
