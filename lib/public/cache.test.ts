import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { reloadEnv } from "@/lib/env";
import { closeRedis } from "@/lib/redis/client";
import { cachedPublic, GENERATION_KEY, invalidatePublicCache } from "./cache";

const dbA = {} as Db;
const dbB = {} as Db;

describe("cachedPublic", () => {
  it("loads once per key and database until invalidated", async () => {
    let calls = 0;
    const load = async () => ++calls;
    expect(await cachedPublic(dbA, "k", load)).toBe(1);
    expect(await cachedPublic(dbA, "k", load)).toBe(1);
    expect(await cachedPublic(dbB, "k", load)).toBe(2);
    invalidatePublicCache();
    expect(await cachedPublic(dbA, "k", load)).toBe(3);
  });

  it("does not keep a failed load", async () => {
    await expect(cachedPublic(dbA, "fails", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await new Promise((r) => setTimeout(r, 0));
    expect(await cachedPublic(dbA, "fails", async () => "ok")).toBe("ok");
  });

  it("keeps at most 500 keys, evicting the least recently used", async () => {
    invalidatePublicCache();
    let calls = 0;
    for (let i = 0; i < 501; i++) await cachedPublic(dbA, `key-${i}`, async () => ++calls);
    expect(calls).toBe(501);
    await cachedPublic(dbA, "key-0", async () => ++calls);
    expect(calls).toBe(502);
    await cachedPublic(dbA, "key-500", async () => ++calls);
    expect(calls).toBe(502);
  });
});

describe("the cache's state", () => {
  it("is shared by every copy of the module in the process (pages, actions and route handlers are bundled apart)", async () => {
    const { vi } = await import("vitest");
    let calls = 0;
    await cachedPublic(dbA, "shared", async () => ++calls);
    vi.resetModules();
    const copy = await import("./cache");
    expect(await copy.cachedPublic(dbA, "shared", async () => ++calls)).toBe(1);
    copy.invalidatePublicCache();
    expect(await cachedPublic(dbA, "shared", async () => ++calls)).toBe(2);
  });
});

describe("with several instances (REDIS_URL)", () => {
  // A real Redis (the local server; .ci/run starts it), its database 9 for this test alone.
  const REDIS_URL = "redis://127.0.0.1:6379/9";
  const other = createClient({ url: REDIS_URL });

  beforeAll(async () => {
    await other.connect();
    process.env.REDIS_URL = REDIS_URL;
    reloadEnv();
  });
  afterAll(async () => {
    delete process.env.REDIS_URL;
    reloadEnv();
    await closeRedis();
    await other.quit();
  });

  it("reloads once another instance has counted a change, and counts its own for the others", async () => {
    await invalidatePublicCache();
    let calls = 0;
    const load = async () => ++calls;
    expect(await cachedPublic(dbA, "k", load)).toBe(1);
    expect(await cachedPublic(dbA, "k", load)).toBe(1);
    // Another instance committed a change.
    await other.incr(GENERATION_KEY);
    expect(await cachedPublic(dbA, "k", load)).toBe(2);
    expect(await cachedPublic(dbA, "k", load)).toBe(2);
    // A change here moves the shared generation, so the other instances reload too.
    const before = Number(await other.get(GENERATION_KEY));
    await invalidatePublicCache();
    expect(Number(await other.get(GENERATION_KEY))).toBe(before + 1);
    expect(await cachedPublic(dbA, "k", load)).toBe(3);
  });

  it("reads the database, and never fails, while Redis does not answer", async () => {
    process.env.REDIS_URL = "redis://127.0.0.1:1/0"; // nothing listens there
    reloadEnv();
    try {
      let calls = 0;
      const load = async () => ++calls;
      expect(await cachedPublic(dbA, "down", load)).toBe(1);
      expect(await cachedPublic(dbA, "down", load)).toBe(2);
      await expect(invalidatePublicCache()).resolves.toBeUndefined();
    } finally {
      process.env.REDIS_URL = REDIS_URL;
      reloadEnv();
    }
  });
});
