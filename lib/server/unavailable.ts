// While the database is unavailable (lib/db/outage.ts), a request that fails with 500 failed
// because of it, wherever the query was: in the session check, a page's own reads, a public page
// not yet in the page cache. The app's server (serve.ts) answers such a request with 503, a
// Retry-After and a small page in German and English from the message catalogues (or the API's
// JSON error under /api/) instead of Next's 500 error page. Next cannot set 503 itself: a page can
// only end in 404/403/401, a redirect or 500. Answers that already say 503 (the readiness check,
// the token API) and cached public pages pass unchanged.
import type http from "node:http";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { RETRY_AFTER_SECONDS } from "@/lib/db/outage";

type Callback = (error?: Error | null) => void;

/** Headers of Next's failed answer that stay on ours (the rest describe a body we do not send). */
const KEPT_HEADERS = new Set(["x-request-id", "strict-transport-security", "x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy"]);

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** The visitor's language first: the English site (/en), the app's `locale` cookie, Accept-Language; German otherwise. */
export function preferredLanguage(req: Pick<http.IncomingMessage, "url" | "headers">): "de" | "en" {
  const path = (req.url ?? "/").split("?", 1)[0]!;
  if (path === "/en" || path.startsWith("/en/")) return "en";
  if (path === "/de" || path.startsWith("/de/")) return "de";
  const cookie = /(?:^|;\s*)locale=(de|en)(?:;|$)/.exec(String(req.headers.cookie ?? ""))?.[1];
  if (cookie === "de" || cookie === "en") return cookie;
  const first = String(req.headers["accept-language"] ?? "")
    .split(",")[0]
    ?.trim()
    .slice(0, 2)
    .toLowerCase();
  return first === "en" ? "en" : "de";
}

/** The 503 page: both languages, the visitor's first; no script, no stack trace, no request details. */
export function unavailablePage(first: "de" | "en", requestId: string): string {
  const [a, b] = first === "en" ? [en, de] : [de, en];
  const other = first === "en" ? "de" : "en";
  return (
    `<!DOCTYPE html><html lang="${first}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escape(a.errors.unavailableTitle)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><main>` +
    `<h1>${escape(a.errors.unavailableTitle)}</h1><p>${escape(a.errors.unavailableText)}</p>` +
    `<div lang="${other}"><h2>${escape(b.errors.unavailableTitle)}</h2><p>${escape(b.errors.unavailableText)}</p></div>` +
    `<p><small>${escape(requestId)}</small></p></main></body></html>`
  );
}

/**
 * Watches `res`: if its answer turns out to be a 500 while `databaseDown()` says the database is
 * unavailable, it is replaced (before its first byte) by the 503 page or, under /api/, the JSON
 * error; anything else streams as it would have. Like lib/server/hash-csp.ts, the decision waits
 * for the first byte, since Next sets the status before it writes.
 */
export function answerUnavailableInsteadOf500(req: http.IncomingMessage, res: http.ServerResponse, databaseDown: () => boolean): void {
  // The methods stay wrapped for the whole answer: Next may wrap them again (its compression), and
  // putting the originals back would undo that.
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let mode: "undecided" | "replaced" | "pass" = "undecided";
  let head: unknown[] | null = null;

  const sendUnavailable = () => {
    const requestId = String(res.getHeader("x-request-id") ?? req.headers["x-request-id"] ?? "");
    for (const name of res.getHeaderNames()) if (!KEPT_HEADERS.has(name)) res.removeHeader(name);
    const api = (req.url ?? "/").startsWith("/api/");
    const body = api
      ? JSON.stringify({ error: { code: "UNAVAILABLE", message: "The service is temporarily unavailable; please try again in a few seconds." }, requestId })
      : unavailablePage(preferredLanguage(req), requestId);
    original.writeHead.call(res, 503, {
      "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
      "Cache-Control": "no-store",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    });
    (original.end as (chunk: string) => http.ServerResponse).call(res, body);
    void import("@/lib/log").then(({ log }) => log.info("database unavailable: answered 503", { method: req.method, requestId }));
  };

  /** At the first byte: replace the answer, or hand Next's own head on. */
  function decide(): boolean {
    if (mode !== "undecided") return mode === "replaced";
    const status = head ? (head[0] as number) : res.statusCode;
    if (status === 500 && databaseDown()) {
      mode = "replaced";
      sendUnavailable();
      return true;
    }
    mode = "pass";
    if (head) (original.writeHead as (...a: unknown[]) => http.ServerResponse).apply(res, head);
    return false;
  }
  /** What Next still writes of its own error page goes nowhere. */
  const swallow = (args: unknown[]) => (args.find((a) => typeof a === "function") as Callback | undefined)?.();

  res.writeHead = function writeHead(this: http.ServerResponse, ...args: unknown[]) {
    if (mode === "undecided") head = args;
    else if (mode === "pass") return (original.writeHead as (...a: unknown[]) => http.ServerResponse).apply(res, args);
    return this;
  } as http.ServerResponse["writeHead"];
  res.flushHeaders = function flushHeaders() {
    if (mode === "pass") original.flushHeaders.call(res);
  };
  res.write = function write(this: http.ServerResponse, ...args: unknown[]) {
    if (decide()) {
      swallow(args);
      return true;
    }
    return (original.write as (...a: unknown[]) => boolean).apply(res, args);
  } as http.ServerResponse["write"];
  res.end = function end(this: http.ServerResponse, ...args: unknown[]) {
    if (decide()) {
      swallow(args);
      return res;
    }
    return (original.end as (...a: unknown[]) => http.ServerResponse).apply(res, args);
  } as http.ServerResponse["end"];
}
