import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { cachedPublic, invalidatePublicCache } from "./cache";

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
