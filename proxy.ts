// Next 16's proxy (formerly middleware): puts the security headers, a per-request CSP nonce and a
// request id on every response, and maps the citizens' site's URLs onto app/(public)/[locale]
// (German without a prefix, English under /en; see lib/i18n/config.ts). It never decides who may
// see what; that happens in lib/authz.
import { NextResponse, type NextRequest } from "next/server";
import { publicRouteFor, queryRouteFor, splitPublicPath } from "@/lib/i18n/config";
import { buildCsp, buildHashCsp, createNonce, embedFrameAncestors, HASH_CSP_MARK, hasOwnCsp, isEmbedPath, isHttps, isNoStorePath, requestIdFrom, securityHeaders } from "@/lib/security/headers";

/** next-intl reads the request's language from this header (getLocale, getTranslations, <html lang>). */
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";
/** Marks a request this proxy has rewritten to /de/… (see below). */
const REWRITTEN_HEADER = "x-mm-rewritten";

export function proxy(request: NextRequest) {
  const production = process.env.NODE_ENV === "production";
  let route = publicRouteFor(request.nextUrl.pathname);
  // Next proxies a rewrite over HTTP to itself (and so runs this proxy a second time) when it
  // takes the rewrite target for another host, which happens when the server is bound to a
  // loopback address (`next start -H 127.0.0.1`: it compares "127.0.0.1" with the "localhost" its
  // URLs are normalised to). The second pass must serve the German page, not redirect it again.
  // A visitor sending this header can at worst read a German page under its /de/… address.
  if (route.action === "redirect" && request.headers.get(REWRITTEN_HEADER) === "1") route = { action: "pass", locale: "de" };
  if (route.action === "redirect") {
    const url = request.nextUrl.clone();
    url.pathname = route.to;
    return withSecurityHeaders(request, NextResponse.redirect(url, 308), production, null);
  }

  // A public list asked for with a query (filters, a page) is served by its twin route, rendered
  // per request; the list itself is the same for everyone and comes from the page cache.
  if (route.action !== "none") {
    const queryRoute = queryRouteFor(route.locale, splitPublicPath(request.nextUrl.pathname)!.path, request.nextUrl.searchParams);
    if (queryRoute) route = { action: "rewrite", locale: route.locale, to: queryRoute };
  }

  const nonce = createNonce();
  // The embeddable pages may be framed by the origins in EMBED_ALLOWED_ORIGINS; all others by none.
  const embed = isEmbedPath(request.nextUrl.pathname);
  const frameAncestors = embed ? embedFrameAncestors(process.env.EMBED_ALLOWED_ORIGINS) : "'none'";
  const csp = buildCsp(nonce, { dev: !production, frameAncestors });
  const requestId = requestIdFrom(request.headers.get("x-request-id"));

  // Next reads the nonce from the request's CSP header and puts it on its own scripts;
  // server code reads x-nonce and x-request-id through headers().
  const requestHeaders = new Headers(request.headers);
  // The public site's HTML gets no nonce (it is cacheable and gets the hash policy, see below).
  const hashPolicy = production && route.action !== "none";
  if (!hashPolicy) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
  }
  requestHeaders.set("x-request-id", requestId);
  // The address as the visitor sees it (before any rewrite): for layouts that must send a
  // signed-out visitor back here after sign-in, and for the public site's language switch.
  if (request.headers.get(REWRITTEN_HEADER) !== "1") requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  // The public site's language comes from its URL; elsewhere the app's cookie decides, so a
  // header sent by the client must not choose it.
  if (route.action === "none") requestHeaders.delete(LOCALE_HEADER);
  else requestHeaders.set(LOCALE_HEADER, route.locale);
  // An embed's language is asked for in its address (?lang=en; German by default).
  if (embed) requestHeaders.set(LOCALE_HEADER, request.nextUrl.searchParams.get("lang") === "en" ? "en" : "de");

  let response: NextResponse;
  if (route.action === "rewrite") {
    const target = request.nextUrl.clone();
    target.pathname = route.to;
    requestHeaders.set(REWRITTEN_HEADER, "1");
    response = NextResponse.rewrite(target, { request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("X-Request-Id", requestId);
  // The public site's HTML can be served from Next's cache, without this request's nonce: the
  // custom server (lib/server/hash-csp.ts) puts the hashes of the page's inline scripts into the
  // policy. Served any other way, the policy allows no inline script at all (locked, never open).
  // No nonce here either: Next forwards a rewrite's response headers to itself, and would then
  // stamp the nonce into the HTML.
  if (hashPolicy) response.headers.set(HASH_CSP_MARK, "1");
  // A response with a stricter policy of its own (the logo) keeps it.
  const ownCsp = hasOwnCsp(request.nextUrl.pathname);
  return withSecurityHeaders(request, response, production, ownCsp ? null : hashPolicy ? buildHashCsp([]) : csp, embed && frameAncestors !== "'none'");
}

function withSecurityHeaders(request: NextRequest, response: NextResponse, production: boolean, csp: string | null, frameable = false) {
  if (csp) response.headers.set("Content-Security-Policy", csp);
  const https = isHttps(request.url, request.headers.get("x-forwarded-proto"));
  for (const [name, value] of Object.entries(securityHeaders({ production, https, forceHsts: process.env.HSTS === "true", frameable }))) {
    response.headers.set(name, value);
  }
  if (isNoStorePath(request.nextUrl.pathname)) response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  // Everything except build assets (immutable, cached by hash) and the favicon.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
