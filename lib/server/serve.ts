// The app's HTTP server for `npm start`: Next.js's own request handler behind a plain Node server
// (Next's "custom server"), because only the socket knows who is calling. Per request it decides the
// client's address once (lib/auth/client-address.ts) and hands it on in a header no client can
// set. It binds where it is told (HOSTNAME; in demo mode 127.0.0.1 unless HOSTNAME is given, since
// the demo password is public), says "Port 3000 is in use; set PORT" instead of a stack trace, and
// prints "✓ Ready" only once the database is prepared (instrumentation.ts runs inside prepare())
// and the socket listens. On SIGTERM/SIGINT it drains (lib/server/shutdown.ts): no new
// connections, the requests in flight finish within the grace period, then the database closes.
// What happens to a request before Next sees it is in front.ts; while the database is unavailable,
// what would be a 500 is answered 503 there (lib/server/unavailable.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import path from "node:path";
import { CLIENT_ADDRESS_HEADER, deriveClientAddress } from "@/lib/auth/client-address";
import { log, routeConsoleToLog } from "@/lib/log";
import { metrics } from "@/lib/metrics/registry";
import { continueIfWithinLimit, createFrontHandler } from "./front";
import { MAX_HEADER_BYTES } from "./request-target";
import { loadRouteLabeler } from "./route-label";
import { coordinateShutdown } from "./shutdown";

export type ListenOptions = { port: number; hostname: string };

/** Where to listen: PORT (3000) and HOSTNAME; without HOSTNAME all interfaces, or only this machine in demo mode. */
export function listenOptions(source: Record<string, string | undefined>, demoMode: boolean): ListenOptions {
  const port = Number(source.PORT ?? "3000");
  const hostname = source.HOSTNAME?.trim() || (demoMode ? "127.0.0.1" : "0.0.0.0");
  return { port, hostname };
}

export class PortInUseError extends Error {
  constructor(readonly port: number, readonly hostname: string) {
    super(`Port ${port} is in use; set PORT to another port (e.g. PORT=${port + 1} npm start).`);
    this.name = "PortInUseError";
  }
}

/** Replaces any client-sent value of the address header with the one decided from the socket and the trusted proxies. */
export function stampClientAddress(req: http.IncomingMessage, hops: number): void {
  const address = deriveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  req.headers[CLIENT_ADDRESS_HEADER] = address;
}

/** Listens on the port first (so a taken port fails fast, before the app is prepared). */
export function listen(server: http.Server, { port, hostname }: ListenOptions): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      reject(e.code === "EADDRINUSE" ? new PortInUseError(port, hostname) : e);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server.address() as AddressInfo);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, hostname);
  });
}

/** One request to our own health check over the socket we listen on; resolves when it answers 200. */
function warmUp(address: AddressInfo): Promise<void> {
  const host = address.address === "0.0.0.0" ? "127.0.0.1" : address.address === "::" ? "::1" : address.address;
  return new Promise((resolve, reject) => {
    const req = http.get({ host, port: address.port, path: "/api/health", headers: { accept: "application/json" } }, (res) => {
      res.resume();
      res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`the health check answered ${res.statusCode} after start`))));
    });
    req.on("error", reject);
  });
}

export type RunningServer = {
  server: http.Server;
  url: string;
  close: () => Promise<void>;
  /** What SIGTERM does: drain, run the shutdown steps, exit (tests call it with their own `exit`). */
  shutdown: () => Promise<void>;
};

/** Counts `res` as in flight until it has been answered (or its connection is gone). */
export function track(inFlight: Set<http.ServerResponse>, res: http.ServerResponse): void {
  inFlight.add(res);
  res.once("close", () => inFlight.delete(res));
}

/** Default of SHUTDOWN_GRACE_SECONDS: how long requests in flight may take after SIGTERM. */
export const DEFAULT_GRACE_MS = 20_000;

/** How long the server must have had nothing in flight before the drain ends (see drain). */
const SETTLE_MS = 250;

/**
 * Stops accepting connections and waits until the requests in flight have answered, at most
 * `graceMs`; what is still open then is closed. Each answer during the drain ends its connection
 * (Connection: close), so clients reconnect to another instance. Kept-alive connections that are
 * idle are not dropped at once (Node's close() would): the next request may already be on the
 * wire, unread while the process is busy with an export, and dropping it would reset a visitor.
 * They are closed once nothing has been in flight for SETTLE_MS.
 */
export async function drain(server: http.Server, inFlight: Set<http.ServerResponse>, graceMs: number): Promise<void> {
  // Connections the kernel has queued but the (busy) process has not accepted yet would be reset
  // when the listening socket closes: let the event loop accept them first (its poll phase runs
  // before the check phase, where setImmediate resumes).
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
  const closeIdle = server.closeIdleConnections;
  server.closeIdleConnections = () => {};
  server.close();
  server.closeIdleConnections = closeIdle;
  const started = Date.now();
  log.info("shutdown: no new connections; waiting for the requests in flight", { inFlight: inFlight.size, graceSeconds: graceMs / 1000 });
  let quietSince = inFlight.size === 0 ? Date.now() : Infinity;
  while (Date.now() - started < graceMs && Date.now() - quietSince < SETTLE_MS) {
    await new Promise((r) => setTimeout(r, 25));
    if (inFlight.size > 0) quietSince = Infinity;
    else if (quietSince === Infinity) quietSince = Date.now();
  }
  if (inFlight.size > 0) log.warn("shutdown: grace period over; closing the connections still busy", { inFlight: inFlight.size });
  else log.info("shutdown: every request answered", { ms: Date.now() - started });
  server.closeAllConnections();
}

export async function serve(
  opts: ListenOptions & {
    hops: number;
    dir?: string;
    dev?: boolean;
    /** SHUTDOWN_GRACE_SECONDS in ms (DEFAULT_GRACE_MS). */
    graceMs?: number;
    /** Whether SIGTERM/SIGINT end the process through this server (true; tests say false). */
    signals?: boolean;
    /** How the shutdown ends the process (process.exit; tests record it). */
    exit?: (code: number) => void;
    /** METRICS_TOKEN: the bearer token of /api/metrics; null or absent = the endpoint is off. */
    metricsToken?: string | null;
    /** ACCESS_LOG: one log line per request (absent = none). */
    accessLog?: boolean;
  },
): Promise<RunningServer> {
  // Next builds its own URLs for "localhost"; told the bound address (127.0.0.1) it takes the
  // proxy's rewrites (/ → /de) for another host and redirects RSC requests in a loop.
  const app = next({ dev: !!opts.dev, dir: opts.dir ?? process.cwd(), hostname: "localhost", port: opts.port });
  let handle: ReturnType<typeof app.getRequestHandler> | undefined;
  const state: { ready?: Promise<void>; draining: boolean } = { draining: false };
  const inFlight = new Set<http.ServerResponse>();
  // Framework and library output (Next's "⨯ Error …" with its stack) as one JSON line each.
  routeConsoleToLog();
  const handler = createFrontHandler({
    inFlight,
    hops: opts.hops,
    dev: !!opts.dev,
    labeler: loadRouteLabeler(path.join(opts.dir ?? process.cwd(), ".next")),
    metricsToken: opts.metricsToken ?? null,
    accessLog: opts.accessLog ?? false,
    draining: () => state.draining,
    next: (req, res) => (handle ? handle(req, res) : state.ready!.then(() => handle!(req, res))),
  });
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, handler);
  server.on("checkContinue", continueIfWithinLimit(handler));
  // What Node's parser refuses itself (headers over MAX_HEADER_BYTES, a malformed request) gets its
  // 4xx as before, now with a log line.
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    if (err.code === "ECONNRESET" || !socket.writable) return socket.destroy();
    const status = err.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    metrics().httpRefusals.inc({ status: String(status) });
    log.warn("request refused by the HTTP parser", { status, code: err.code });
  });
  // Keep-alive longer than a typical proxy's idle timeout, so the proxy closes first (no reset races).
  server.keepAliveTimeout = 65_000;
  const address = await listen(server, opts);
  const shutdown = coordinateShutdown(
    async () => {
      state.draining = true;
      await drain(server, inFlight, opts.graceMs ?? DEFAULT_GRACE_MS);
    },
    { exit: opts.exit, signals: opts.signals !== false },
  );
  const ready = app.prepare().then(() => {
    handle = app.getRequestHandler();
  });
  state.ready = ready;
  ready.catch(() => {}); // awaited below; requests waiting on it answer 500
  await ready;
  // Next runs instrumentation.ts (database preparation, jobs) on the first request, not in
  // prepare(): ask for the health check once, so "ready" means the database answers.
  await warmUp(address);
  const host = opts.hostname === "0.0.0.0" || opts.hostname === "::" ? "localhost" : opts.hostname;
  return {
    server,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    shutdown,
  };
}
