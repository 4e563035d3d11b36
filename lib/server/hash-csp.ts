// The custom server's half of the hash-based CSP (lib/security/script-hashes.ts). proxy.ts marks
// the responses of the public site with HASH_CSP_MARK and gives them the strict nonce policy as a
// fallback: a page served some other way (plain `next start`) stays locked down rather than open.
// Here a marked response is held until it is complete; HTML gets the policy naming the hashes of
// its inline scripts instead of the fallback. Unmarked responses stream through untouched.
//
// Compression: Next compresses inside its handler, after this wrapper, so it would hand us gzip
// bytes to hash. For the public site's requests the server therefore takes Accept-Encoding off the
// request before Next sees it (`takeAcceptEncoding`) and compresses the finished body here. The
// public site serves the same few pages over and over, so the policy and the compressed bodies are
// kept per body digest (a bounded map): a cached page costs one digest, not a hash and a gzip run.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { buildHashCsp, HASH_CSP_MARK } from "@/lib/security/headers";
import { inlineScriptHashes } from "@/lib/security/script-hashes";

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;
type Encoding = "br" | "gzip";

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) => (typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk));

/** Bodies below this are sent as they are (compression would save little). */
const MIN_COMPRESS_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|rss\+xml|javascript|ld\+json)|text\/x-component)/i;
const MEMO_ENTRIES = 256;
/**
 * What a shared cache (a CDN, the city's reverse proxy) and the browser may do with a page Next
 * served from its page cache: keep it, but ask again each time (the ETag makes that a 304). Next's
 * own "s-maxage=600, stale-while-revalidate=…" would let them show a page for minutes after a
 * change, while the site promises that a change is visible on the next request.
 */
export const CACHED_PAGE_CACHE_CONTROL = "public, no-cache";

type Memo = { tag: string; csp?: string; encoded: Partial<Record<Encoding, Buffer>> };
const memo = new Map<string, Memo>();

function remembered(body: Buffer): Memo {
  const key = createHash("sha1").update(body).digest("base64url");
  let entry = memo.get(key);
  if (entry) {
    memo.delete(key);
    memo.set(key, entry);
    return entry;
  }
  entry = { tag: key, encoded: {} };
  memo.set(key, entry);
  if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
  return entry;
}

/** The encoding to answer with, from the client's Accept-Encoding (brotli before gzip; q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return null;
}

/** Removes Accept-Encoding from the request (Next then sends plain bytes) and returns it. */
export function takeAcceptEncoding(req: IncomingMessage): string | undefined {
  const value = req.headers["accept-encoding"];
  delete req.headers["accept-encoding"];
  return Array.isArray(value) ? value.join(",") : value;
}

function encode(body: Buffer, encoding: Encoding): Buffer {
  // Brotli at quality 5: about gzip's speed with smaller output (11, the default, is for build time).
  return encoding === "br" ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body, { level: 6 });
}

/** Whether an If-None-Match header names `etag` (weak or strong, or "*"). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

/**
 * Watches `res`: once its first byte is due, a marked response is collected and sent in one
 * piece (HTML with its hash policy; compressed when `acceptEncoding` allows); any other response
 * gets its original methods back and streams as before. The mark never reaches the client.
 */
export function applyHashCsp(res: ServerResponse, acceptEncoding?: string, ifNoneMatch?: string): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let mode: "undecided" | "collect" | "pass" = "undecided";
  let head: unknown[] | null = null;
  const chunks: Buffer[] = [];

  const restore = () => Object.assign(res, original);

  function decide(): boolean {
    if (mode !== "undecided") return mode === "collect";
    if (head) {
      // Headers given to writeHead go onto the response, so they are read (and sent) as any other.
      const [status, second, third] = head;
      res.statusCode = status as number;
      const given = (typeof second === "string" ? third : second) as Record<string, string | string[] | number | undefined> | string[] | undefined;
      if (typeof second === "string") res.statusMessage = second;
      if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) res.setHeader(given[i]!, given[i + 1]!);
      else if (given) for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value);
    }
    const marked = res.getHeader(HASH_CSP_MARK) !== undefined;
    res.removeHeader(HASH_CSP_MARK);
    mode = marked && res.getHeader("content-encoding") === undefined ? "collect" : "pass";
    if (mode === "pass") restore();
    return mode === "collect";
  }

  res.writeHead = function writeHead(this: ServerResponse, ...args: unknown[]) {
    head = args;
    return this;
  } as ServerResponse["writeHead"];
  res.flushHeaders = () => {};
  res.write = function write(this: ServerResponse, chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) {
    if (!decide()) return original.write.call(res, chunk, encoding as BufferEncoding, callback);
    chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    (typeof encoding === "function" ? encoding : callback)?.();
    return true;
  } as ServerResponse["write"];
  res.end = function end(this: ServerResponse, chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, callback?: Callback) {
    if (!decide()) return original.end.call(res, chunk as Chunk, encoding as BufferEncoding, callback);
    const done = [chunk, encoding, callback].find((a): a is Callback => typeof a === "function");
    if (chunk !== undefined && typeof chunk !== "function") chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    restore();
    const body = Buffer.concat(chunks);
    if (/s-maxage/.test(String(res.getHeader("cache-control") ?? ""))) res.setHeader("Cache-Control", CACHED_PAGE_CACHE_CONTROL);
    if (body.length === 0) return (original.end as (cb?: () => void) => ServerResponse).call(res, done as (() => void) | undefined);
    const entry = remembered(body);
    const type = String(res.getHeader("content-type") ?? "");
    if (type.startsWith("text/html")) res.setHeader("Content-Security-Policy", (entry.csp ??= buildHashCsp(inlineScriptHashes(body.toString("utf8")))));
    let sent: Buffer = body;
    if (COMPRESSIBLE.test(type)) {
      const vary = String(res.getHeader("vary") ?? "");
      if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      const encodingToUse = body.length >= MIN_COMPRESS_BYTES ? chooseEncoding(acceptEncoding) : null;
      if (encodingToUse) {
        sent = entry.encoded[encodingToUse] ??= encode(body, encodingToUse);
        res.setHeader("Content-Encoding", encodingToUse);
      }
    }
    // The ETag from the digest already taken (next.config.js turns Next's own off: it hashed every
    // cached page in JavaScript on every request), one per encoding, as the bodies differ.
    if (res.statusCode === 200) {
      const etag = `"${entry.tag}${res.getHeader("content-encoding") ? `-${String(res.getHeader("content-encoding"))}` : ""}"`;
      res.setHeader("ETag", etag);
      if (matchesEtag(ifNoneMatch, etag)) {
        res.statusCode = 304;
        res.removeHeader("Content-Encoding");
        res.removeHeader("Content-Length");
        return (original.end as (cb?: () => void) => ServerResponse).call(res, done as (() => void) | undefined);
      }
    }
    res.setHeader("Content-Length", sent.length);
    return original.end.call(res, sent, "binary" as BufferEncoding, done);
  } as ServerResponse["end"];
}
