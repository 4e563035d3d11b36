// Results that depend on the data but not on who reads them — the dashboard's figures, the
// portfolio's rows, the roadmap's page — are computed once per state of the database and kept in
// this process until the data changes. Eight people opening the dashboard at 2,000 initiatives
// otherwise aggregate the same 2,000 initiatives eight times (issue 16, item 3).
//
// Which state: the head of the audit log's hash chain (`audit_chain_head.last_seq`, one row). Every
// change is audited — the app's actions, jobs, `npm run import`, changes through another instance —
// and the chain's head moves in the same transaction as the change, at its commit. So an entry is
// reused only while no audited change has committed since it was loaded, and nothing has to
// remember to invalidate anything; several instances need nothing shared (each asks its database).
// A change still running when the head is read moves the head when it commits. A load may see
// newer data than its head (its statements run a moment later), never older. A write that
// bypasses the audit log (SQL by hand) shows after at most MAX_AGE_MS.
// (The database's transaction snapshot would catch even those, but it is the whole cluster's: on a
// PostgreSQL server shared with other databases, their writes would empty this cache all the time.)
//
// What a cached result may not depend on: the viewer (callers check the permission before asking,
// and only results every permitted reader sees alike are cached) and the clock, beyond the city's
// day, which is part of the key; an entry lives at most MAX_AGE_MS, so figures that move with the
// time of day (stale since n days) are at most that late.
//
// lru-cache (isaacs, the most used cache of the npm ecosystem) bounds the entries and, with
// `fetch`, lets concurrent requests for the same key share one load instead of each running it.
import { LRUCache } from "lru-cache";
import { assertCan, type Actor, type Permission } from "@/lib/authz/policy";
import { appNow, cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { metrics } from "@/lib/metrics/registry";

const MAX_ENTRIES = 200;
export const MAX_AGE_MS = 60_000;

type Cache = LRUCache<string, { value: unknown }, () => Promise<unknown>>;
type State = { caches: WeakMap<object, Cache>; newest: WeakMap<object, bigint>; hits: number; misses: number };

// One state per process (Next bundles each page with its own copy of this module).
const KEY = Symbol.for("masterplan-monitor.data-memo");
const state: State = ((globalThis as unknown as Record<symbol, State | undefined>)[KEY] ??= { caches: new WeakMap(), newest: new WeakMap(), hits: 0, misses: 0 });
// (A state made by an older copy of this module has no `newest`.)
state.newest ??= new WeakMap();

function cacheFor(db: Db): Cache {
  let cache = state.caches.get(db);
  if (!cache) {
    cache = new LRUCache<string, { value: unknown }, () => Promise<unknown>>({
      max: MAX_ENTRIES,
      ttl: MAX_AGE_MS,
      fetchMethod: async (_key, _stale, { context: load }) => ({ value: await load() }),
    });
    state.caches.set(db, cache);
  }
  return cache;
}

/** The position of the last committed audit event: moves with every committed change. */
export async function dataVersion(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ v: string }[]>`SELECT last_seq::text AS v FROM audit_chain_head WHERE id = 1`;
  return row?.v ?? "0";
}

/**
 * `load()`'s result for `key` in the current state of the data, loaded at most once per state,
 * city day and MAX_AGE_MS. `key` names the result and every argument it depends on. The viewer's
 * permission is checked here, on every call: a result served from memory skips the checks inside
 * `load`.
 */
export async function memoByData<T>(db: Db, access: { viewer: Actor | null | undefined; permission: Permission }, key: string, load: () => Promise<T>): Promise<T> {
  assertCan(access.viewer, access.permission);
  const cache = cacheFor(db);
  const version = await dataVersion(db);
  dropOlderStates(db, cache, version);
  const full = `${key}\u0000${cityToday(appNow())}\u0000${version}`;
  const hit = cache.has(full);
  if (hit) state.hits++;
  else state.misses++;
  metrics().cacheRequests.inc({ cache: "data", result: hit ? "hit" : "miss" });
  const entry = await cache.fetch(full, { context: load });
  return entry!.value as T;
}

/**
 * Once a newer state of the data is seen, the results of older states are dead (no request asks for
 * them again): drop them at once instead of keeping up to MAX_ENTRIES of them for MAX_AGE_MS. The
 * portfolio's rows at 2,000 initiatives are megabytes, and a busy office commits a change every few
 * seconds. Only a move forward drops: a request that read the head just before a commit comes late.
 * A load still under way is not dropped (lru-cache does not list it); it is, like any result of an
 * older state, at the next move or after MAX_AGE_MS.
 */
function dropOlderStates(db: Db, cache: Cache, version: string): void {
  const v = BigInt(version);
  const newest = state.newest.get(db);
  if (newest !== undefined && v <= newest) return;
  state.newest.set(db, v);
  if (newest === undefined) return;
  const suffix = `\u0000${version}`;
  for (const k of [...cache.keys()]) if (!k.endsWith(suffix)) cache.delete(k);
}

/** Results kept for `db` (tests). */
export function dataMemoEntries(db: Db): number {
  return state.caches.get(db)?.size ?? 0;
}

/** Counters for tests, the benchmark and the metrics. */
export function dataMemoStats() {
  return { hits: state.hits, misses: state.misses };
}
