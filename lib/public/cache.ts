// The citizens' site reads published data through this cache, so an unchanged page costs no
// database work. Every successful change (the action builder calls `invalidatePublicCache` after
// its transaction commits, see lib/public/revalidate.ts) empties the cache, so a report approved a
// moment ago is on the public page in the very next request. Entries are kept per database handle
// (tests use many) and the number of keys is bounded (filter and search parameters make keys),
// least recently used first out.
//
// Several instances (REDIS_URL): a change through one must empty the others' caches too. A change
// increments a generation number in Redis; every read compares it with the one this process last
// saw and starts afresh when it moved. One GET per read (well under a millisecond), so another
// instance is current on its very next request. When Redis does not answer, nobody can tell what
// changed: the read goes to the database, and the local entries are dropped. Without REDIS_URL
// the cache is this process's own, as before; see docs/performance.md.
import type { Db } from "@/lib/db/client";
import { metrics } from "@/lib/metrics/registry";
import { withRedis } from "@/lib/redis/client";

const MAX_ENTRIES = 500;
/** A safety net for changes that bypass the action builder (seed scripts, SQL by hand). */
const MAX_AGE_MS = 10 * 60 * 1000;

type Entry = { at: number; value: Promise<unknown> };
type State = { caches: WeakMap<object, Map<string, Entry>>; hits: number; misses: number; generation?: string | null };

/** The shared generation's key in Redis. */
export const GENERATION_KEY = "mm:public-cache:generation";

// One state per process, on globalThis: Next bundles pages, server actions and route handlers
// separately, each with its own copy of this module, and an approval made through a server action
// must empty the cache the feed's route handler reads too.
const KEY = Symbol.for("masterplan-monitor.public-cache");
const state: State = ((globalThis as unknown as Record<symbol, State | undefined>)[KEY] ??= {
  caches: new WeakMap(),
  hits: 0,
  misses: 0,
});

/**
 * Whether this process's entries may be used: with Redis, only while the shared generation is the
 * one they were loaded under (a moved one empties them); without Redis, always.
 */
async function entriesCurrent(): Promise<boolean> {
  let shared: string | null | undefined;
  try {
    shared = await withRedis((client) => client.get(GENERATION_KEY));
  } catch {
    state.caches = new WeakMap();
    state.generation = undefined;
    return false;
  }
  if (shared === undefined) return true;
  if (shared !== state.generation) {
    state.caches = new WeakMap();
    state.generation = shared;
  }
  return true;
}

function count(result: "hit" | "miss"): void {
  if (result === "hit") state.hits++;
  else state.misses++;
  metrics().cacheRequests.inc({ cache: "public", result });
}

/** The loader's result for `key`, loaded at most once until the next change. */
export async function cachedPublic<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  if (!(await entriesCurrent())) {
    count("miss");
    return load();
  }
  let cache = state.caches.get(db);
  if (!cache) state.caches.set(db, (cache = new Map()));
  const now = Date.now();
  const entry = cache.get(key);
  if (entry && now - entry.at < MAX_AGE_MS) {
    count("hit");
    cache.delete(key);
    cache.set(key, entry);
    return entry.value as Promise<T>;
  }
  count("miss");
  const value = load();
  cache.set(key, { at: now, value });
  // A failed load must not be served from the cache.
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}

/**
 * Forget everything cached; called after every committed change. With Redis the other instances
 * forget theirs on their next read (the local entries are gone at once, before the first await).
 */
export async function invalidatePublicCache(): Promise<void> {
  state.caches = new WeakMap();
  try {
    const generation = await withRedis((client) => client.incr(GENERATION_KEY));
    if (generation !== undefined) state.generation = String(generation);
  } catch {
    // Redis is unreachable: every instance reads the database until it answers again (entriesCurrent).
  }
}

/** Counters for tests and the benchmark. */
export function publicCacheStats() {
  return { hits: state.hits, misses: state.misses };
}
