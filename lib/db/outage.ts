// "The database cannot be reached right now", told apart from every other failure in one place,
// and what this process knows about it. During an outage (PostgreSQL stopped, restarting, a
// failover, the network gone) nothing is wrong with the request: users get 503 "temporarily
// unavailable" with Retry-After, never a 500 and never the sign-in page (issue 17).
//
// `isDatabaseUnavailable` classifies an error from Prisma, the pg driver or its adapter.
// `noteDatabaseUnavailable` records that the database was found down; from then on the process
// checks it once a second (SELECT 1) and clears the mark as soon as it answers, so recovery does
// not wait for a request or a probe. The app's server (lib/server/serve.ts) turns any 5xx it
// answers while the mark is set into the 503 page. The state lives on globalThis: Next bundles
// the app apart from the server's own modules (as lib/server/shutdown.ts does).

import { UNAVAILABLE_DIGEST } from "@/lib/errors/digest";

/** What clients are told to wait before trying again (Retry-After, seconds). */
export const RETRY_AFTER_SECONDS = 5;
/** How often the process checks a database it found down. */
const RECHECK_MS = 1_000;

/**
 * Prisma's codes for "cannot reach / lost the server": P1001 can't reach, P1002 timed out,
 * P1008 operation timed out, P1017 server closed the connection, P2024 timed out waiting for a
 * connection from the pool.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** @prisma/adapter-pg's kinds for socket errors and a full server. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/**
 * PostgreSQL's SQLSTATEs: class 08 (connection exception), 57P01 admin shutdown, 57P02 crash
 * shutdown, 57P03 cannot connect now (starting up, shutting down, in recovery), 53300 too many
 * connections.
 */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
/** Node's socket errors on the way to the server. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
/** node-postgres' own errors without a code (pool timeout, connection lost mid-query). */
const PG_MESSAGES = [
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
  "Can't reach database server",
];

/** The errors a failure is made of: itself, its causes and the adapter error Prisma wraps. */
function* layers(e: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (!e || typeof e !== "object" || depth > 6) return;
  const layer = e as Record<string, unknown>;
  yield layer;
  const meta = layer.meta as Record<string, unknown> | undefined;
  if (meta?.driverAdapterError) yield* layers(meta.driverAdapterError, depth + 1);
  if (layer.cause) yield* layers(layer.cause, depth + 1);
}

/** Whether `e` says the database cannot be reached now (rather than that the request is wrong). */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (const layer of layers(e)) {
    if (layer.digest === UNAVAILABLE_DIGEST) return true; // already classified (AppError UNAVAILABLE)
    const code = typeof layer.code === "string" ? layer.code : undefined;
    const originalCode = typeof layer.originalCode === "string" ? layer.originalCode : undefined;
    const errorCode = typeof layer.errorCode === "string" ? layer.errorCode : undefined; // PrismaClientInitializationError
    if (code && (PRISMA_CODES.has(code) || SQLSTATE.test(code) || SOCKET_CODES.has(code))) return true;
    if (originalCode && SQLSTATE.test(originalCode)) return true;
    if (errorCode && PRISMA_CODES.has(errorCode)) return true;
    if (typeof layer.kind === "string" && ADAPTER_KINDS.has(layer.kind)) return true;
    const message = typeof layer.message === "string" ? layer.message : "";
    if (PG_MESSAGES.some((m) => message.includes(m))) return true;
  }
  return false;
}

type State = { since: number | null; checking: boolean };
const KEY = Symbol.for("masterplan-monitor.database-outage");
const slot = globalThis as unknown as Record<symbol, State | undefined>;
const state = (): State => (slot[KEY] ??= { since: null, checking: false });

/** Whether this process last found the database down (and has not seen it answer since). */
export function isDatabaseDown(): boolean {
  return state().since !== null;
}

/** Records that the database was found down, and starts checking it once a second until it answers. */
export function noteDatabaseUnavailable(): void {
  const s = state();
  if (s.since === null) {
    s.since = Date.now();
    void import("@/lib/log").then(({ log }) => log.warn("database unavailable: answering 503 until it is back"));
  }
  if (s.checking) return;
  s.checking = true;
  const recheck = async () => {
    try {
      const { db } = await import("./client");
      await (await db()).$queryRaw`SELECT 1`;
      noteDatabaseAvailable();
      s.checking = false;
    } catch {
      setTimeout(() => void recheck(), RECHECK_MS).unref();
    }
  };
  setTimeout(() => void recheck(), RECHECK_MS).unref();
}

/** Records that the database answered (the readiness check, the recheck above). */
export function noteDatabaseAvailable(): void {
  const s = state();
  if (s.since === null) return;
  const downMs = Date.now() - s.since;
  s.since = null;
  void import("@/lib/log").then(({ log }) => log.info("database available again", { unavailableMs: downMs }));
}

/** Classifies `e`: true (and noted) when the database is unavailable. */
export function noteIfDatabaseUnavailable(e: unknown): boolean {
  if (!isDatabaseUnavailable(e)) return false;
  noteDatabaseUnavailable();
  return true;
}
