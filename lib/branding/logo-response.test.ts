import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { demoFixture } from "@/tests/db";
import { png } from "@/tests/images";
import { setLogoAction } from "./mutations";
import { readCityBrand } from "./queries";
import { serveLogo, LOGO_CSP } from "./logo-response";

const shared = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db/client")>()),
  db: async () => shared.db!,
}));

const demo = demoFixture();
const get = (path: string, headers: Record<string, string> = {}) =>
  serveLogo(new Request(`http://localhost:3000${path}`, { headers }), { params: Promise.resolve({ file: path.split("/").pop()! }) });

async function upload(bytes: Buffer) {
  const { version } = await readCityBrand(demo.prisma);
  const r = await setLogoAction.execute(demo.admin, { version, contentBase64: bytes.toString("base64") }, { db: demo.prisma });
  expect(r.ok).toBe(true);
  return (await readCityBrand(demo.prisma)).logo!.path;
}

beforeAll(() => {
  shared.db = demo.prisma;
});

describe("the logo's address", () => {
  it("serves a PNG with its type, nosniff, a year's cache and an ETag that answers 304", async () => {
    const bytes = png(64, 32);
    const path = await upload(bytes);
    const r = await get(path);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("image/png");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await r.arrayBuffer()).equals(bytes)).toBe(true);
    const etag = r.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect((await get(path, { "if-none-match": etag })).status).toBe(304);
  });

  it("serves an SVG with a CSP of its own that allows no script and no fetch", async () => {
    const path = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'));
    const r = await get(path);
    expect(r.headers.get("content-type")).toBe("image/svg+xml");
    expect(r.headers.get("content-security-policy")).toBe(LOGO_CSP);
    expect(LOGO_CSP).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
  });

  it("answers 404 for an old logo's address, another extension and anything malformed", async () => {
    const path = await upload(png(20, 20));
    const oldPath = path.replace(/[0-9a-f]{16}/, "0".repeat(16));
    expect((await get(oldPath)).status).toBe(404);
    expect((await get(path.replace(".png", ".svg"))).status).toBe(404);
    expect((await get("/api/public/brand/logo/..%2Fetc")).status).toBe(404);
  });
});
