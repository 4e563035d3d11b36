// Every response carries the security baseline (a strict CSP, nosniff, referrer, permissions and
// framing policies, a request id), and the public site still works under that CSP. The signed-in
// app and the API have a per-request nonce; the public site's HTML, which is served from a cache,
// names the hashes of its inline scripts instead (lib/server/hash-csp.ts).
import { createHash } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";

const VALID_ID = "e2e-request-0123456789";

/** The CSP as a map directive → source list. */
function cspDirectives(res: APIResponse): Map<string, string[]> {
  const csp = res.headers()["content-security-policy"];
  expect(csp, "Content-Security-Policy header").toBeTruthy();
  return new Map(
    csp!.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

function nonceOf(res: APIResponse): string {
  const scriptSrc = cspDirectives(res).get("script-src") ?? [];
  const nonce = scriptSrc.map((s) => /^'nonce-([A-Za-z0-9+/=_-]+)'$/.exec(s)?.[1]).find(Boolean);
  expect(nonce, `nonce in script-src ${scriptSrc.join(" ")}`).toBeTruthy();
  return nonce!;
}

for (const path of ["/", "/en/initiatives", "/login", "/api/health"]) {
  const hashed = path === "/" || path.startsWith("/en");
  test(`${path} answers with a ${hashed ? "hash" : "nonce"}-based CSP and the baseline security headers`, async ({ request }) => {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const csp = cspDirectives(res);
    const scriptSrc = csp.get("script-src")!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    if (hashed) {
      expect(scriptSrc[0]).toBe("'self'");
      expect(scriptSrc.length).toBeGreaterThan(1);
      for (const source of scriptSrc.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    } else {
      expect(scriptSrc).toContain("'strict-dynamic'");
      nonceOf(res);
    }
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);

    const h = res.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toMatch(/camera=\(\)/);
    expect(h["permissions-policy"]).toMatch(/microphone=\(\)/);
    expect(h["permissions-policy"]).toMatch(/geolocation=\(\)/);
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["cross-origin-opener-policy"]).toBe("same-origin");
    expect(h["x-powered-by"]).toBeUndefined();
  });

  test(`${path} echoes a valid incoming request id and replaces an invalid one`, async ({ request }) => {
    const echoed = await request.get(path, { headers: { "x-request-id": VALID_ID } });
    expect(echoed.headers()["x-request-id"]).toBe(VALID_ID);

    for (const bad of ["short", "has spaces in it", "x".repeat(65), "abcd1234<script>"]) {
      const replaced = await request.get(path, { headers: { "x-request-id": bad } });
      const id = replaced.headers()["x-request-id"];
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    }

    const fresh = await request.get(path);
    expect(fresh.headers()["x-request-id"]).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  });
}

test("every response gets its own nonce and request id", async ({ request }) => {
  const [a, b] = [await request.get("/login"), await request.get("/login")];
  expect(nonceOf(a)).not.toBe(nonceOf(b));
  expect(a.headers()["x-request-id"]).not.toBe(b.headers()["x-request-id"]);
});

test("the public page's CSP names exactly the hashes of its inline scripts, the same for every reader", async ({ request }) => {
  const res = await request.get("/");
  const html = await res.text();
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\ssrc=/.test(m[1]!)).map((m) => m[2]!);
  expect(inline.length).toBeGreaterThan(0);
  const expected = new Set(inline.map((text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`));
  const listed = new Set(cspDirectives(res).get("script-src")!.slice(1));
  expect(listed).toEqual(expected);
  // No nonce to guess, and nothing per request: a cached copy of the page carries the same policy.
  expect(res.headers()["content-security-policy"]).not.toContain("nonce");
  expect(html).not.toContain("nonce=");
  const again = await request.get("/");
  expect(again.headers()["content-security-policy"]).toBe(res.headers()["content-security-policy"]);
});

test("every script in the signed-in app's HTML carries the nonce from the CSP header", async ({ request }) => {
  const res = await request.get("/login");
  const nonce = nonceOf(res);
  const html = await res.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
  // The page is a Next app: framework chunks and inline flight data are always there.
  expect(scripts.length).toBeGreaterThan(1);
  expect(scripts.some((s) => /\ssrc=/.test(s)), "an external script").toBe(true);
  expect(scripts.some((s) => !/\ssrc=/.test(s)), "an inline script").toBe(true);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
});

test("the public site runs under the CSP without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (msg.text().includes("Content Security Policy")) violations.push(msg.text());
  });
  page.on("pageerror", (err) => violations.push(`page error: ${err.message}`));
  // Also catch violations the console might not report (e.g. from reporting-only paths).
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The framework's scripts ran: React hydrated the page and client-side navigation works.
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe("string");
  await page.getByRole("link", { name: /Handlungsfeld Infrastruktur/ }).first().click();
  await expect(page).toHaveURL(/\/fields\//);
  const link = page.locator("tbody a").first();
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await page.waitForLoadState("networkidle");

  const domViolations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect([...violations, ...domViolations]).toEqual([]);
});

test("no HSTS over plain http, but HSTS behind a TLS-terminating proxy", async ({ request }) => {
  for (const path of ["/", "/api/health"]) {
    expect((await request.get(path)).headers()["strict-transport-security"], path).toBeUndefined();
  }
  const viaTls = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
  expect(viaTls.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
});

test("the signed-in areas are never cached", async ({ request }) => {
  for (const path of ["/login", "/app", "/api/auth/session"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()["cache-control"], path).toContain("no-store");
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});
