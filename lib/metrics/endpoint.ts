// GET /api/metrics for Prometheus, answered by the custom server (lib/server/serve.ts) before Next.js:
// the figures are about the running process, not public data. With METRICS_TOKEN set, only a
// request with `Authorization: Bearer <METRICS_TOKEN>` gets them (401 otherwise); without it the
// endpoint is off (404). No "loopback only" mode: behind a reverse proxy on the same machine every
// visitor arrives from 127.0.0.1, so a forgotten TRUSTED_PROXY_HOPS would publish the metrics.
// In a cluster worker (WEB_CONCURRENCY) the answer is the whole server's, gathered by the primary
// (lib/metrics/cluster.ts); 503 when it cannot be.
import cluster from "node:cluster";
import crypto from "node:crypto";
import type http from "node:http";
import { log } from "@/lib/log";
import { ClusterMetricsUnavailable, metricsFromPrimary } from "./cluster";
import { metrics } from "./registry";

export const METRICS_PATH = "/api/metrics";

function digest(value: string): Buffer {
  return crypto.createHash("sha256").update(value).digest();
}

/** Whether the Authorization header carries `token` (compared in constant time). */
export function authorized(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return !!match && crypto.timingSafeEqual(digest(match[1]!), digest(token));
}

function problem(res: http.ServerResponse, status: number, code: string, message: string, requestId: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ error: { code, message }, requestId });
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-store", "X-Request-Id": requestId, ...headers });
  res.end(body);
}

/** Answers a request for METRICS_PATH. `token` is METRICS_TOKEN (null: the endpoint is off). */
export async function answerMetrics(req: http.IncomingMessage, res: http.ServerResponse, token: string | null, requestId: string): Promise<void> {
  if (!token) return problem(res, 404, "NOT_FOUND", "Not found.", requestId);
  if (req.method !== "GET" && req.method !== "HEAD") return problem(res, 405, "VALIDATION", "Use GET.", requestId, { Allow: "GET, HEAD" });
  if (!authorized(req.headers.authorization, token)) {
    return problem(res, 401, "UNAUTHENTICATED", "A bearer token is required.", requestId, { "WWW-Authenticate": 'Bearer realm="metrics"' });
  }
  const { registry } = metrics();
  let body: string;
  try {
    body = cluster.isWorker ? await metricsFromPrimary() : await registry.metrics();
  } catch (e) {
    if (!(e instanceof ClusterMetricsUnavailable)) throw e;
    log.warn("metrics: the server's processes could not be gathered", { reason: e.message, requestId });
    return problem(res, 503, "UNAVAILABLE", `The metrics of all server processes could not be gathered: ${e.message}. Try again.`, requestId, { "Retry-After": "5" });
  }
  res.writeHead(200, { "Content-Type": registry.contentType, "Cache-Control": "no-store", "X-Request-Id": requestId, "X-Content-Type-Options": "nosniff" });
  res.end(req.method === "HEAD" ? undefined : body);
}
