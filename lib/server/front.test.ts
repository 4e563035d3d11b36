// The server's front (front.ts) on a real socket, with a stand-in for Next.js that reads the whole
// body as Next does: oversized bodies refused with 413 before anything reads them (declared and
// chunked), the import's larger limit only for its server action, the access-log line, and the
// Prometheus endpoint behind its bearer token with route patterns as labels.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { IMPORT_BODY_BYTES, IMPORT_PATH, MAX_BODY_BYTES } from "./body-limit";
import type { Observed } from "./access-log";
import { continueIfWithinLimit, createFrontHandler } from "./front";
import { labelerFrom } from "./route-label";

const TOKEN = "t".repeat(40);
/** The routes of the build that matter here, as .next/routes-manifest.json lists them. */
const MANIFEST = {
  staticRoutes: [{ page: "/api/v1/initiatives", regex: "^/api/v1/initiatives(?:/)?$" }, { page: IMPORT_PATH, regex: "^/app/admin/import(?:/)?$" }, { page: "/api/health/live", regex: "^/api/health/live(?:/)?$" }],
  dynamicRoutes: [
    { page: "/api/v1/initiatives/[code]", regex: "^/api/v1/initiatives/([^/]+?)(?:/)?$" },
    { page: "/reset-password/[token]", regex: "^/reset\\-password/([^/]+?)(?:/)?$" },
    { page: "/[locale]/initiatives/[slug]", regex: "^/([^/]+?)/initiatives/([^/]+?)(?:/)?$" },
  ],
};

let server: http.Server;
let port: number;
/** What the stand-in for Next.js received: bytes of body per request. */
const received: number[] = [];
const done: Observed[] = [];
const lines: string[] = [];

beforeAll(async () => {
  const handler = createFrontHandler({
    inFlight: new Set(),
    hops: 0,
    dev: true,
    labeler: labelerFrom(MANIFEST),
    metricsToken: TOKEN,
    accessLog: true,
    draining: () => false,
    onDone: (o) => done.push(o),
    next: async (req, res) => {
      let bytes = 0;
      for await (const chunk of req) bytes += (chunk as Buffer).byteLength;
      received.push(bytes);
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ bytes }));
    },
  });
  server = http.createServer(handler);
  server.on("checkContinue", continueIfWithinLimit(handler));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
afterEach(() => {
  received.length = 0;
  done.length = 0;
  lines.length = 0;
  vi.restoreAllMocks();
});

function captureLog() {
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      return true;
    });
  }
}

type Answer = { status: number; type: string; body: string; headers: http.IncomingHttpHeaders };

/** Sends `size` bytes to `path`, with Content-Length or chunked; resolves with the answer (a reset after it is fine). */
function send(path: string, size: number, opts: { chunked?: boolean; headers?: Record<string, string>; method?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
    if (!opts.chunked) headers["content-length"] = String(size);
    const req = http.request({ host: "127.0.0.1", port, path, method: opts.method ?? "POST", headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode!, type: String(res.headers["content-type"]), body, headers: res.headers }));
      res.on("error", reject);
    });
    req.on("error", () => {}); // the server closes after a 413 while we may still be writing
    const chunk = Buffer.alloc(64 * 1024, "a");
    let left = size;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!req.write(chunk.subarray(0, n))) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return send(path, 0, { method: "GET", headers });
}

describe("request bodies", () => {
  it("refuses a 10 MB body to an API route with the API's JSON 413 before anything reads it, and logs it", async () => {
    captureLog();
    const answer = await send("/api/v1/initiatives", 10 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.type).toBe("application/json");
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "VALIDATION", message: "Request refused: body larger than 1 MB." } });
    expect(answer.headers.connection).toBe("close");
    expect(received).toEqual([]);
    const refusal = lines.map((l) => JSON.parse(l)).find((l) => l.msg === "request refused");
    expect(refusal).toMatchObject({ level: "warn", status: 413, limit: "default", declaredBytes: 10 * 1024 * 1024, method: "POST", path: "/api/v1/initiatives" });
  });

  it("refuses a 10 MB body to a server action with a page in both languages", async () => {
    const answer = await send("/app/initiatives/new", 10 * 1024 * 1024, { headers: { "next-action": "abc123" } });
    expect(answer.status).toBe(413);
    expect(answer.type).toBe("text/html; charset=utf-8");
    expect(answer.body).toContain("Die gesendeten Daten sind zu groß");
    expect(answer.body).toContain("The data sent is too large");
    expect(received).toEqual([]);
  });

  it("tells a client that asks first (Expect: 100-continue) 413 instead of sending it the go-ahead", async () => {
    const answer = await new Promise<{ status: number; continued: boolean }>((resolve, reject) => {
      let continued = false;
      const req = http.request(
        { host: "127.0.0.1", port, path: "/api/v1/initiatives", method: "POST", agent: false, headers: { "content-length": String(10 * 1024 * 1024), expect: "100-continue" } },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode!, continued }));
        },
      );
      req.on("continue", () => {
        continued = true;
        req.end(Buffer.alloc(10 * 1024 * 1024));
      });
      req.on("error", reject);
      req.flushHeaders();
    });
    expect(answer).toEqual({ status: 413, continued: false });
    expect(received).toEqual([]);
  });

  it("lets a body at the limit through whole", async () => {
    const answer = await send("/api/v1/initiatives", MAX_BODY_BYTES);
    expect(answer.status).toBe(200);
    expect(received).toEqual([MAX_BODY_BYTES]);
  });

  it("gives the import's server action its larger limit, and nothing else on that path", async () => {
    const upload = 10 * 1024 * 1024;
    expect((await send(IMPORT_PATH, upload, { headers: { "next-action": "abc123" } })).status).toBe(200);
    expect(received).toEqual([upload]);
    expect((await send(IMPORT_PATH, upload)).status).toBe(413);
    expect((await send(IMPORT_PATH, IMPORT_BODY_BYTES + 1, { headers: { "next-action": "abc123" } })).status).toBe(413);
    expect(received).toEqual([upload]);
  });

  it("counts a chunked body as it arrives: past the limit the reader gets no more and the client a 413", async () => {
    captureLog();
    const answer = await send("/api/v1/initiatives", 3 * MAX_BODY_BYTES, { chunked: true });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe("VALIDATION");
    expect(lines.map((l) => JSON.parse(l)).find((l) => l.msg === "request refused")).toMatchObject({ status: 413, method: "POST" });
    const small = await send("/api/v1/initiatives", 100_000, { chunked: true });
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body)).toEqual({ bytes: 100_000 });
  });
});

describe("the access log", () => {
  it("writes one JSON line per request: method, route pattern, path without query, status, duration, bytes, request id, client", async () => {
    captureLog();
    const answer = await get("/api/v1/initiatives/DIG-0042?token=secret&q=x", { "x-request-id": "abcdefgh-1234-5678" });
    expect(answer.status).toBe(200);
    const line = lines.map((l) => JSON.parse(l)).find((l) => l.msg === "request");
    expect(line).toMatchObject({
      level: "info",
      method: "GET",
      route: "/api/v1/initiatives/[code]",
      path: "/api/v1/initiatives/DIG-0042",
      status: 200,
      bytes: Buffer.byteLength(answer.body),
      requestId: "abcdefgh-1234-5678",
      client: "127.0.0.1",
    });
    expect(typeof line.ms).toBe("number");
    expect(lines.join("\n")).not.toContain("secret");
    expect(answer.headers["x-request-id"]).toBeUndefined(); // the stand-in sets none; Next's proxy does
  });

  it("logs the pattern instead of a path with a secret, and probes at debug level only", async () => {
    captureLog();
    await get("/reset-password/0123456789abcdef");
    await get("/api/health/live");
    const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "request");
    expect(logged.map((l) => l.path)).toEqual(["/reset-password/[token]"]);
    expect(done.map((o) => o.route)).toEqual(["/reset-password/[token]", "/api/health/live"]);
  });
});

describe("/api/metrics", () => {
  it("wants the bearer token", async () => {
    expect((await get("/api/metrics")).status).toBe(401);
    expect((await get("/api/metrics", { authorization: "Bearer wrong" })).status).toBe(401);
    expect((await get("/api/metrics", { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it("counts requests by method, route pattern and status class, never by address, with the process metrics", async () => {
    await get("/api/v1/initiatives/DIG-0001");
    await get("/api/v1/initiatives/DIG-0002");
    await get("/initiatives/radweg-nord");
    await send("/api/v1/initiatives", 2 * MAX_BODY_BYTES);
    const { body, type } = await get("/api/metrics", { authorization: `Bearer ${TOKEN}` });
    expect(type).toContain("text/plain");
    expect(body).toMatch(/mm_http_requests_total\{method="GET",route="\/api\/v1\/initiatives\/\[code\]",status_class="2xx"\} \d+/);
    expect(body).toMatch(/mm_http_requests_total\{method="GET",route="\/\[locale\]\/initiatives\/\[slug\]",status_class="2xx"\} \d+/);
    expect(body).toMatch(/mm_http_requests_total\{method="POST",route="\/api\/v1\/initiatives",status_class="4xx"\} \d+/);
    expect(body).toMatch(/mm_http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/api\/v1\/initiatives\/\[code\]",status_class="2xx"\}/);
    expect(body).toMatch(/mm_http_refused_total\{status="413"\} \d+/);
    expect(body).not.toContain("DIG-0001");
    expect(body).not.toContain("radweg-nord");
    for (const name of ["process_resident_memory_bytes", "nodejs_heap_size_used_bytes", "nodejs_eventloop_lag_seconds"]) expect(body).toContain(name);
  });
});
