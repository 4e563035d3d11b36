// The app's connection to Redis (REDIS_URL), for what several instances must share beyond the
// database: the public data cache's generation (lib/public/cache.ts). Next's page cache talks to
// Redis through its own handler (lib/cache/next-cache-handler.mjs). Redis is optional: without
// REDIS_URL every function here answers `undefined` and each process keeps its own caches.
//
// The official client (@redis/client, node-redis: maintained by Redis, and the client the cache
// handler library supports). Commands are never queued while Redis is unreachable
// (disableOfflineQueue) and each waits at most COMMAND_TIMEOUT_MS: a cache must not hold up a page,
// so callers treat an error as "unknown" and read the database instead.
import { createClient } from "@redis/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { redisClientOptions } from "./client-options.mjs";

function newClient(url: string) {
  return createClient(redisClientOptions(url));
}
type Client = ReturnType<typeof newClient>;
type State = { url: string; client: Client; ready: Promise<void>; waited: boolean; lastWarning: number };

export const COMMAND_TIMEOUT_MS = 500;
const WARN_EVERY_MS = 60_000;

// One connection per process, shared by every bundle of this module (pages, actions, route handlers).
const KEY = Symbol.for("masterplan-monitor.redis");
const slot = globalThis as unknown as Record<symbol, State | undefined>;

function warn(state: State, msg: string, error: unknown) {
  const now = Date.now();
  if (now - state.lastWarning < WARN_EVERY_MS) return;
  state.lastWarning = now;
  log.warn(msg, { error: error instanceof Error ? error.message : String(error) });
}

function connect(url: string): State {
  const client = newClient(url);
  const state: State = { url, client, ready: Promise.resolve(), waited: false, lastWarning: 0 };
  // Without a listener an 'error' event would end the process; reconnecting is the client's job.
  client.on("error", (e: unknown) => warn(state, "redis: connection problem (caches fall back to the database)", e));
  state.ready = client.connect().then(
    () => undefined,
    (e: unknown) => warn(state, "redis: cannot connect (caches fall back to the database)", e),
  );
  return state;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`redis: no answer within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs `command` on the shared connection: `undefined` when no REDIS_URL is configured; throws when
 * Redis is configured but does not answer in time (the caller decides what "unknown" means).
 */
export async function withRedis<T>(command: (client: Client) => Promise<T>, url: string | null = env().redisUrl): Promise<T | undefined> {
  if (!url) return undefined;
  let state = slot[KEY];
  if (!state || state.url !== url) {
    if (state) void state.client.destroy();
    state = slot[KEY] = connect(url);
  }
  // The first command waits for the connection (briefly); later ones never wait for a Redis that
  // is away: they fail at once while the client reconnects in the background.
  if (!state.waited) {
    state.waited = true;
    await withTimeout(state.ready).catch(() => undefined);
  }
  if (!state.client.isReady) throw new Error("redis: not connected");
  try {
    return await withTimeout(command(state.client));
  } catch (e) {
    warn(state, "redis: command failed (caches fall back to the database)", e);
    throw e;
  }
}

/** Closes the connection (tests, shutdown). */
export async function closeRedis(): Promise<void> {
  const state = slot[KEY];
  slot[KEY] = undefined;
  if (!state?.client.isOpen) return;
  // A connection still trying to reach Redis would wait for it before quitting: end it at once.
  if (!state.client.isReady) return state.client.destroy();
  await state.client.quit().catch(() => state.client.destroy());
}
