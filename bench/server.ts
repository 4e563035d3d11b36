// The production server for the latency and throughput runs: takes a private snapshot of the build
// (running `next build` if there is none), starts the project's own server on it (scripts/start.ts,
// i.e. lib/server/serve.ts with the public site's hash CSP and compression, as `npm start` does) on a
// free loopback port against a bench database, signs in through next-auth's own endpoints and
// stops the server (its process group).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { waitForServer } from "../tests/wait-for-server";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
/** Far in the future: scripts/start.ts rebuilds when a source is newer than BUILD_ID; the snapshot is what is measured, never rebuilt. */
const SNAPSHOT_MTIME = new Date("2100-01-01T00:00:00Z");
/** A documentation address (RFC 5737), so the bench's sign-ins are easy to tell apart in login_attempts. */
export const BENCH_ADDRESS = "198.51.100.77";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `next build` when there is no build and nobody else is building. */
function buildIfMissing(): void {
  console.log("no production build found: running `next build` …");
  const res = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (res.status !== 0) throw new Error(`next build failed (exit ${res.status})`);
}

export type BuildSnapshot = { dir: string; buildId: string; remove: () => Promise<void> };

/**
 * A private copy of the production build, so that someone rebuilding `.next` while the bench runs
 * cannot break the server under measurement. Waits for a running `next build` (its `.next/lock`)
 * to finish; builds when there is no build at all. Everything else is symlinked to the project.
 */
export async function snapshotBuild(waitMs = 10 * 60_000): Promise<BuildSnapshot> {
  const dist = path.join(root, ".next");
  const deadline = Date.now() + waitMs;
  let announced = false;
  for (;;) {
    const building = fs.existsSync(path.join(dist, "lock"));
    const buildIdPath = path.join(dist, "BUILD_ID");
    if (!building && !fs.existsSync(buildIdPath)) {
      buildIfMissing();
      continue;
    }
    if (!building) {
      const buildId = fs.readFileSync(buildIdPath, "utf8").trim();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-bench-build-"));
      const remove = () => fs.promises.rm(dir, { recursive: true, force: true });
      try {
        for (const entry of fs.readdirSync(root)) if (entry !== ".next") fs.symlinkSync(path.join(root, entry), path.join(dir, entry));
        fs.cpSync(dist, path.join(dir, ".next"), { recursive: true, verbatimSymlinks: true, filter: (src) => src !== path.join(dist, "cache") });
        const copiedId = fs.readFileSync(path.join(dir, ".next", "BUILD_ID"), "utf8").trim();
        fs.utimesSync(path.join(dir, ".next", "BUILD_ID"), SNAPSHOT_MTIME, SNAPSHOT_MTIME);
        if (copiedId === buildId && !fs.existsSync(path.join(dist, "lock"))) return { dir, buildId, remove };
      } catch {
        /* the build changed while we copied it: try again */
      }
      await remove();
    }
    if (Date.now() > deadline) throw new Error("another `next build` has been running for too long (.next/lock); try again later");
    if (!announced) console.log("waiting for a running `next build` to finish …");
    announced = true;
    await sleep(5000);
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 4000 + crypto.randomInt(1000);
    if (await portIsFree(port)) return port;
  }
  throw new Error("no free port between 4000 and 4999");
}

export type BenchServer = {
  baseUrl: string;
  /** The server's process group (its launcher's pid), for measuring its memory. */
  pgid: number;
  stop: () => Promise<void>;
  /** The server's last few KB of stdout and stderr. */
  output: () => string;
  /** How the server ended ("exit 1", "signal SIGKILL"), or null while it runs. */
  ended: () => string | null;
};

/** Starts scripts/start.ts in the build snapshot `dir` against `databaseUrl`, once /api/health answers. */
/** `env`: more environment for this server only (e.g. WEB_CONCURRENCY and REDIS_URL for several processes). */
export async function startServer(dir: string, databaseUrl: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const port = await freePort();
  // "localhost", not 127.0.0.1: Next normalises loopback addresses to "localhost" in the proxy's URLs
  // and would otherwise take the public site's rewrites for another host (an extra HTTP hop).
  const baseUrl = `http://localhost:${port}`;
  // As `npm start` and playwright.config.ts launch it: one process, tsx as a loader.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: dir,
    detached: true, // own process group, so stop() ends the server and nothing else
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "localhost",
      // The loopback client is the one trusted proxy, so the sign-ins keep their documentation address (BENCH_ADDRESS).
      TRUSTED_PROXY_HOPS: "1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      APP_URL: baseUrl,
      LOG_LEVEL: "warn",
      DEMO_MODE: "false",
      // The bench signs the admin in with a password only; production's default would send every
      // internal page to the second-factor set-up (HTTP 307 to /app/account/mfa) instead of measuring it.
      MFA_REQUIRED_ROLES: "none",
      // Node options for the server only (e.g. a heap limit to measure, --max-old-space-size=…); the bench's own process keeps its own.
      NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? "",
      ...env,
    },
  });
  let output = "";
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForServer(`${baseUrl}/api/health`, {
      process: child,
      output: () => output,
      timeoutMs: 90_000,
      check: () => {
        if (output.includes("Building the app")) throw new Error(`scripts/start.ts took the build snapshot for stale and started building:\n${output}`);
      },
    });
  } catch (e) {
    await stop();
    throw e;
  }
  const ended = () => (child.exitCode !== null ? `exit ${child.exitCode}` : child.signalCode !== null ? `signal ${child.signalCode}` : null);
  return { baseUrl, pgid: child.pid!, stop, output: () => output, ended };
}

/** Cookies as a browser would keep them for this one host. */
class CookieJar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      if (eq > 0) this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }
  has(name: string) {
    return this.cookies.has(name);
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Signs in with email and password as the login form does; returns the Cookie header of the session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new CookieJar();
  const headers = { "x-forwarded-for": BENCH_ADDRESS };
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  jar.take(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/app`, json: "true" }),
  });
  jar.take(res);
  await res.arrayBuffer();
  if (!jar.has("mm.session")) throw new Error(`sign-in as ${email} failed (HTTP ${res.status}, no session cookie)`);
  return jar.header();
}
