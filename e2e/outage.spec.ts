// A database outage under load (issue 17): the production server on its own throw-away PostgreSQL
// cluster (e2e/pg-cluster.ts, never the shared server), token clients writing KPI values and a
// signed-in user reading, then the cluster stopped for 15 s while the requests go on. During the
// outage the signed-in user gets the bilingual "temporarily unavailable" page with 503 (not the
// sign-in page), the token API 503 with Retry-After, /api/health/ready 503, /api/health/live 200,
// a cached public page still 200 and an uncached one the 503 page. Within 5 s of the cluster's
// return the same session cookie works again; every write acknowledged before or during the
// outage is in the database with its audit row, and no write is there without one.
//
// Ports: the server on E2E_OUTAGE_PORT (3133), the cluster on E2E_OUTAGE_PG_PORT (5458).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { randomBytes, createHash } from "node:crypto";
import pg from "pg";
import { request as playwrightRequest } from "@playwright/test";
import de from "../lib/i18n/messages/de.json";
import en from "../lib/i18n/messages/en.json";
import { waitForServer } from "../tests/wait-for-server";
import { E2E_FIXED_NOW, E2E_TODAY } from "./clock";
import { expect, signInVia, test, USERS } from "./fixtures";
import { createCluster, type Cluster } from "./pg-cluster";

const PORT = Number(process.env.E2E_OUTAGE_PORT ?? 3133);
const PG_PORT = Number(process.env.E2E_OUTAGE_PG_PORT ?? 5458);
const BASE = `http://127.0.0.1:${PORT}`;
const OUTAGE_MS = 15_000;
const WRITERS = 4;
const tsx = (script: string) => [path.join("node_modules", "tsx", "dist", "cli.mjs"), script];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Answer = { status: number; location: string | null; retryAfter: string | null; setCookie: string | null; type: string | null; body: string };

async function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  try {
    const res = await fetch(`${BASE}${url}`, { headers, redirect: "manual", signal: AbortSignal.timeout(20_000) });
    const h = res.headers;
    return { status: res.status, location: h.get("location"), retryAfter: h.get("retry-after"), setCookie: h.get("set-cookie"), type: h.get("content-type"), body: await res.text() };
  } catch (e) {
    return { status: -1, location: null, retryAfter: null, setCookie: null, type: null, body: String(e) };
  }
}

/** A stack trace in a body: "at fn (file.js:1:2)" or a file path with line and column. */
const STACK = /\bat [^\n]*\(?[^\s()]+\.(?:js|ts|tsx|mjs):\d+:\d+|node_modules\//;

test("a 15 s database outage under load: 503 pages and Retry-After, nobody signed out, recovery within 5 s, no acknowledged write lost", async () => {
  test.setTimeout(240_000);
  const testStartedAt = Date.now();
  let cluster: Cluster | undefined;
  let server: ChildProcess | undefined;
  let output = "";
  const fail = (message: string) => `${message}\n--- server output ---\n${output.slice(-6000)}\n--- cluster log ---\n${cluster?.log().slice(-3000)}`;
  try {
    // The throw-away cluster, a database with the demo, and a token for the "data platform".
    cluster = createCluster(PG_PORT);
    cluster.start();
    const url = cluster.url("mm_outage");
    const admin = new pg.Client({ connectionString: cluster.url("postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE mm_outage");
    await admin.end();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: url,
      AUTH_SECRET: "e2e-outage-secret-0123456789abcdefghijklmnop",
      APP_URL: BASE,
      DEMO_MODE: "true",
      MFA_REQUIRED_ROLES: "none",
      FIXED_NOW: E2E_FIXED_NOW,
      LOG_LEVEL: "warn",
      REDIS_URL: "",
    };
    const migrated = spawnSync(process.execPath, tsx("scripts/db-migrate.ts"), { env, encoding: "utf8", timeout: 120_000 });
    expect(migrated.status, `db:migrate: ${migrated.stdout}${migrated.stderr}`).toBe(0);
    // The production server, as `npm start` runs it, in its own process group so that whatever it
    // starts (a build, when the sources are newer) ends with it. The demo is seeded meanwhile (the
    // server needs only the migrations to start).
    server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    server.stdout!.on("data", (b: Buffer) => (output = (output + b.toString()).slice(-20_000)));
    server.stderr!.on("data", (b: Buffer) => (output = (output + b.toString()).slice(-20_000)));
    const seeded = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const seed = spawn(process.execPath, tsx("scripts/db-seed.ts"), { env, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      seed.stdout.on("data", (b: Buffer) => (out += b.toString()));
      seed.stderr.on("data", (b: Buffer) => (out += b.toString()));
      seed.once("exit", (code) => resolve({ code, out }));
    });
    expect(seeded.code, `db:seed: ${seeded.out}`).toBe(0);
    const token = `mm_${randomBytes(32).toString("base64url")}`;
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const adminId = (await db.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [USERS.admin])).rows[0]!.id;
    await db.query(
      `INSERT INTO api_tokens (id, user_id, name, prefix, token_hash, scopes, expires_at)
       VALUES (gen_random_uuid(), $1, 'outage test', $2, $3, ARRAY['READ','KPI_WRITE']::"TokenScope"[], now() + interval '1 day')`,
      [adminId, token.slice(3, 11), createHash("sha256").update(token).digest("hex")],
    );
    // One KPI per writer, each written again and again for the e2e day (a new note every time, so
    // every write changes the row, bumps its version and is audited).
    const kpis = (
      await db.query<{ id: string }>(`SELECT id FROM kpis WHERE baseline_date <= $1::date AND value_type IN ('INTEGER','PERCENT','DECIMAL') ORDER BY id LIMIT $2`, [E2E_TODAY, WRITERS])
    ).rows.map((r) => r.id);
    expect(kpis).toHaveLength(WRITERS);
    const before = new Map<string, number>();
    for (const r of (await db.query<{ kpi_id: string; version: number }>(`SELECT kpi_id, version FROM kpi_measurements WHERE kpi_id = ANY($1) AND period_date = $2::date`, [kpis, E2E_TODAY])).rows) {
      before.set(r.kpi_id, r.version);
    }
    const auditsBefore = Number((await db.query(`SELECT max(id) AS id FROM audit_events`)).rows[0].id ?? 0);
    await db.end();

    await waitForServer(`${BASE}/api/health/ready`, { process: server, ready: (status) => status === 200 }).catch((e: unknown) => {
      throw new Error(fail(`the server did not get ready: ${e instanceof Error ? e.message : String(e)}`));
    });

    // A signed-in user (cookie), and the pages it will ask for.
    const browser = await playwrightRequest.newContext({ baseURL: BASE });
    expect([200, 302]).toContain((await signInVia(browser, USERS.admin)).status());
    const sessionCookie = (await browser.storageState()).cookies.find((c) => c.name.endsWith("mm.session"));
    expect(sessionCookie, "signed in").toBeTruthy();
    const cookie = { cookie: `${sessionCookie!.name}=${sessionCookie!.value}` };
    await browser.dispose();
    const bearer = { authorization: `Bearer ${token}` };
    const first = await get("/app", cookie);
    expect(first.status, fail(`the signed-in page before the outage: ${first.body.slice(0, 300)}`)).toBe(200);
    const list = await get("/api/v1/initiatives", bearer);
    expect(list.status).toBe(200);
    const initiatives = JSON.parse(list.body).data as { slug: string; visibility: string }[];
    const publicSlugs = initiatives.filter((i) => i.visibility === "PUBLIC").map((i) => i.slug);
    expect(publicSlugs.length).toBeGreaterThan(1);
    // One initiative's public page is in the page cache; the other's has never been asked for.
    const cachedPath = `/initiatives/${publicSlugs[0]}`;
    const uncachedPath = `/en/initiatives/${publicSlugs[1]}`;

    // Load: WRITERS token clients writing, one signed-in user reading, until told to stop.
    type Write = { writer: number; requestId: string; value: number; note: string; status: number; at: number };
    const writes: Write[] = [];
    const reads: { status: number; at: number; location: string | null }[] = [];
    let stop = false;
    let paused = false;
    let writesInFlight = 0;
    const runId = randomBytes(4).toString("hex");
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        while (paused && !stop) await sleep(20);
        const requestId = `outage-${runId}-${w}-${i}`;
        const value = i % 100;
        const note = `outage ${runId} ${w} ${i}`;
        let status = -1;
        writesInFlight++;
        try {
          const res = await fetch(`${BASE}/api/v1/kpis/${kpis[w]}/measurements`, {
            method: "POST",
            headers: { ...bearer, "content-type": "application/json", "x-request-id": requestId },
            body: JSON.stringify({ periodDate: E2E_TODAY, value, note }),
            signal: AbortSignal.timeout(20_000),
          });
          status = res.status;
          await res.arrayBuffer();
        } catch {
          /* reset or timed out: not acknowledged */
        } finally {
          writesInFlight--;
        }
        writes.push({ writer: w, requestId, value, note, status, at: Date.now() });
        if (status !== 200 && status !== 201) await sleep(100);
      }
    };
    const reader = async () => {
      while (!stop) {
        const a = await get("/app", cookie);
        reads.push({ status: a.status, at: Date.now(), location: a.location });
        await sleep(100);
      }
    };
    const loadStartedAt = Date.now();
    const load = [...kpis.map((_, w) => writer(w)), reader()];
    await sleep(4_000);
    const acknowledgedBefore = writes.filter((w) => w.status === 200 || w.status === 201).length;
    expect(acknowledgedBefore, fail(`writes succeed before the outage: ${JSON.stringify(writes.map((w) => w.status))}`)).toBeGreaterThan(WRITERS);

    // Every committed change marks the public pages for rendering afresh (lib/public/revalidate.ts),
    // so the writers pause for a moment while the public page is put into the page cache. Then the
    // outage: the cluster stops while the writers go on (writes in flight are cut off).
    paused = true;
    while (writesInFlight > 0) await sleep(10);
    expect((await get(cachedPath)).status).toBe(200);
    const cachedAt = Date.now();
    const stopping = cluster.stop();
    const stoppedAt = Date.now();
    paused = false;
    await stopping;
    await sleep(3_000);
    const during = {
      page: await get("/app", cookie),
      pageEn: await get("/app", { ...cookie, "accept-language": "en" }),
      tokenApi: await get("/api/v1/initiatives", bearer),
      cookieApi: await get("/api/v1/initiatives", cookie),
      ready: await get("/api/health/ready"),
      live: await get("/api/health/live"),
      cachedPublic: await get(cachedPath),
      uncachedPublic: await get(uncachedPath),
    };
    // Signed in and still signed in: the 503 page, not a redirect to the sign-in page, and the cookie kept.
    expect(during.page.status, fail(`the signed-in page during the outage: ${during.page.status} ${during.page.location ?? ""}`)).toBe(503);
    expect(during.page.location).toBeNull();
    expect(during.page.setCookie ?? "").not.toContain("mm.session");
    expect(during.page.retryAfter).toBe("5");
    expect(during.page.type).toContain("text/html");
    for (const text of [de.errors.unavailableTitle, en.errors.unavailableTitle]) expect(during.page.body).toContain(text);
    expect(during.page.body).toMatch(/<html lang="de"/);
    expect(during.pageEn.body).toMatch(/<html lang="en"/);
    expect(during.page.body).not.toMatch(STACK);
    expect(during.page.body).not.toContain("127.0.0.1:" + PG_PORT);
    // The token API (and the same API with the cookie): 503 with Retry-After, in the API's error shape.
    for (const api of [during.tokenApi, during.cookieApi]) {
      expect(api.status, fail(`the API during the outage: ${api.status} ${api.body}`)).toBe(503);
      expect(api.retryAfter).toBe("5");
      expect(JSON.parse(api.body).error.code).toBe("UNAVAILABLE");
      expect(api.body).not.toMatch(STACK);
    }
    expect(during.ready.status).toBe(503);
    expect(JSON.parse(during.ready.body).status).toBe("unavailable");
    expect(during.live.status).toBe(200);
    // The citizens' site: a cached page is still served (unless a write committed after it was
    // cached: then it had to be rendered afresh); one not in the cache is the 503 page.
    const changedSinceCached = writes.some((w) => (w.status === 200 || w.status === 201) && w.at >= cachedAt);
    expect(during.cachedPublic.status, fail(`cached public page: ${during.cachedPublic.status}`)).toBe(changedSinceCached ? 503 : 200);
    expect(during.uncachedPublic.status, fail(`uncached public page: ${during.uncachedPublic.status}`)).toBe(503);
    expect(during.uncachedPublic.body).toMatch(/<html lang="en"/);
    expect(during.uncachedPublic.body).not.toMatch(STACK);
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt)));

    // The database returns: the same cookie works again, by itself, within 5 s.
    // Recovered at the moment from which a request is answered normally: the sending time of the
    // first 200 (on a busy CI machine the page itself may take a second or two to render).
    cluster.start();
    const startedAt = Date.now();
    const firstSuccess = async (path: string, headers: Record<string, string>) => {
      const attempts: string[] = [];
      while (Date.now() - startedAt < 20_000) {
        const sent = Date.now() - startedAt;
        const a = await get(path, headers);
        attempts.push(`${sent}:${a.status}`);
        if (a.status === 200) return { sentMs: sent, answeredMs: Date.now() - startedAt, attempts };
        await sleep(100);
      }
      return { sentMs: -1, answeredMs: -1, attempts };
    };
    const [page, ready] = await Promise.all([firstSuccess("/app", cookie), firstSuccess("/api/health/ready", {})]);
    const recoveredMs = page.sentMs;
    const readyMs = ready.sentMs;
    expect(recoveredMs, fail(`the signed-in page did not come back within 5 s: ${page.attempts.join(" ")}`)).toBeGreaterThanOrEqual(0);
    expect(recoveredMs, page.attempts.join(" ")).toBeLessThan(5_000);
    expect(readyMs, ready.attempts.join(" ")).toBeGreaterThanOrEqual(0);
    expect(readyMs, ready.attempts.join(" ")).toBeLessThan(5_000);
    expect((await get("/api/v1/initiatives", bearer)).status).toBe(200);
    await sleep(2_000);
    stop = true;
    await Promise.all(load);

    // Every acknowledged write is there with its audit row (found by the request id it was sent
    // with); and no write is there without one: each row's version grew by exactly the number of
    // its audit events (a half-applied write would break that).
    const acknowledged = writes.filter((w) => w.status === 200 || w.status === 201);
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const audits = (
      await check.query<{ request_id: string; entity_id: string; after: { value: number; note: string } }>(
        `SELECT request_id, entity_id, after FROM audit_events WHERE id > $1 AND action = 'kpiMeasurement.record'`,
        [auditsBefore],
      )
    ).rows;
    const byRequest = new Map(audits.map((a) => [a.request_id, a]));
    const missing = acknowledged.filter((w) => byRequest.get(w.requestId)?.after.note !== w.note);
    expect(missing.map((w) => w.requestId), "acknowledged writes without their audit row").toEqual([]);
    const rows = (
      await check.query<{ id: string; kpi_id: string; version: number }>(`SELECT id, kpi_id, version FROM kpi_measurements WHERE kpi_id = ANY($1) AND period_date = $2::date`, [kpis, E2E_TODAY])
    ).rows;
    for (const row of rows) {
      const audited = audits.filter((a) => a.entity_id === row.id).length;
      expect(row.version - (before.get(row.kpi_id) ?? 0), `measurement ${row.id}: version change vs. audit events`).toBe(audited);
    }
    // The last acknowledged write of each writer is in its row (or a later, unacknowledged one is).
    for (const [w, kpiId] of kpis.entries()) {
      const last = acknowledged.filter((x) => x.writer === w).at(-1)!;
      const later = writes.filter((x) => x.writer === w && x.at >= last.at).map((x) => x.note);
      const current = (await check.query<{ note: string }>(`SELECT note FROM kpi_measurements WHERE kpi_id = $1 AND period_date = $2::date`, [kpiId, E2E_TODAY])).rows[0];
      expect(later).toContain(current?.note);
    }
    await check.end();

    // What the outage looked like from outside (docs/operations.md).
    const inOutage = (at: number) => at >= stoppedAt && at < startedAt;
    const statuses = (list: { status: number }[]) => list.reduce<Record<string, number>>((m, x) => ((m[x.status] = (m[x.status] ?? 0) + 1), m), {});
    const measured = {
      outageMs: startedAt - stoppedAt,
      recoveredMs,
      pageAnsweredMs: page.answeredMs,
      readyMs,
      setupMs: loadStartedAt - testStartedAt,
      writes: writes.length,
      acknowledged: acknowledged.length,
      acknowledgedDuringOutage: acknowledged.filter((w) => inOutage(w.at)).length,
      writeStatusesDuringOutage: statuses(writes.filter((w) => inOutage(w.at))),
      readStatusesDuringOutage: statuses(reads.filter((r) => inOutage(r.at))),
      changedSinceCached,
      redirectsToLogin: reads.filter((r) => r.location?.includes("/login")).length,
      auditRows: audits.length,
    };
    console.log(`outage measured: ${JSON.stringify(measured)}`);
    test.info().annotations.push({ type: "outage measured", description: JSON.stringify(measured) });
    expect(measured.redirectsToLogin).toBe(0);
    expect(Object.keys(measured.readStatusesDuringOutage).filter((s) => s !== "503" && s !== "200")).toEqual([]);
    expect(Object.keys(measured.writeStatusesDuringOutage).filter((s) => !["200", "201", "503"].includes(s))).toEqual([]);
  } finally {
    if (server && server.exitCode === null && server.signalCode === null) {
      const group = (signal: NodeJS.Signals) => {
        try {
          process.kill(-server!.pid!, signal);
        } catch {
          /* already gone */
        }
      };
      group("SIGTERM");
      await Promise.race([new Promise((r) => server!.once("exit", r)), sleep(10_000)]);
      group("SIGKILL");
    }
    cluster?.destroy();
  }
});
