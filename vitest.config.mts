import path from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The longest test files, longest first (the README's "Tests" section has their times). A stale entry only
 * changes the order; add a file that takes more than about half a minute.
 */
const SLOW_FILES = [
  "tests/authz/matrix.test.ts",
  "scripts/user-create.test.ts",
  "lib/db/migrate.test.ts",
  "lib/auth/demo-accounts.test.ts",
  "scripts/cli.test.ts",
  "lib/dependencies/demo.test.ts",
];

/**
 * The file order of a run without Vitest's results cache (every CI run: `npm ci` empties
 * node_modules, where Vitest keeps it). Vitest then starts the larger files first, and our slowest
 * files are small (a table of cases, a CLI spawned a few times): they started among the last, and
 * one worker ran them alone at the end while the other had nothing left. With a cache (a second
 * run; the PostgreSQL stage after the PGlite one) Vitest's order, longest first, stands.
 */
class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const relative = (f: TestSpecification) => path.relative(this.ctx.config.root, f.moduleId).split(path.sep).join("/");
    if (sorted.every((f) => this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(f)}`))) return sorted;
    const rank = (f: TestSpecification) => SLOW_FILES.indexOf(relative(f));
    const slow = sorted.filter((f) => rank(f) >= 0).sort((a, b) => rank(a) - rank(b));
    return [...slow, ...sorted.filter((f) => rank(f) < 0)];
  }
}

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "tests/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    sequence: { sequencer: SlowFirstSequencer },
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
