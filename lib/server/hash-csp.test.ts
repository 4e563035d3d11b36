// The hash policy on a real HTTP server: marked HTML gets a CSP naming exactly its inline scripts'
// hashes, in one piece with its length; anything else streams through with its own headers.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HASH_CSP_MARK } from "@/lib/security/headers";
import { inlineScriptHashes } from "@/lib/security/script-hashes";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { applyHashCsp, CACHED_PAGE_CACHE_CONTROL, chooseEncoding, takeAcceptEncoding } from "./hash-csp";

/** A page over the compression threshold, with a non-ASCII script. */
const FILLER = `<p>${"Vorhaben ".repeat(200)}</p>`;
const PAGE = ['<!DOCTYPE html><html><head><script src="/_next/a.js" async></script>', "<script>self.__next_f.push([1,\"ä\"])</script>", `</head><body>${FILLER}<script type="application/ld+json">{"a":1}</script><script>alert("x")</script></body></html>`];
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const ifNoneMatch = req.headers["if-none-match"];
    applyHashCsp(res, takeAcceptEncoding(req), ifNoneMatch);
    res.setHeader("Content-Security-Policy", "script-src 'nonce-fallback'");
    if (req.url === "/page" || req.url === "/page-writehead") {
      res.setHeader(HASH_CSP_MARK, "1");
      // As Next sends a page from its page cache (ISR).
      if (req.url === "/page-writehead") res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "X-Extra": "kept", "Cache-Control": "s-maxage=600, stale-while-revalidate=31535400" });
      else res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.flushHeaders();
      for (const part of PAGE.slice(0, -1)) res.write(part);
      res.end(PAGE.at(-1));
      return;
    }
    if (req.url === "/json") {
      res.setHeader(HASH_CSP_MARK, "1");
      res.writeHead(201, { "Content-Type": "application/json" });
      res.end('{"ok":true}');
      return;
    }
    res.setHeader("Content-Type", "text/html");
    res.write("<p>streamed</p>");
    res.end("<script>x()</script>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("inlineScriptHashes", () => {
  it("hashes inline scripts (the UTF-8 bytes as sent), skipping script files and data blocks", () => {
    expect(inlineScriptHashes("<script></script>")).toEqual(["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
    const hashes = inlineScriptHashes(PAGE.join(""));
    expect(hashes).toHaveLength(2);
    expect(inlineScriptHashes('<script>alert("x")</script><SCRIPT >alert("x")</script >')).toHaveLength(1);
  });
});

describe("applyHashCsp", () => {
  it("gives marked HTML the policy with its scripts' hashes, its length, and no mark", async () => {
    for (const path of ["/page", "/page-writehead"]) {
      const res = await fetch(`${base}${path}`, { headers: { "accept-encoding": "identity" } });
      const body = await res.text();
      expect(body).toBe(PAGE.join(""));
      const csp = res.headers.get("content-security-policy")!;
      expect(csp).toContain(`script-src 'self' ${inlineScriptHashes(body).join(" ")};`);
      expect(csp).not.toContain("nonce");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
      expect(res.headers.get(HASH_CSP_MARK)).toBeNull();
      if (path === "/page-writehead") expect(res.headers.get("x-extra")).toBe("kept");
      // A cached page may be kept by the browser or a shared cache, but never shown without asking.
      expect(res.headers.get("cache-control")).toBe(path === "/page-writehead" ? CACHED_PAGE_CACHE_CONTROL : null);
    }
  });

  it("leaves a marked response that is no HTML, and unmarked HTML, as they were (streamed, own policy)", async () => {
    const json = await fetch(`${base}/json`);
    expect(json.status).toBe(201);
    expect(await json.text()).toBe('{"ok":true}');
    expect(json.headers.get("content-security-policy")).toBe("script-src 'nonce-fallback'");
    expect(json.headers.get(HASH_CSP_MARK)).toBeNull();

    const other = await fetch(`${base}/other`);
    expect(await other.text()).toBe("<p>streamed</p><script>x()</script>");
    expect(other.headers.get("content-security-policy")).toBe("script-src 'nonce-fallback'");
    expect(other.headers.get("transfer-encoding")).toBe("chunked");
  });
});

/** A raw GET (no automatic decompression), as a browser's request would arrive. */
function rawGet(path: string, acceptEncoding: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
      })
      .on("error", reject);
  });
}

describe("ETag and If-None-Match", () => {
  it("tags each encoding of a page apart, and answers a matching If-None-Match with 304 and no body", async () => {
    const plain = await fetch(`${base}/page`, { headers: { "accept-encoding": "identity" } });
    const gzip = await fetch(`${base}/page`, { headers: { "accept-encoding": "gzip" } });
    const tag = plain.headers.get("etag")!;
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(gzip.headers.get("etag")).toBe(tag.replace(/"$/, '-gzip"'));
    const again = await fetch(`${base}/page`, { headers: { "accept-encoding": "identity", "if-none-match": `W/${tag}, "other"` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const changed = await fetch(`${base}/page`, { headers: { "accept-encoding": "identity", "if-none-match": '"other"' } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe(PAGE.join(""));
  });
});

describe("compression after hashing", () => {
  it("compresses the finished page as the client accepts (brotli, else gzip), with the policy of the plain text", async () => {
    const plain = await rawGet("/page", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const gz = await rawGet("/page", "gzip, deflate");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString("utf8")).toBe(PAGE.join(""));
    const br = await rawGet("/page", "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString("utf8")).toBe(PAGE.join(""));
    for (const r of [plain, gz, br]) {
      expect(r.headers["content-security-policy"]).toBe(plain.headers["content-security-policy"]);
      expect(r.headers.vary).toMatch(/Accept-Encoding/);
      expect(r.headers["content-length"]).toBe(String(r.body.length));
    }
  });

  it("reads Accept-Encoding with its weights", () => {
    expect(chooseEncoding("gzip, br;q=0")).toBe("gzip");
    expect(chooseEncoding("br;q=0.5, gzip")).toBe("br");
    expect(chooseEncoding("deflate")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});
