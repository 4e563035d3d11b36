// Several instances behind one address: two production servers (scripts/start.ts, the same build)
// on one PostgreSQL database, sharing Next's page cache and the public data cache through Redis
// (REDIS_URL), behind nginx (round robin). A public fact changed through instance A is on
// instance B's cached public page within a second; a session made on one instance works on the
// other; failed sign-ins count across both.
//
// The servers, the database (mm_e2e_multi, dropped and made anew) and the Redis database (number 7,
// emptied) are this spec's own. nginx comes from Debian (.ci/run installs it).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@redis/client";
import pg from "pg";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { waitForServer } from "../tests/wait-for-server";
import { E2E_FIXED_NOW, E2E_TODAY } from "./clock";
import { DEMO_PASSWORD, expect, test, USERS } from "./fixtures";

const DATABASE_URL = process.env.E2E_MULTI_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/mm_e2e_multi";
const REDIS_URL = process.env.E2E_MULTI_REDIS_URL ?? "redis://127.0.0.1:6379/7";
const PORT_A = 3121;
const PORT_B = 3122;
const PORT_PROXY = 3120;
const A = `http://127.0.0.1:${PORT_A}`;
const B = `http://127.0.0.1:${PORT_B}`;
const PROXY = `http://127.0.0.1:${PORT_PROXY}`;
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
const tsx = (script: string) => [path.join("node_modules", "tsx", "dist", "cli.mjs"), script];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-multi-"));
const children: ChildProcess[] = [];
const logs = new Map<ChildProcess, string>();

const serverEnv = (port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production",
  PORT: String(port),
  HOSTNAME: "127.0.0.1",
  DATABASE_URL,
  REDIS_URL,
  // Both instances sign and check the same sessions.
  AUTH_SECRET: "e2e-multi-instance-secret-0123456789abcdefghij",
  APP_URL: PROXY,
  TRUSTED_PROXY_HOPS: "1",
  DEMO_MODE: "true",
  MFA_REQUIRED_ROLES: "none",
  FIXED_NOW: E2E_FIXED_NOW,
  LOG_LEVEL: "warn",
});

function start(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  logs.set(child, "");
  const keep = (b: Buffer) => logs.set(child, (logs.get(child)! + b.toString()).slice(-6000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  children.push(child);
  return child;
}

const waitFor = (url: string, child: ChildProcess, timeoutMs?: number) => waitForServer(url, { process: child, output: () => logs.get(child)!, timeoutMs });

function run(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, args, { env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited with ${r.status}:\n${r.stdout}\n${r.stderr}`);
}

function nginxConf() {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  return `
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
daemon off;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "nginx-error.log")} warn;
events { worker_connections 256; }
http {
  access_log off;
  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}
  upstream app { server 127.0.0.1:${PORT_A}; server 127.0.0.1:${PORT_B}; keepalive 8; }
  server {
    listen 127.0.0.1:${PORT_PROXY};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }
}`;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  expect(NGINX, "nginx is installed (Debian package nginx; .ci/run installs it)").toBeTruthy();
  // A fresh database with the demo, and an empty Redis database.
  const name = new URL(DATABASE_URL).pathname.slice(1);
  expect(name).toMatch(/^mm_e2e_[a-z0-9_]+$/);
  const admin = new URL(DATABASE_URL);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const env = serverEnv(PORT_A);
  run(tsx("scripts/db-migrate.ts"), env);
  run(tsx("scripts/db-seed.ts"), env);
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  await redis.flushDb();
  await redis.quit();

  // As `npm start` runs it: one process, tsx as a loader (its CLI wrapper would kill a busy server on SIGTERM).
  const a = start(process.execPath, ["--import", "tsx", "scripts/start.ts"], serverEnv(PORT_A));
  const b = start(process.execPath, ["--import", "tsx", "scripts/start.ts"], serverEnv(PORT_B));
  fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConf());
  const proxy = start(NGINX!, ["-p", dir, "-c", path.join(dir, "nginx.conf")], process.env);
  await Promise.all([waitFor(`${A}/api/health`, a), waitFor(`${B}/api/health`, b)]);
  await waitFor(`${PROXY}/api/health`, proxy, 20_000);
});

test.afterAll(async () => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
  await Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once("exit", r)))));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Signs in through next-auth's endpoints at `base`; the context keeps the session cookie. */
async function signedIn(base: string, email: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL: base });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  return ctx;
}

async function sessionEmail(ctx: APIRequestContext, base: string): Promise<string | undefined> {
  const session = (await (await ctx.get(`${base}/api/auth/session`)).json()) as { user?: { email?: string } } | null;
  return session?.user?.email;
}

test("a KPI value sent through instance A is on instance B's cached public page within a second", async ({ page }) => {
  // The project lead makes an access token on instance A.
  const lead = await signedIn(A, USERS.lead);
  await page.context().addCookies((await lead.storageState()).cookies);
  await page.goto(`${A}/app/account/tokens`);
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Zwei Instanzen");
  await page.getByRole("checkbox", { name: /^Kennzahlwerte erfassen/ }).check();
  await page.getByRole("button", { name: "Token erstellen" }).click();
  const secret = await page.getByLabel("Ihr Token (wird nur jetzt angezeigt)").inputValue();
  const api = await playwrightRequest.newContext({ baseURL: A, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  const initiative = (await (await api.get("/api/v1/initiatives/VER-01")).json()).data as { slug: string; kpis: { id: string; isPublic: boolean }[] };
  const kpi = initiative.kpis.find((k) => k.isPublic)!;
  expect(kpi).toBeTruthy();
  const publicPath = `/initiatives/${initiative.slug}`;

  // Rendered once by A, the page is in the shared cache: B serves it without rendering.
  const first = await fetch(`${A}${publicPath}`);
  expect(first.status).toBe(200);
  expect(await first.text()).not.toContain("4.711");
  const fromB = await fetch(`${B}${publicPath}`);
  expect(fromB.headers.get("x-nextjs-cache")).toBe("HIT");
  // B renders the English page itself, as a running instance has: its code for the page is loaded,
  // so the time below is that of a change, not of B's first render after its start.
  expect((await fetch(`${B}/en${publicPath}`)).status).toBe(200);

  const sent = await api.post(`/api/v1/kpis/${kpi.id}/measurements`, { data: { periodDate: E2E_TODAY, value: 4711, note: "zwei Instanzen" } });
  expect([200, 201]).toContain(sent.status());
  const changedAt = Date.now();
  let fresh = false;
  while (!fresh && Date.now() - changedAt < 5000) {
    fresh = (await (await fetch(`${B}${publicPath}`)).text()).includes("4.711");
    if (!fresh) await new Promise((r) => setTimeout(r, 50));
  }
  const seconds = (Date.now() - changedAt) / 1000;
  test.info().annotations.push({ type: "instance B current after", description: `${seconds.toFixed(3)} s` });
  expect(fresh, "instance B shows the new value").toBe(true);
  expect(seconds).toBeLessThan(1);

  // Through the proxy, whichever instance answers, the page is current.
  const upstreams = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const res = await fetch(`${PROXY}${publicPath}`);
    upstreams.add(res.headers.get("x-upstream") ?? "");
    expect(await res.text()).toContain("4.711");
  }
  expect(upstreams.size).toBe(2);
  await api.dispose();
  await lead.dispose();
});

test("a session made on one instance works on the other, and failed sign-ins count across both", async () => {
  const viaA = await signedIn(A, USERS.council);
  expect(await sessionEmail(viaA, A)).toBe(USERS.council);
  expect(await sessionEmail(viaA, B)).toBe(USERS.council);
  await viaA.dispose();

  // Ten wrong passwords, alternately through either instance: each has seen five, yet the account
  // is locked for both (the count is in the database).
  for (let i = 0; i < 10; i++) {
    const wrong = await signedIn(i % 2 ? A : B, USERS.viewer, "not the password");
    await wrong.dispose();
  }
  for (const base of [A, B]) {
    const right = await signedIn(base, USERS.viewer);
    expect(await sessionEmail(right, base)).toBeUndefined();
    await right.dispose();
  }
});
