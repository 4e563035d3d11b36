import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "tests/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The domain's clock is pinned for every test (lib/dates.ts appNow): the demo template is seeded
    // for the same instant (tests/global-setup.ts), so no test depends on the day it runs. Tests of
    // other days pass `now`/`today` explicitly.
    // PUBLISH_REVIEW=false: the suites that publish through the actions test the publishing itself;
    // the four eyes before it (lib/publish/) switch it on in their own files (reloadEnv).
    env: { NODE_ENV: "test", FIXED_NOW: "2026-11-25T10:00:00Z", PUBLISH_REVIEW: "false" },
  },
});
