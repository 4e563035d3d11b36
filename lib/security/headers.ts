// The security headers every response carries (OWASP ASVS V14.4, BSI APP.3.1), as pure functions:
// proxy.ts only feeds them the request and copies the result onto the response. Web APIs only
// (no node:crypto, no Buffer), so the same code runs in any proxy runtime.
import { tileOrigin } from "@/lib/map/tiles";

/** A fresh CSP nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy for one response. Scripts run only with the request's nonce
 * ('strict-dynamic' extends trust to the chunks those scripts load); inline styles stay allowed
 * because React and Next set `style` attributes, which nonces cannot cover.
 */
export function buildCsp(nonce: string, { dev = false, frameAncestors = "'none'" }: { dev?: boolean; frameAncestors?: string } = {}): string {
  // React's development build uses eval to rebuild server error stacks; production never does.
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`, dev, frameAncestors);
}

/**
 * The embeddable pages (/embed/…, lib/embed): the only ones another site may frame, and only the
 * origins listed in EMBED_ALLOWED_ORIGINS (space- or comma-separated, e.g.
 * "https://www.duisburg.de https://intranet.duisburg.de"). Entries that are not a bare http(s)
 * origin are ignored; none left: 'none', as everywhere else.
 */
export function embedFrameAncestors(value: string | undefined): string {
  const origins = (value ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((entry) => {
      try {
        const u = new URL(entry);
        const bare = (u.protocol === "https:" || u.protocol === "http:") && u.origin === entry.replace(/\/$/, "");
        return bare ? [u.origin] : [];
      } catch {
        return [];
      }
    });
  return origins.length ? [...new Set(origins)].join(" ") : "'none'";
}

/** The pages other sites may frame (see embedFrameAncestors). */
export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith("/embed/");
}

/**
 * The policy for cached HTML (lib/security/script-hashes.ts): its inline scripts by their hashes,
 * script files from our own origin. No 'strict-dynamic' (it would ignore 'self' and so block Next's
 * chunk files, which carry neither nonce nor hash), no 'unsafe-inline'.
 */
export function buildHashCsp(hashes: readonly string[]): string {
  return policy(["'self'", ...hashes].join(" "), false);
}

/** Set by proxy.ts on the public site's responses: lib/server/hash-csp.ts gives their HTML the hash policy. */
export const HASH_CSP_MARK = "x-mm-hash-csp";

function policy(scriptSources: string, dev: boolean, frameAncestors = "'none'"): string {
  // The map's optional background tiles (MAP_TILE_URL, lib/map/tiles.ts) come from their server.
  const tiles = tileOrigin();
  const directives: string[] = [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ];
  // Would turn http://localhost subresources into https:// ones during development.
  if (!dev) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

/**
 * The static security headers. HSTS only when it can mean something: a production server reached
 * over TLS (a browser ignores it over http anyway, but a local http run must not pin localhost),
 * or when the operator forces it (`HSTS=true`, e.g. when TLS ends at a proxy that drops x-forwarded-proto).
 */
export function securityHeaders({ production, https, forceHsts = false, frameable = false }: { production: boolean; https: boolean; forceHsts?: boolean; frameable?: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // `browsing-topics` is what Chromium understands today for the ad-interest API that
    // `interest-cohort` (FLoC) named; an unknown feature makes Chromium log an error on every page.
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), browsing-topics=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // X-Frame-Options cannot name origins: an embeddable page relies on CSP frame-ancestors alone.
  if (frameable) delete headers["X-Frame-Options"];
  if (forceHsts || (production && https)) headers["Strict-Transport-Security"] = HSTS_VALUE;
  return headers;
}

/** Whether the client reached us over TLS: directly, or through a proxy that says so. */
export function isHttps(requestUrl: string, forwardedProto: string | null): boolean {
  // A chain of proxies may send "https,http"; the first entry is the client-facing hop.
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  if (proto) return proto === "https";
  try {
    return new URL(requestUrl).protocol === "https:";
  } catch {
    return false;
  }
}

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/** Reuses an incoming request id when it is safe to log and echo, otherwise makes a new one. */
export function requestIdFrom(headerValue: string | null | undefined): string {
  return headerValue && REQUEST_ID.test(headerValue) ? headerValue : crypto.randomUUID();
}

/**
 * Responses that bring a stricter Content-Security-Policy of their own, which the proxy's page
 * policy must not replace: the city's logo and the status badges (an SVG opened on its own may do nothing at all).
 */
const OWN_CSP_PREFIXES = ["/api/public/brand/logo/"];

/** The embeddable status badges (lib/embed/badge-response.ts), SVG with a policy of its own. */
const OWN_CSP_PATTERN = /^\/embed\/initiatives\/[^/]+\/badge\.(svg|png)$/;

export function hasOwnCsp(pathname: string): boolean {
  return OWN_CSP_PREFIXES.some((p) => pathname.startsWith(p)) || OWN_CSP_PATTERN.test(pathname);
}

/** The signed-in areas: their responses must never be stored by a browser or shared cache. */
const NO_STORE_PREFIXES = ["/app", "/api/v1", "/api/auth", "/login"];

export function isNoStorePath(pathname: string): boolean {
  return NO_STORE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
