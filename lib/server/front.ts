// What the app's server (serve.ts) does with each request before Next.js sees it: decides the
// request id and the client's address, refuses a bad address (request-target.ts) or an oversized
// body (body-limit.ts), answers /api/metrics (lib/metrics/endpoint.ts), puts the public pages'
// hash policy in place (hash-csp.ts), and times the request for the metrics and the access log
// (access-log.ts) under its route pattern (route-label.ts).
import type http from "node:http";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { isDatabaseDown } from "@/lib/db/outage";
import { publicRouteFor } from "@/lib/i18n/config";
import { log } from "@/lib/log";
import { answerMetrics, METRICS_PATH } from "@/lib/metrics/endpoint";
import { metrics } from "@/lib/metrics/registry";
import { requestIdFrom } from "@/lib/security/headers";
import { observe, type Observed } from "./access-log";
import { bodyLimitFor, capStreamedBody, declaredOver, formatBytes, lingerAfterRefusal, type BodyLimit } from "./body-limit";
import { applyHashCsp, takeAcceptEncoding } from "./hash-csp";
import { checkRequestTarget, refuse } from "./request-target";
import { LABELS, type RouteLabeler } from "./route-label";
import { stampClientAddress, track } from "./serve";
import { answerUnavailableInsteadOf500 } from "./unavailable";

export type FrontOptions = {
  inFlight: Set<http.ServerResponse>;
  /** TRUSTED_PROXY_HOPS. */
  hops: number;
  /** next dev: no hash policy (the pages carry a nonce). */
  dev: boolean;
  labeler: RouteLabeler;
  /** METRICS_TOKEN; null: /api/metrics is off. */
  metricsToken: string | null;
  /** ACCESS_LOG. */
  accessLog: boolean;
  draining: () => boolean;
  /** Next.js's request handler (tests pass their own stand-in). */
  next: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<unknown>;
  /** Tests: each request's access-log record. */
  onDone?: (o: Observed) => void;
};

/** An error outside Next's handler (it failed to start, or threw past its own error handling). */
function failOutside(res: http.ServerResponse, e: unknown): void {
  if (!res.headersSent) {
    res.statusCode = 500;
    res.end();
  }
  log.error("request failed outside the app", { error: e });
}

type Incoming = { req: http.IncomingMessage; res: http.ServerResponse; target: string; pathname: string; requestId: string };

/**
 * 413 in the route's format (request-target.ts), with a log line. `declared` is the Content-Length
 * (refused before a byte is read) or null for a chunked body found too long while it arrived: then
 * Next.js may already be reading it, and whatever it still does with the request (it sees the body
 * end early) no longer reaches the client; the connection closes after the 413.
 */
function refuseBody({ req, res, target, pathname, requestId }: Incoming, limit: BodyLimit, declared: number | null): void {
  const reason = `body larger than ${formatBytes(limit.bytes)}`;
  metrics().httpRefusals.inc({ status: "413" });
  log.warn("request refused", { status: 413, reason, limit: limit.name, declaredBytes: declared ?? undefined, method: req.method, path: pathname.slice(0, 512), requestId });
  res.on("error", () => {});
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  lingerAfterRefusal(req.socket);
  refuse(target, res, { status: 413, reason }, requestId);
  if (declared === null) {
    for (const method of ["setHeader", "appendHeader", "removeHeader", "writeHead", "flushHeaders", "write", "end"] as const) {
      (res as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
        callback?.();
        return method === "write" ? true : res;
      };
    }
  }
}

/**
 * For the server's `checkContinue` event: a client that asks before sending its body (Expect:
 * 100-continue) is told to go on only when the body's declared size is within its limit; otherwise
 * the handler answers 413 and the body is never sent.
 */
export function continueIfWithinLimit(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const pathname = (req.url ?? "/").split("?", 1)[0]!;
    if (!declaredOver(req.headers, bodyLimitFor(req.method, pathname, req.headers).bytes)) res.writeContinue();
    handler(req, res);
  };
}

/** The server's request listener. */
export function createFrontHandler(opts: FrontOptions): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  metrics();
  return (req, res) => {
    track(opts.inFlight, res);
    const target = req.url ?? "/";
    // The path as sent, without parsing it as a URL: a malformed target must not throw here, outside Next.
    const pathname = target.split("?", 1)[0]!;
    // One request id end to end: proxy.ts keeps a valid one, so the app's log lines and this
    // server's access-log line carry the same.
    const requestId = requestIdFrom(req.headers["x-request-id"] as string | undefined);
    req.headers["x-request-id"] = requestId;
    stampClientAddress(req, opts.hops);
    let route: string | undefined;
    observe(req, res, {
      route: () => (route ??= opts.labeler(pathname)),
      path: pathname.slice(0, 512),
      requestId,
      client: () => String(req.headers[CLIENT_ADDRESS_HEADER]),
      accessLog: opts.accessLog,
      onDone: opts.onDone,
    });
    // An address Next would choke on (invalid UTF-8) or that is too long: a clear 4xx and a log line.
    const refusal = checkRequestTarget(target);
    if (refusal) {
      route = LABELS.refused;
      refuse(target, res, refusal, requestId);
      metrics().httpRefusals.inc({ status: String(refusal.status) });
      log.warn("request refused", { status: refusal.status, reason: refusal.reason, method: req.method, requestId });
      return;
    }
    // Draining: this answer ends its connection, so the client's next request opens a new one elsewhere.
    if (opts.draining()) res.setHeader("Connection", "close");
    if (pathname === METRICS_PATH) {
      answerMetrics(req, res, opts.metricsToken, requestId).catch((e: unknown) => failOutside(res, e));
      return;
    }
    // A body over its limit is refused before anything reads it (body-limit.ts).
    const incoming = { req, res, target, pathname, requestId };
    const limit = bodyLimitFor(req.method, pathname, req.headers);
    if (declaredOver(req.headers, limit.bytes)) return refuseBody(incoming, limit, Number(req.headers["content-length"]));
    capStreamedBody(req, limit.bytes, () => refuseBody(incoming, limit, null));
    // A 500 while the database is unavailable becomes 503 "temporarily unavailable" (unavailable.ts).
    answerUnavailableInsteadOf500(req, res, isDatabaseDown);
    // The public site's pages: complete HTML gets its hash policy, then compression (hash-csp.ts).
    if (!opts.dev && publicRouteFor(pathname).action !== "none") applyHashCsp(res, takeAcceptEncoding(req), req.headers["if-none-match"]);
    opts.next(req, res).catch((e: unknown) => failOutside(res, e));
  };
}
