// Requests refused before Next: invalid UTF-8 in the path, an overlong address, very many query
// parameters — each a clear 4xx in the route's format, on a real socket.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkRequestTarget, MAX_HEADER_BYTES, MAX_QUERY_PARAMS, MAX_TARGET_LENGTH, refuse } from "./request-target";

describe("checkRequestTarget", () => {
  it("lets ordinary addresses through, percent-encoded umlauts included", () => {
    for (const ok of ["/", "/initiatives?field=mobilitaet&page=2", "/initiatives/stra%C3%9Fe", "/api/public/v1/initiatives?q=%C3%A4"]) expect(checkRequestTarget(ok)).toBeNull();
  });
  it("refuses invalid UTF-8 in the path (400), an overlong address (414) and too many parameters (400)", () => {
    expect(checkRequestTarget("/initiatives/%ff")).toEqual({ status: 400, reason: "address is not valid UTF-8" });
    expect(checkRequestTarget("/api/v1/initiatives/%C3%28")?.status).toBe(400);
    expect(checkRequestTarget(`/initiatives?q=${"a".repeat(MAX_TARGET_LENGTH)}`)?.status).toBe(414);
    expect(checkRequestTarget(`/initiatives?${Array.from({ length: MAX_QUERY_PARAMS + 1 }, (_, i) => `p${i}=1`).join("&")}`)?.status).toBe(400);
  });
});

describe("on a real socket", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
      const refusal = checkRequestTarget(req.url ?? "/");
      if (refusal) return refuse(req.url ?? "/", res, refusal, "req-1");
      res.end("served");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  /** Sends the target exactly as given (fetch would re-encode it). */
  function get(target: string): Promise<{ status: number; type: string; body: string }> {
    return new Promise((resolve, reject) => {
      http.get({ host: "127.0.0.1", port, path: target }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode!, type: String(res.headers["content-type"]), body }));
      }).on("error", reject);
    });
  }

  it("answers a page for the site and the API's JSON error for /api, never a 500", async () => {
    const page = await get("/initiatives/%ff");
    expect(page.status).toBe(400);
    expect(page.type).toContain("text/html");
    expect(page.body).toContain("Diese Adresse kann nicht aufgerufen werden");
    const api = await get("/api/v1/initiatives/%ff");
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toMatchObject({ error: { code: "VALIDATION" }, requestId: "req-1" });
    // A 100 KB query string: 414, quickly.
    const started = Date.now();
    expect((await get(`/initiatives?q=${"x".repeat(100 * 1024)}`)).status).toBe(414);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await get("/initiatives?field=mobilitaet")).body).toBe("served");
  });
});
