// Request bodies the server refuses before anything parses them (issue 17): 413 in the route's
// format (lib/server/request-target.ts) with a log line, instead of Next.js reading up to its own
// limit and answering 500. Checked on Content-Length before the request reaches Next.js, and by
// counting the bytes as they arrive for a body without one (chunked).
//
// One small limit for every form, server action and API route, and one named larger limit for the
// only upload, the import (/app/admin/import): its server action sends the file (at most 10 MB,
// lib/transfer/read.ts) base64-encoded in JSON, 13.4 MB. It is recognised by method, exact path and
// the Next-Action header, which is how Next.js itself tells a server action from a page request;
// whatever else is posted to that path gets the small limit. Document uploads (POST /api/v1/documents,
// 20 MB files as multipart) have their own named limit. next.config.js keeps Next's own
// serverActions.bodySizeLimit at the import's size as a second line.
import type http from "node:http";
import type net from "node:net";

/** Every request body: forms and server actions are a few KB, the API's largest batch 512 KB (lib/kpis/bulk-measurements.ts). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** The import's upload: a 10 MB file base64-encoded (13.4 MB) in the server action's JSON. */
export const IMPORT_BODY_BYTES = 14 * 1024 * 1024;
/** The page whose server action uploads the import (app/(internal)/app/admin/import). */
export const IMPORT_PATH = "/app/admin/import";

/** A document upload (lib/documents/upload-route.ts): a 20 MB file and a few fields as multipart. */
export const DOCUMENT_BODY_BYTES = 21 * 1024 * 1024;
/** The upload route of documents; it streams the file and counts its bytes itself too. */
export const DOCUMENT_PATH = "/api/v1/documents";

export type BodyLimit = { name: "default" | "import" | "document"; bytes: number };

/** The limit of a request's body, by method, path (without query) and headers. */
export function bodyLimitFor(method: string | undefined, pathname: string, headers: http.IncomingHttpHeaders): BodyLimit {
  const trimmed = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  if (method === "POST" && trimmed === IMPORT_PATH && typeof headers["next-action"] === "string") return { name: "import", bytes: IMPORT_BODY_BYTES };
  if (method === "POST" && trimmed === DOCUMENT_PATH) return { name: "document", bytes: DOCUMENT_BODY_BYTES };
  return { name: "default", bytes: MAX_BODY_BYTES };
}

/** "13.4 MB" style, for messages. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Whether the declared Content-Length is over `limit` (Node's parser has already refused a malformed one). */
export function declaredOver(headers: http.IncomingHttpHeaders, limit: number): boolean {
  const declared = headers["content-length"];
  return declared !== undefined && Number(declared) > limit;
}

/**
 * For a body without Content-Length: counts the bytes as the parser hands them to the request
 * stream, without consuming them (whoever reads the body still gets every byte up to the limit).
 * Past the limit, no further byte reaches the reader and `onOver` is called once.
 */
export function capStreamedBody(req: http.IncomingMessage, limit: number, onOver: () => void): void {
  if (req.headers["content-length"] !== undefined || req.headers["transfer-encoding"] === undefined) return;
  let seen = 0;
  let over = false;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    const data = chunk !== null && chunk !== undefined;
    // Past the limit the rest is read and dropped (see lingerAfterRefusal), never handed on.
    if (over && data) return true;
    if (data) {
      seen += typeof chunk === "string" ? Buffer.byteLength(chunk, encoding) : (chunk as Uint8Array).byteLength;
      if (seen > limit) {
        over = true;
        onOver();
        return true;
      }
    }
    return push(chunk, encoding);
  };
}

/** How long the rest of a refused body is read and dropped, so that the client gets to read the 413. */
export const LINGER_MS = 5000;

/**
 * After a refusal the connection closes, but not at once: a client still sending its body would get
 * a reset instead of the 413 (closing a socket with unread data resets it, and the reset discards
 * the answer in the client's buffer). So the server ends its side after the answer, keeps reading
 * and dropping what still arrives, and closes when the client has finished or after LINGER_MS
 * (nginx's lingering close). A client that announced its body with `Expect: 100-continue` (curl)
 * gets the 413 instead of "100 Continue" and sends nothing (serve.ts).
 */
export function lingerAfterRefusal(socket: net.Socket): void {
  socket.destroySoon = function lingeringClose(this: net.Socket) {
    if (this.writable) this.end();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once("end", () => this.destroy());
    this.once("close", () => clearTimeout(timer));
  };
}
