// Next's page cache (ISR: the citizens' pages); next.config.js sets this file as `cacheHandler` for
// every server. Without REDIS_URL the pages stay in this process's memory (never in the build
// directory, which another server started from the same build with another database would read).
// With REDIS_URL they live in Redis, for several instances behind one address: a page rendered by one
// instance is served by all, and a revalidation (lib/public/revalidate.ts, after every committed
// change) marks it stale for all at once: the library keeps the tags' revalidation times in Redis.
//
// The library is @fortedigital/nextjs-cache-handler (maintained, the successor of
// @neshca/cache-handler, supports Next 16's ISR and revalidatePath/revalidateTag) with its
// redis-strings handler on the official node-redis client. Plain JavaScript: Next loads this file
// at run time, outside its bundles.
//
// Redis unreachable at start: the process keeps its cache in memory (the library's LRU handler) and
// says so; it is then one instance's cache, as without REDIS_URL. Redis failing later: a read counts
// as a miss (the page is rendered afresh), a write is lost; nothing waits longer than TIMEOUT_MS.
import { createClient } from "@redis/client";
import { redisClientOptions } from "../redis/client-options.mjs";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";

const TIMEOUT_MS = 1000;
/** The pages kept in memory without Redis, in bytes of their JSON (Next's own memory cache holds 50 MB). */
const MEMORY_BYTES = 50 * 1024 * 1024;
// One configuration per process, whichever bundle asks (the handler is created per server context).
const KEY = Symbol.for("masterplan-monitor.next-cache-handler");

/** Counts a page-cache look-up in the process's metrics (lib/metrics/registry.ts), once the server has made them. */
function count(result) {
  globalThis[Symbol.for("masterplan-monitor.metrics")]?.cacheRequests.inc({ cache: "page", result });
}

/** How long a render may take at most (Next's own limit for generating a page is 60 s). */
export const RENDER_LIMIT_MS = 60_000;

/**
 * The handler with its look-ups counted as hits and misses, and each page dated by when its render
 * began rather than when it was stored.
 *
 * Why: a change is committed and revalidates the pages (lib/public/revalidate.ts) while a render of
 * a page may already be under way with the data read before the change (a prefetch of "/" from the
 * app's header, a citizen's request). The library dates an entry by the moment Next stores it,
 * after the revalidation, so that page would count as fresh and show the old data until its
 * `revalidate` time ran out. Next looks a page up before it renders it (a miss, or an entry past its
 * time that it renders again in the background): that look-up is the render's start. The entry is
 * stored with that time, so a revalidation during the render makes it stale at once and the next
 * request renders it again.
 */
export function counted(handler, now = Date.now) {
  /** Per key, when the render that will store it may have begun (its look-up). */
  const started = new Map();
  const begin = (key) => {
    const at = started.get(key);
    if (at === undefined || now() - at > RENDER_LIMIT_MS) started.set(key, now());
  };
  return {
    ...handler,
    async get(key, context) {
      let entry = null;
      try {
        entry = await handler.get(key, context);
        return entry;
      } finally {
        count(entry ? "hit" : "miss");
        // A miss is rendered now; an entry past its time is rendered again in the background.
        const staleAt = entry?.lifespan?.staleAt;
        if (!entry || (staleAt !== undefined && staleAt * 1000 <= now())) begin(key);
      }
    },
    async set(key, value, context) {
      const at = started.get(key);
      started.delete(key);
      const dated = at !== undefined && now() - at <= RENDER_LIMIT_MS && at < value.lastModified ? { ...value, lastModified: at } : value;
      return handler.set(key, dated, context);
    },
  };
}

function warn(msg, error) {
  process.stderr.write(`${JSON.stringify({ level: "warn", at: new Date().toISOString(), msg, error: error instanceof Error ? error.message : String(error ?? "") })}\n`);
}

async function configure(buildId) {
  // Without Redis: this process's own pages, at most MEMORY_BYTES of them (as Next's own memory cache).
  if (!process.env.REDIS_URL) return { handlers: [counted(createLruHandler({ maxItemSizeBytes: MEMORY_BYTES }))] };
  const client = createClient(redisClientOptions(process.env.REDIS_URL));
  let lastWarning = 0;
  client.on("error", (e) => {
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    warn("page cache: Redis connection problem (pages are rendered afresh meanwhile)", e);
  });
  try {
    await client.connect();
  } catch (e) {
    warn("page cache: Redis unreachable at start; this instance keeps its own page cache in memory", e);
    await client.destroy();
    return { handlers: [counted(createLruHandler({ maxItemSizeBytes: MEMORY_BYTES }))] };
  }
  return {
    // Entries of one build only: another build's pages (another deployment) are never served.
    handlers: [counted(createRedisHandler({ client, keyPrefix: `mm:page:${buildId ?? "dev"}:`, timeoutMs: TIMEOUT_MS }))],
  };
}

CacheHandler.onCreation(({ buildId }) => (globalThis[KEY] ??= configure(buildId)));

export default CacheHandler;
