// The map's status figures against the demo database: per district, the ongoing initiatives and how
// many are at risk or off track, counted in SQL exactly as Prisma's filters count them; the public
// map counts public current initiatives only, the app's every current one; finished, cancelled and
// archived initiatives do not count.
import { describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { demoFixture } from "@/tests/db";
import { countDistrictHealth } from "./district-health";
import { districtStatus } from "./render";

const demo = demoFixture();

async function expected(audience: "public" | "internal") {
  const districts = await demo.prisma.district.findMany({ select: { id: true, slug: true } });
  const out = new Map<string, { active: number; atRisk: number; offTrack: number }>();
  for (const d of districts) {
    const where: Prisma.InitiativeWhereInput = {
      districts: { some: { districtId: d.id } },
      archivedAt: null,
      status: { notIn: ["COMPLETED", "CANCELLED"] },
      ...(audience === "public" ? { visibility: "PUBLIC" } : {}),
    };
    const active = await demo.prisma.initiative.count({ where });
    if (active === 0) continue;
    out.set(d.slug, {
      active,
      atRisk: await demo.prisma.initiative.count({ where: { ...where, health: "AT_RISK" } }),
      offTrack: await demo.prisma.initiative.count({ where: { ...where, health: "OFF_TRACK" } }),
    });
  }
  return out;
}

describe("countDistrictHealth", () => {
  it("counts what Prisma's filters count, for the public and the internal map", async () => {
    // Make the figures differ: a public initiative in Mitte off track, an internal one at risk, one finished.
    const inMitte = await demo.prisma.initiative.findMany({
      where: { districts: { some: { district: { slug: "mitte" } } }, archivedAt: null },
      select: { id: true, visibility: true },
      orderBy: { code: "asc" },
    });
    const pub = inMitte.filter((i) => i.visibility === "PUBLIC");
    const internal = inMitte.find((i) => i.visibility === "INTERNAL");
    await demo.prisma.initiative.update({ where: { id: pub[0]!.id }, data: { health: "OFF_TRACK", status: "IN_PROGRESS" } });
    if (pub[1]) await demo.prisma.initiative.update({ where: { id: pub[1].id }, data: { status: "COMPLETED", health: "OFF_TRACK" } });
    if (internal) await demo.prisma.initiative.update({ where: { id: internal.id }, data: { health: "AT_RISK", status: "IN_PROGRESS" } });

    const publicCounts = await countDistrictHealth(demo.prisma, "public");
    const internalCounts = await countDistrictHealth(demo.prisma, "internal");
    expect(publicCounts).toEqual(await expected("public"));
    expect(internalCounts).toEqual(await expected("internal"));
    expect(publicCounts.get("mitte")!.offTrack).toBeGreaterThanOrEqual(1);
    if (internal) expect(internalCounts.get("mitte")!.atRisk).toBeGreaterThan(publicCounts.get("mitte")!.atRisk);
    expect(districtStatus(publicCounts.get("mitte")!)).not.toBe("onTrack");
  });
});
