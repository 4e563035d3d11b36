import { describe, expect, it } from "vitest";
import { buildCsp, createNonce, embedFrameAncestors, hasOwnCsp, HSTS_VALUE, isEmbedPath, isHttps, isNoStorePath, requestIdFrom, securityHeaders } from "./headers";

/** The CSP as a map directive → source list. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("createNonce", () => {
  it("makes a fresh base64 nonce of 128 bits each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("buildCsp", () => {
  it("allows scripts only with the request's nonce in production", () => {
    const csp = directives(buildCsp("abc123=="));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("sets the full baseline policy in production", () => {
    expect(buildCsp("n0nce")).toBe(
      "default-src 'self'; script-src 'self' 'nonce-n0nce' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests",
    );
  });

  it("adds unsafe-eval and leaves out upgrade-insecure-requests in development", () => {
    const csp = directives(buildCsp("n0nce", { dev: true }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-n0nce'", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  });
});

describe("securityHeaders", () => {
  it("always sets nosniff, referrer, permissions, framing and opener policies", () => {
    for (const production of [true, false]) {
      const h = securityHeaders({ production, https: false });
      expect(h["X-Content-Type-Options"]).toBe("nosniff");
      expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["X-Frame-Options"]).toBe("DENY");
      expect(h["Cross-Origin-Opener-Policy"]).toBe("same-origin");
      expect(h["Permissions-Policy"]).toContain("camera=()");
    }
  });

  it("writes a Permissions-Policy that is a valid structured-field dictionary denying camera, microphone and geolocation", () => {
    const policy = securityHeaders({ production: true, https: true })["Permissions-Policy"]!;
    const entries = policy.split(/,\s*/);
    for (const e of entries) expect(e).toMatch(/^[a-z][a-z0-9-]*=\(\)$/);
    expect(entries).toEqual(expect.arrayContaining(["camera=()", "microphone=()", "geolocation=()"]));
  });

  it("sends HSTS only from production over https", () => {
    expect(securityHeaders({ production: true, https: true })["Strict-Transport-Security"]).toBe(HSTS_VALUE);
    expect(securityHeaders({ production: true, https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ production: false, https: true })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("sends HSTS whenever it is forced", () => {
    expect(securityHeaders({ production: false, https: false, forceHsts: true })["Strict-Transport-Security"]).toBe(HSTS_VALUE);
  });
});

describe("isHttps", () => {
  it("trusts the first hop of x-forwarded-proto over the URL", () => {
    expect(isHttps("http://app.internal/", "https")).toBe(true);
    expect(isHttps("http://app.internal/", "HTTPS, http")).toBe(true);
    expect(isHttps("https://example.org/", "http")).toBe(false);
  });

  it("falls back to the request URL", () => {
    expect(isHttps("https://example.org/", null)).toBe(true);
    expect(isHttps("http://127.0.0.1:3000/", null)).toBe(false);
    expect(isHttps("not a url", null)).toBe(false);
  });
});

describe("requestIdFrom", () => {
  it("reuses a well-formed incoming id", () => {
    expect(requestIdFrom("abcd-1234")).toBe("abcd-1234");
    expect(requestIdFrom("a".repeat(64))).toBe("a".repeat(64));
  });

  it.each([null, undefined, "", "short", "a".repeat(65), "abc def ghi", "abcd1234\nforged log line", 'abcd1234"}', "abcd_1234"])(
    "replaces %j with a fresh uuid",
    (value) => {
      const id = requestIdFrom(value);
      expect(id).not.toBe(value);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    },
  );
});

describe("isNoStorePath", () => {
  it.each(["/app", "/app/portfolio", "/api/v1", "/api/v1/initiatives", "/api/auth/session", "/login", "/login/reset"])("covers %s", (p) =>
    expect(isNoStorePath(p)).toBe(true),
  );

  it.each(["/", "/apple", "/application", "/api/health", "/api/v2", "/initiatives/app", "/logins"])("leaves %s alone", (p) =>
    expect(isNoStorePath(p)).toBe(false),
  );
});

describe("currentRequestId", () => {
  it("returns a fresh id outside a request", async () => {
    const { currentRequestId } = await import("@/lib/request-id");
    const [a, b] = [await currentRequestId(), await currentRequestId()];
    expect(a).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    expect(a).not.toBe(b);
  });
});

describe("responses with a policy of their own", () => {
  it("are the logo's addresses only", () => {
    expect(hasOwnCsp("/api/public/brand/logo/0123456789abcdef.svg")).toBe(true);
    expect(hasOwnCsp("/api/public/v1/catalog.jsonld")).toBe(false);
    expect(hasOwnCsp("/")).toBe(false);
  });
});

describe("embeddable pages", () => {
  it("may be framed only by the configured bare origins; anything else leaves 'none'", () => {
    expect(embedFrameAncestors(undefined)).toBe("'none'");
    expect(embedFrameAncestors("")).toBe("'none'");
    expect(embedFrameAncestors("https://www.duisburg.de, https://intranet.duisburg.de https://www.duisburg.de/")).toBe("https://www.duisburg.de https://intranet.duisburg.de");
    // Paths, wildcards, other schemes and CSP keywords are not origins.
    expect(embedFrameAncestors("https://a.example/page * 'self' javascript:alert(1) data:")).toBe("'none'");
    expect(directives(buildCsp(createNonce(), { frameAncestors: embedFrameAncestors("http://127.0.0.1:3801") })).get("frame-ancestors")).toEqual(["http://127.0.0.1:3801"]);
    expect(directives(buildCsp(createNonce())).get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("are the /embed/ pages only, and drop X-Frame-Options only when asked", () => {
    expect(isEmbedPath("/embed/initiatives/x")).toBe(true);
    expect(isEmbedPath("/embedded")).toBe(false);
    expect(isEmbedPath("/initiatives/x")).toBe(false);
    expect(securityHeaders({ production: true, https: true })["X-Frame-Options"]).toBe("DENY");
    expect(securityHeaders({ production: true, https: true, frameable: true })["X-Frame-Options"]).toBeUndefined();
    expect(hasOwnCsp("/embed/initiatives/abc/badge.svg")).toBe(true);
    expect(hasOwnCsp("/embed/initiatives/abc")).toBe(false);
  });
});
