// Next's page cache (ISR: the citizens' pages) in Redis, for several instances behind one address
// (REDIS_URL; next.config.js sets this file as `cacheHandler` only then, or with PAGE_CACHE=memory,
// which keeps the pages in the process's memory instead of the build directory). A page rendered by one
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
// One configuration per process, whichever bundle asks (the handler is created per server context).
const KEY = Symbol.for("masterplan-monitor.next-cache-handler");

/** Counts a page-cache look-up in the process's metrics (lib/metrics/registry.ts), once the server has made them. */
function count(result) {
  globalThis[Symbol.for("masterplan-monitor.metrics")]?.cacheRequests.inc({ cache: "page", result });
}

/** The handler with its look-ups counted as hits and misses. */
function counted(handler) {
  return {
    ...handler,
    async get(key, context) {
      let entry = null;
      try {
        entry = await handler.get(key, context);
        return entry;
      } finally {
        count(entry ? "hit" : "miss");
      }
    },
  };
}

function warn(msg, error) {
  process.stderr.write(`${JSON.stringify({ level: "warn", at: new Date().toISOString(), msg, error: error instanceof Error ? error.message : String(error ?? "") })}\n`);
}

async function configure(buildId) {
  // PAGE_CACHE=memory: this process's own pages, never written into the build directory, which
  // another server started from the same build (with another database) would read.
  if (!process.env.REDIS_URL) return { handlers: [counted(createLruHandler())] };
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
    return { handlers: [counted(createLruHandler())] };
  }
  return {
    // Entries of one build only: another build's pages (another deployment) are never served.
    handlers: [counted(createRedisHandler({ client, keyPrefix: `mm:page:${buildId ?? "dev"}:`, timeoutMs: TIMEOUT_MS }))],
  };
}

CacheHandler.onCreation(({ buildId }) => (globalThis[KEY] ??= configure(buildId)));

export default CacheHandler;
