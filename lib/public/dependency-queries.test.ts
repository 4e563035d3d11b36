import { beforeAll, describe, expect, it } from "vitest";
import { invalidatePublicCache } from "@/lib/public/cache";
import { demoFixture } from "@/tests/db";
import { getPublicDependencies } from "./dependency-queries";

const demo = demoFixture();
const ids: Record<string, { id: string; slug: string }> = {};

beforeAll(async () => {
  for (const i of await demo.prisma.initiative.findMany({ select: { id: true, code: true, slug: true } })) ids[i.code] = i;
});

describe("getPublicDependencies", () => {
  it("tells the demo's public dependencies in both directions, by the initiatives' titles", async () => {
    const testField = await getPublicDependencies(demo.prisma, ids["MOB-01"]!.slug);
    expect(testField.dependsOn.map((d) => d.title)).toEqual(["5G-Modellregion und Campusnetze"]);
    const cloud = await getPublicDependencies(demo.prisma, ids["INF-01"]!.slug);
    expect(cloud.neededBy.map((d) => d.code)).toEqual(["WIR-01", "WIR-02"]);
    expect(Object.keys(cloud.neededBy[0]!).sort()).toEqual(["code", "slug", "title", "titleEn"]);
  });

  it("leaves out internal initiatives and dependencies through an internal milestone, and says nothing for an internal slug", async () => {
    const internal = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL", archivedAt: null }, select: { id: true, slug: true } });
    const hidden = await demo.prisma.milestone.create({
      data: { initiativeId: ids["GES-02"]!.id, title: "Interner Schritt", baselineDate: new Date("2027-01-01"), forecastDate: new Date("2027-01-01"), isPublic: false },
    });
    await demo.prisma.dependency.createMany({
      data: [
        { successorInitiativeId: ids["GES-01"]!.id, predecessorInitiativeId: internal.id },
        { successorInitiativeId: internal.id, predecessorInitiativeId: ids["GES-01"]!.id },
        { successorInitiativeId: ids["GES-01"]!.id, predecessorInitiativeId: ids["GES-02"]!.id, predecessorMilestoneId: hidden.id },
        { successorInitiativeId: ids["GES-03"]!.id, predecessorInitiativeId: ids["GES-01"]!.id },
      ],
    });
    invalidatePublicCache();
    const ges01 = await getPublicDependencies(demo.prisma, ids["GES-01"]!.slug);
    expect(ges01).toEqual({ dependsOn: [], neededBy: [expect.objectContaining({ code: "GES-03" })] });
    expect(await getPublicDependencies(demo.prisma, internal.slug)).toEqual({ dependsOn: [], neededBy: [] });
  });
});
