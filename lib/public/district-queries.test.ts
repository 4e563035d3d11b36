import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/testing";
import { useTestDatabase } from "@/tests/db";
import { invalidatePublicCache } from "./cache";
import { loadPublicDistrict, loadPublicDistricts } from "./district-queries";

let t: TestDatabase;
const isPublic = { visibility: "PUBLIC", archivedAt: null } as const;
beforeAll(async () => {
  t = await useTestDatabase("demo");
});
afterAll(() => invalidatePublicCache());

describe("districts", () => {
  it("lists every district with its number of public initiatives", async () => {
    const districts = await loadPublicDistricts(t.prisma);
    expect(districts).toHaveLength(7);
    for (const d of districts) {
      const expected = await t.prisma.initiative.count({ where: { ...isPublic, districts: { some: { district: { slug: d.slug } } } } });
      expect(d.initiativeCount).toBe(expected);
    }
  });

  it("shows a district's public initiatives only", async () => {
    const link = await t.prisma.initiativeDistrict.findFirstOrThrow({
      where: { initiative: { visibility: "INTERNAL" } },
      select: { district: { select: { slug: true } }, initiative: { select: { code: true } } },
    });
    const district = (await loadPublicDistrict(t.prisma, link.district.slug))!;
    expect(district.list.total).toBeGreaterThan(0);
    expect(district.list.items.map((i) => i.code)).not.toContain(link.initiative.code);
    expect(await loadPublicDistrict(t.prisma, "atlantis")).toBeNull();
  });
});
