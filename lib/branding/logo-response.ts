// Serves the city's logo from the database, so every instance answers with the same file. Its
// address carries the start of its SHA-256 (lib/branding/queries.ts), so a new logo is a new
// address and the bytes behind one address never change: browsers and proxies may keep it for a
// year (`immutable`), and the ETag answers a revalidation with 304. An address that names an old
// logo answers 404. `nosniff` keeps browsers from taking it for anything but its type, and a CSP of
// its own forbids scripts and every fetch, should an SVG be opened on its own.
import { db } from "@/lib/db/client";
import { matchesEtag } from "@/lib/server/hash-csp";
import { loadLogo } from "./queries";

const FILE = /^([0-9a-f]{16})\.(png|svg)$/;
/** What the logo (an SVG opened directly) may do: draw with its own inline styles, nothing else. */
export const LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

export async function serveLogo(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const m = FILE.exec((await params).file);
  const logo = m ? await loadLogo(await db()) : null;
  const extension = logo?.type === "image/png" ? "png" : "svg";
  if (!m || !logo || !logo.sha256.startsWith(m[1]!) || extension !== m[2]) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": LOGO_CSP } });
  }
  const etag = `"${logo.sha256}"`;
  const headers: Record<string, string> = {
    "Content-Type": logo.type,
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
    // Its own, stricter than the site's (proxy.ts leaves it, lib/security/headers.ts hasOwnCsp).
    "Content-Security-Policy": LOGO_CSP,
  };
  if (matchesEtag(request.headers.get("if-none-match") ?? undefined, etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : Buffer.from(logo.bytes), { status: 200, headers: { ...headers, "Content-Length": String(logo.bytes.length) } });
}
