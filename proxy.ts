// Next 16's proxy (formerly middleware): puts the security headers, a per-request CSP nonce and a
// request id on every response. It never decides who may see what; that happens in lib/authz.
import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, createNonce, isHttps, isNoStorePath, requestIdFrom, securityHeaders } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  const production = process.env.NODE_ENV === "production";
  const nonce = createNonce();
  const csp = buildCsp(nonce, { dev: !production });
  const requestId = requestIdFrom(request.headers.get("x-request-id"));

  // Next reads the nonce from the request's CSP header and puts it on its own scripts;
  // server code reads x-nonce and x-request-id through headers().
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-request-id", requestId);
  // The path for layouts that must send a signed-out visitor back here after sign-in.
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", requestId);
  const https = isHttps(request.url, request.headers.get("x-forwarded-proto"));
  for (const [name, value] of Object.entries(securityHeaders({ production, https, forceHsts: process.env.HSTS === "true" }))) {
    response.headers.set(name, value);
  }
  if (isNoStorePath(request.nextUrl.pathname)) response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  // Everything except build assets (immutable, cached by hash) and the favicon.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
