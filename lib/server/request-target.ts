// Requests the app refuses before Next sees them, with a clear 4xx and a log line instead of a
// plain-text 500 (an invalid UTF-8 path threw inside Next's router) or a slow request: an address
// that is not valid UTF-8 (400), an overlong address (414) and a query with very many parameters
// (400). An API path gets the API's JSON error, anything else a small page in both languages.
import type http from "node:http";

/** Longest request target (path and query) served. Filter URLs of the portfolio stay far below. */
export const MAX_TARGET_LENGTH = 8 * 1024;
/** Most query parameters served. */
export const MAX_QUERY_PARAMS = 300;
/**
 * Node's limit for the request line and headers together, raised from 16 KB so that an overlong
 * address reaches the check below (414 with a log line) instead of Node's bare 431.
 */
export const MAX_HEADER_BYTES = 128 * 1024;

export type Refusal = { status: 400 | 413 | 414; reason: string };

/** Why the request target `target` (as sent) is refused, or null. */
export function checkRequestTarget(target: string): Refusal | null {
  if (target.length > MAX_TARGET_LENGTH) return { status: 414, reason: "address too long" };
  const q = target.indexOf("?");
  const path = q < 0 ? target : target.slice(0, q);
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, reason: "address is not valid UTF-8" };
  }
  if (q >= 0 && target.slice(q + 1).split("&").length > MAX_QUERY_PARAMS) return { status: 400, reason: "too many query parameters" };
  return null;
}

const TEXTS = {
  address: { de: ["Diese Adresse kann nicht aufgerufen werden", "Bitte prüfen Sie die Adresse."], en: "This address cannot be served. Please check it." },
  body: { de: ["Die gesendeten Daten sind zu groß", "Bitte senden Sie weniger oder eine kleinere Datei."], en: "The data sent is too large. Please send less, or a smaller file." },
};

const PAGE = (status: number) => {
  const text = status === 413 ? TEXTS.body : TEXTS.address;
  return (
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${status}</title></head><body><main>` +
    `<h1>${text.de[0]}</h1><p>${text.de[1]}</p>` +
    `<p lang="en">${text.en}</p><p><a href="/">Startseite / Home</a></p></main></body></html>`
  );
};

/** Answers `res` with the refusal, in the API's JSON for /api/…, else as a page (German and English). */
export function refuse(target: string, res: http.ServerResponse, refusal: Refusal, requestId: string): void {
  const api = target.startsWith("/api/");
  const body = api
    ? JSON.stringify({ error: { code: "VALIDATION", message: `Request refused: ${refusal.reason}.` }, requestId })
    : PAGE(refusal.status);
  res.writeHead(refusal.status, {
    "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Request-Id": requestId,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    // A refused body is not read: the connection cannot carry another request after it.
    ...(refusal.status === 413 ? { Connection: "close" } : {}),
  });
  res.end(body);
}
