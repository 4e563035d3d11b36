// The citizens' site reads published data through this cache, so an unchanged page costs no
// database work. Every successful change (the action builder calls `invalidatePublicCache` after
// its transaction commits) empties the cache, so a report approved a moment ago is on the public
// page in the very next request. Entries are kept per database handle (tests use many) and the
// number of keys is bounded (filter and search parameters make keys), least recently used first out.
//
// The cache lives in this process. Several app instances behind a load balancer each keep their
// own and only learn of a change made through another instance when their entry is evicted or
// after MAX_AGE_MS; see docs/performance.md.
import type { Db } from "@/lib/db/client";

const MAX_ENTRIES = 500;
/** A safety net for changes that bypass the action builder (seed scripts, SQL by hand). */
const MAX_AGE_MS = 10 * 60 * 1000;

type Entry = { at: number; value: Promise<unknown> };
type State = { caches: WeakMap<object, Map<string, Entry>>; hits: number; misses: number };

// One state per process, on globalThis: Next bundles pages, server actions and route handlers
// separately, each with its own copy of this module, and an approval made through a server action
// must empty the cache the feed's route handler reads too.
const KEY = Symbol.for("masterplan-monitor.public-cache");
const state: State = ((globalThis as unknown as Record<symbol, State | undefined>)[KEY] ??= {
  caches: new WeakMap(),
  hits: 0,
  misses: 0,
});

/** The loader's result for `key`, loaded at most once until the next change. */
export function cachedPublic<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  let cache = state.caches.get(db);
  if (!cache) state.caches.set(db, (cache = new Map()));
  const now = Date.now();
  const entry = cache.get(key);
  if (entry && now - entry.at < MAX_AGE_MS) {
    state.hits++;
    cache.delete(key);
    cache.set(key, entry);
    return entry.value as Promise<T>;
  }
  state.misses++;
  const value = load();
  cache.set(key, { at: now, value });
  // A failed load must not be served from the cache.
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}

/** Forget everything cached; called after every committed change. */
export function invalidatePublicCache(): void {
  state.caches = new WeakMap();
}

/** Counters for tests and the benchmark. */
export function publicCacheStats() {
  return { hits: state.hits, misses: state.misses };
}
