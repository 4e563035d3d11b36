// npm test: the whole suite. The production build (for the end-to-end tests), type check and lint,
// unit and data-layer tests on PGlite (and again on the PostgreSQL server when TEST_DATABASE_URL is
// set), then the end-to-end tests against the build. Ends with one summary line "N passed, N failed"
// and a non-zero exit on any failure.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const bin = (name) => path.join(process.cwd(), "node_modules", ".bin", name);
const results = path.join(process.cwd(), "test-results");
fs.mkdirSync(results, { recursive: true });
const skipE2e = process.argv.includes("--no-e2e");
const suiteStarted = Date.now();

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

function step(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`=== ${label}: ${r.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (r.status !== 0) problems.push(label);
  return r.status === 0;
}

function countVitest(file) {
  try {
    const j = JSON.parse(fs.readFileSync(file, "utf8"));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    skipped += j.numPendingTests + (j.numTodoTests ?? 0);
  } catch {
    failed += 1; // the runner died before writing its report
  }
}

function countPlaywright(file) {
  try {
    const s = JSON.parse(fs.readFileSync(file, "utf8")).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    skipped += s.skipped;
  } catch {
    failed += 1;
  }
}

/** Runs commands side by side (each mostly one core), printing each one's output whole when it ends. */
async function together(steps) {
  const started = Date.now();
  await Promise.all(
    steps.map(
      ([label, cmd, args]) =>
        new Promise((resolve) => {
          const child = spawn(cmd, args, { env: process.env });
          let out = "";
          child.stdout.on("data", (d) => (out += d));
          child.stderr.on("data", (d) => (out += d));
          child.on("close", (code) => {
            console.log(`\n=== ${label} ===\n${out}=== ${label}: ${code === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
            if (code !== 0) problems.push(label);
            resolve();
          });
        }),
    ),
  );
}

// The build first, without Next's own type check (next.config.js): tsc checks the same project next,
// with the route types this build wrote to .next/types, instead of twice (README, "Tests").
const built = skipE2e || step("production build", bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1", MM_BUILD_TYPECHECKED_BY_TSC: "1" });
if (!built) failed += 1;

await together([
  ["typecheck", bin("tsc"), ["--noEmit"]],
  ["lint", bin("eslint"), ["."]],
]);

const vitestArgs = (name) => ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(results, name)}`];
for (const f of ["unit-pglite.json", "unit-postgres.json", "e2e-results.json"]) fs.rmSync(path.join(results, f), { force: true });

step("unit and data-layer tests on embedded PGlite", bin("vitest"), vitestArgs("unit-pglite.json"), { TEST_DATABASE_URL: "" });
countVitest(path.join(results, "unit-pglite.json"));

if (process.env.TEST_DATABASE_URL) {
  step("unit and data-layer tests on the PostgreSQL server", bin("vitest"), vitestArgs("unit-postgres.json"));
  countVitest(path.join(results, "unit-postgres.json"));
} else {
  console.log("\n(TEST_DATABASE_URL is not set: skipping the PostgreSQL server run)");
}

if (!skipE2e && built) {
  step("end-to-end tests (Playwright, Chromium)", bin("playwright"), ["test"]);
  countPlaywright(path.join(results, "e2e-results.json"));
}

console.log("");
if (problems.length) console.log(`failed steps: ${problems.join(", ")}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""} in ${((Date.now() - suiteStarted) / 60000).toFixed(1)} min`);
process.exit(problems.length || failed ? 1 : 0);
