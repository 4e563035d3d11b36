// @ts-check
const { PHASE_PRODUCTION_BUILD } = require("next/constants");
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The custom server sets ETags (and answers If-None-Match) for the public pages from the digest
  // it takes anyway (lib/server/hash-csp.ts); Next's own hashed each cached page in JavaScript.
  generateEtags: false,
  // `npm test` type-checks the whole project with tsc right after its build (scripts/test-all.mjs,
  // the build's route types in .next/types included), so that build skips Next's second pass of
  // the same check. Every other build checks the types as usual.
  typescript: { ignoreBuildErrors: process.env.MM_BUILD_TYPECHECKED_BY_TSC === "1" },
  experimental: {
    // Two root layouts (the citizens' site by URL language, the app by cookie): an address that no
    // route matches gets app/global-not-found.tsx.
    globalNotFound: true,
    // The import (/app/admin/import) sends its file (at most 10 MB) base64-encoded to a server
    // action: 10 MB become 13.4 MB. The app's server refuses larger bodies before Next reads them,
    // and every other server action's body above 1 MB (lib/server/body-limit.ts); this is the
    // second line, for `next start` without it.
    serverActions: { bodySizeLimit: "14mb" },
    // The proxy (proxy.ts) runs before every route and Next hands it the request body up to this
    // size (10 MB by default, and a longer body would reach the route cut short): document uploads
    // (POST /api/v1/documents) are up to 20 MB plus the form's fields (lib/server/body-limit.ts).
    proxyClientMaxBodySize: "21mb",
    // Route modules load on their first request, not all at the server's start: measured under 8
    // users on the roadmap at 2,000 initiatives (docs/performance.md, session 15) a server process
    // peaked 75 MB lower (497 against 572 MB), since the import, exports, PDF and admin pages'
    // bundles stay out of memory until someone uses them.
    preloadEntriesOnStart: false,
  },
  // Native/wasm database packages load at run time from node_modules, never bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "pg",
    "pg-boss",
    "@redis/client",
    "@node-rs/argon2",
    // One registry per process, shared by the server and every bundle (lib/metrics/registry.ts).
    "prom-client",
    // Read their font metrics and templates from their own folders at run time.
    "pdfkit",
    "exceljs",
    // Starts its worker threads from files in its own folder (lib/exports/pool.ts).
    "piscina",
  ],
};

/**
 * Next's page cache (the citizens' pages, ISR) goes through lib/cache/next-cache-handler.mjs: in
 * Redis with REDIS_URL (several instances share it), otherwise in this process's memory. Never in
 * the build directory, so servers started from one build with different databases (two cities from
 * one checkout, the end-to-end tests) never serve each other's pages. Our handler also dates each
 * page by when its render began, so a change saved during a render is never hidden behind it. The
 * build renders no page (there is no database then) and needs no handler.
 */
function pageCache(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) return {};
  return { cacheHandler: require.resolve("./lib/cache/next-cache-handler.mjs"), cacheMaxMemorySize: 0 };
}

module.exports = (phase) => withNextIntl({ ...nextConfig, ...pageCache(phase) });
