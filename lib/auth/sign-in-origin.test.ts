// Issue 14, item 8: sign-in works at whatever address the browser used when APP_URL is not set —
// next-auth derives its redirects from the request (127.0.0.1, a host name, an office IP) instead of
// sending everyone to http://localhost:3000, where the session cookie is lost. With APP_URL set,
// redirects go there (and the login page says when the browser used another address).
import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// next-auth v4's own rule for the origin of its redirects and callback URLs (not in its exports map).
const { detectOrigin } = createRequire(import.meta.url)(path.join(process.cwd(), "node_modules/next-auth/utils/detect-origin.js")) as {
  detectOrigin: (host: string, proto: string) => string | undefined;
};

const KEYS = ["APP_URL", "NEXTAUTH_URL", "AUTH_TRUST_HOST"] as const;
let saved: Record<string, string | undefined>;

beforeEach(() => {
  saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
  for (const k of KEYS) delete process.env[k];
  vi.resetModules();
});
afterEach(async () => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  (await import("@/lib/env")).reloadEnv();
});

async function configure() {
  (await import("@/lib/env")).reloadEnv();
  (await import("./options")).authOptions();
}

describe("the origin of sign-in redirects", () => {
  it("follows the address the browser used when APP_URL is not set", async () => {
    await configure();
    expect(process.env.NEXTAUTH_URL).toBeUndefined();
    expect(detectOrigin("127.0.0.1:3000", "http")).toBe("http://127.0.0.1:3000");
    expect(detectOrigin("192.168.10.20:3000", "http")).toBe("http://192.168.10.20:3000");
  });

  it("goes to APP_URL when it is set, whatever address the browser used", async () => {
    process.env.APP_URL = "https://masterplan.example.de";
    await configure();
    expect(detectOrigin("127.0.0.1:3000", "http")).toBe("https://masterplan.example.de");
  });
});
