// The 503 answer during a database outage, on a real HTTP server: a 500 (however Next sends it)
// becomes the bilingual page or the API's JSON error with Retry-After while the database is down;
// other answers, and any answer while it is up, pass unchanged.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { HASH_CSP_MARK } from "@/lib/security/headers";
import { applyHashCsp } from "./hash-csp";
import { answerUnavailableInsteadOf500, preferredLanguage } from "./unavailable";

let down = true;
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    answerUnavailableInsteadOf500(req, res, () => down);
    const url = req.url ?? "/";
    if (url.startsWith("/public")) applyHashCsp(res);
    res.setHeader("X-Request-Id", "req-12345678");
    if (url.endsWith("/500-writehead")) {
      // As Next sends its error page: explicit head, then the body in pieces.
      res.writeHead(500, { "Content-Type": "text/html", "X-Powered-By": "Next.js" });
      res.write("<html><body>Error: connect ECONNREFUSED 127.0.0.1:5450");
      res.end("    at Socket (node_modules/pg/lib/client.js:1:2)</body></html>");
      return;
    }
    if (url.endsWith("/500")) {
      res.statusCode = 500;
      res.setHeader(HASH_CSP_MARK, "1");
      res.setHeader("Content-Type", "text/html");
      res.end("<html>Internal Server Error</html>");
      return;
    }
    if (url.endsWith("/503")) {
      res.writeHead(503, { "Content-Type": "application/json" });
      res.end('{"status":"unavailable"}');
      return;
    }
    if (url.endsWith("/wrapped")) {
      // Wrapped again after us, as Next's compression does: that wrapper must stay in place.
      const write = res.write;
      res.write = ((chunk: string) => (write as (c: string) => boolean).call(res, chunk.toUpperCase())) as typeof res.write;
    }
    res.setHeader("Content-Type", "text/html");
    res.write("<p>fine</p>");
    res.write("<p>still</p>");
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("answerUnavailableInsteadOf500", () => {
  it("answers a 500 during an outage with the 503 page in both languages, Retry-After and no trace of the error", async () => {
    down = true;
    for (const path of ["/app/500-writehead", "/public/500"]) {
      const res = await fetch(`${base}${path}`, { headers: { "accept-language": "en-GB,en;q=0.9" } });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("x-powered-by")).toBeNull();
      expect(res.headers.get("x-request-id")).toBe("req-12345678");
      const body = await res.text();
      expect(body).toMatch(/^<!DOCTYPE html><html lang="en">/);
      for (const text of [de.errors.unavailableTitle, de.errors.unavailableText, en.errors.unavailableTitle]) expect(body).toContain(text);
      expect(body).not.toMatch(/ECONNREFUSED|node_modules|Internal Server Error/);
      expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(body));
    }
  });

  it("answers under /api/ with the API's JSON error", async () => {
    down = true;
    const res = await fetch(`${base}/api/thing/500-writehead`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toMatchObject({ error: { code: "UNAVAILABLE" }, requestId: "req-12345678" });
  });

  it("lets other answers through, and every answer while the database is up", async () => {
    down = true;
    const ready = await fetch(`${base}/api/health/503`);
    expect([ready.status, await ready.text()]).toEqual([503, '{"status":"unavailable"}']);
    const ok = await fetch(`${base}/app/page`);
    expect([ok.status, await ok.text()]).toEqual([200, "<p>fine</p><p>still</p>"]);
    const wrapped = await fetch(`${base}/app/wrapped`);
    expect(await wrapped.text()).toBe("<P>FINE</P><P>STILL</P>");
    down = false;
    const error = await fetch(`${base}/app/500-writehead`);
    expect(error.status).toBe(500);
    expect(error.headers.get("x-powered-by")).toBe("Next.js");
  });
});

describe("preferredLanguage", () => {
  it("takes the English site's address, then the app's cookie, then Accept-Language, else German", () => {
    expect(preferredLanguage({ url: "/en/initiatives/x", headers: { "accept-language": "de" } })).toBe("en");
    expect(preferredLanguage({ url: "/app", headers: { cookie: "a=b; locale=en", "accept-language": "de" } })).toBe("en");
    expect(preferredLanguage({ url: "/app", headers: { "accept-language": "en-US,en" } })).toBe("en");
    expect(preferredLanguage({ url: "/initiatives/x", headers: {} })).toBe("de");
  });
});
