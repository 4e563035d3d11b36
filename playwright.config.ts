// End-to-end tests against the production build (`next build` + `next start`) on a fresh
// embedded database, in Chromium (Debian's /usr/bin/chromium when present).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_FIXED_NOW } from "./e2e/clock";
import { E2E_METRICS_TOKEN, E2E_SERVER_HEAP_MB } from "./e2e/metrics-token";
import { NEWCOMER_DATABASE_URL, NEWCOMER_PORT, NEWCOMER_URL } from "./e2e/newcomer-env";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3199);
const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "mm-e2e-"));

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
        },
      },
    },
  ],
  webServer: [
    {
      // The local OpenID Connect issuer standing in for the city's identity provider (e2e/sso.spec.ts).
      command: "node e2e/oidc-issuer.mjs",
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: { E2E_OIDC_PORT: String(OIDC_PORT), E2E_PORT: String(PORT) },
    },
    {
      // Migrates, seeds the demo and plants the leak markers (e2e/public-leak.spec.ts) first, with the same env.
      command: "node node_modules/tsx/dist/cli.mjs scripts/e2e-prepare.ts && node --import tsx scripts/start.ts",
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(PORT),
        DATA_DIR: process.env.E2E_DATA_DIR,
        NODE_ENV: "production",
        DATABASE_URL: "",
        APP_URL: `http://127.0.0.1:${PORT}`,
        OIDC_ISSUER,
        OIDC_CLIENT_ID: "masterplan-monitor",
        OIDC_CLIENT_SECRET: "e2e-secret",
        OIDC_NAME: "Stadt-Login (Test)",
        // The journeys sign the demo admin in without a code (demo mode requires none anyway);
        // e2e/mfa.spec.ts enrols its own user, for whom the code is then required.
        MFA_REQUIRED_ROLES: "none",
        FIXED_NOW: E2E_FIXED_NOW,
        // Prometheus at /api/metrics with this bearer token (e2e/operations.spec.ts).
        METRICS_TOKEN: E2E_METRICS_TOKEN,
        // A heap limit through npm start's worker (e2e/operations.spec.ts checks V8 has it), with room
        // for the embedded database, which lives in the server's heap.
        SERVER_HEAP_MB: String(E2E_SERVER_HEAP_MB),
        // The demo city lies in North Rhine-Westphalia: the Land funding level names it (e2e/funding-programmes.spec.ts).
        CITY_STATE: "Nordrhein-Westfalen",
        // The embeds may be framed by a page on the next port, as 127.0.0.1 only (e2e/map-embed.spec.ts).
        EMBED_ALLOWED_ORIGINS: `http://127.0.0.1:${PORT + 1}`,
      },
    },
    {
      // A new city on production settings: an empty PostgreSQL database and its first admin from
      // `npm run user:create`, nothing else (e2e/newcomer.spec.ts). Same build, second process.
      command: "node node_modules/tsx/dist/cli.mjs scripts/e2e-prepare-newcomer.ts && node --import tsx scripts/start.ts",
      url: `${NEWCOMER_URL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(NEWCOMER_PORT),
        DATABASE_URL: NEWCOMER_DATABASE_URL,
        AUTH_SECRET: "e2e-newcomer-secret-0123456789abcdefghijklmnop",
        NODE_ENV: "production",
        APP_URL: NEWCOMER_URL,
        // Production settings would require the first admin to enrol a second factor before
        // anything else; the newcomer journey is about setting up the plan, not MFA (e2e/mfa.spec.ts).
        MFA_REQUIRED_ROLES: "none",
        FIXED_NOW: E2E_FIXED_NOW,
        // A one-person office (its only user is the first admin, who cannot approve their own
        // publication request): publishing is immediate, as the README advises for small offices.
        PUBLISH_REVIEW: "false",
      },
    },
  ],
});
