// The one set of connection options for every Redis client of the app: the app's own connection
// (lib/redis/client.ts) and Next's page cache handler (lib/cache/next-cache-handler.mjs), which Next
// loads outside the app's bundles and therefore cannot import TypeScript. Commands are never queued
// while Redis is unreachable and reconnects back off to 5 s, so a cache never holds up a page.

/** @param {string} url */
export function redisClientOptions(url) {
  return {
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (/** @type {number} */ retries) => Math.min(200 * (retries + 1), 5000) },
  };
}
