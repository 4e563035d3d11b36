import { afterAll, describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { invalidatePublicCache } from "./cache";
import { DISTRICT_PAGE_SIZE, loadPublicDistrict, loadPublicDistricts } from "./district-queries";

const demo = demoFixture();
const isPublic = { visibility: "PUBLIC", archivedAt: null } as const;
afterAll(() => invalidatePublicCache());

describe("districts", () => {
  it("lists every district with its number of public initiatives", async () => {
    const districts = await loadPublicDistricts(demo.prisma);
    expect(districts).toHaveLength(7);
    for (const d of districts) {
      const expected = await demo.prisma.initiative.count({ where: { ...isPublic, districts: { some: { district: { slug: d.slug } } } } });
      expect(d.initiativeCount).toBe(expected);
    }
  });

  it("shows a district's public initiatives only", async () => {
    const link = await demo.prisma.initiativeDistrict.findFirstOrThrow({
      where: { initiative: { visibility: "INTERNAL" } },
      select: { district: { select: { slug: true } }, initiative: { select: { code: true } } },
    });
    const district = (await loadPublicDistrict(demo.prisma, link.district.slug))!;
    expect(district.list.total).toBeGreaterThan(0);
    expect(district.list.pageSize).toBe(DISTRICT_PAGE_SIZE);
    expect(district.list.items.map((i) => i.code)).not.toContain(link.initiative.code);
    expect(await loadPublicDistrict(demo.prisma, "atlantis")).toBeNull();
  });
});
