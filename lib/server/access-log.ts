// One access-log line and the HTTP metrics per request, taken by the custom server (serve.ts) when
// the answer is complete or the connection is gone: method, route pattern, path without query,
// status, duration, bytes sent, request id and the client's address as decided from the trusted
// proxies (lib/auth/client-address.ts). No query string (it may carry a search or a code), no
// headers, no cookies; the one route with a secret in its path (/reset-password/[token]) logs its
// pattern only. Health probes and metric scrapes log at debug level: they come every few seconds.
import type http from "node:http";
import { log } from "@/lib/log";
import { metrics } from "@/lib/metrics/registry";

/** Routes whose address carries a secret: the path is replaced by the pattern. */
const SECRET_PATHS = /\[token\]/;
/** Probes and scrapes: debug level in the access log (the metrics count them as any request). */
const PROBES = new Set(["/api/health", "/api/health/live", "/api/health/ready", "/api/metrics"]);
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** The status logged when the client closed the connection before the answer was complete (nginx's convention). */
export const CLIENT_CLOSED = 499;

export type Observed = {
  method: string;
  route: string;
  path: string;
  status: number;
  ms: number;
  bytes: number;
  requestId: string;
  client: string;
};

/** Counts the bytes of the body written to `res` (after compression, which wraps these methods later). */
function countBytes(res: http.ServerResponse): () => number {
  let bytes = 0;
  const size = (chunk: unknown, encoding: unknown) =>
    chunk == null || typeof chunk === "function" ? 0 : typeof chunk === "string" ? Buffer.byteLength(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : (chunk as Uint8Array).byteLength ?? 0;
  const write = res.write;
  const end = res.end;
  res.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    bytes += size(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;
  res.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    bytes += size(chunk, rest[0]);
    return (end as (...a: unknown[]) => http.ServerResponse).call(this, chunk, ...rest);
  } as typeof res.end;
  return () => bytes;
}

/**
 * Watches one request: when its answer is complete (or the connection is gone), records the
 * metrics and, when `accessLog`, writes the access-log line. `route()` is asked then, so a refusal
 * decided later can still name its own label.
 */
export function observe(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  opts: { route: () => string; path: string; requestId: string; client: () => string; accessLog: boolean; onDone?: (o: Observed) => void },
): void {
  const started = process.hrtime.bigint();
  const bytes = countBytes(res);
  const m = metrics();
  m.httpInFlight.inc();
  res.once("close", () => {
    m.httpInFlight.dec();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const status = res.writableFinished ? res.statusCode : CLIENT_CLOSED;
    const method = METHODS.has(req.method ?? "") ? req.method! : "other";
    const route = opts.route();
    const labels = { method, route, status_class: `${Math.floor(status / 100)}xx` };
    m.httpRequests.inc(labels);
    m.httpDuration.observe(labels, seconds);
    const observed: Observed = {
      method,
      route,
      path: SECRET_PATHS.test(route) ? route : opts.path,
      status,
      ms: Math.round(seconds * 10_000) / 10,
      bytes: bytes(),
      requestId: opts.requestId,
      client: opts.client(),
    };
    opts.onDone?.(observed);
    if (!opts.accessLog) return;
    if (PROBES.has(route)) log.debug("request", observed);
    else log.info("request", observed);
  });
}
