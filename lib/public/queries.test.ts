import { beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/testing";
import { useTestDatabase } from "@/tests/db";
import { getPublicInitiative, getPublicOverview } from "./queries";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase("demo");
});

describe("getPublicOverview", () => {
  it("lists every public initiative under its field of action and no internal one", async () => {
    const overview = await getPublicOverview(t.prisma);
    expect(overview?.isExample).toBe(true);
    const listed = overview!.fields.flatMap((f) => f.initiatives.map((i) => i.code)).sort();
    const expected = (
      await t.prisma.initiative.findMany({ where: { visibility: "PUBLIC", archivedAt: null }, select: { code: true } })
    )
      .map((i) => i.code)
      .sort();
    expect(listed).toEqual(expected);
    const internal = await t.prisma.initiative.findMany({ where: { visibility: "INTERNAL" }, select: { code: true } });
    expect(internal.length).toBeGreaterThan(0);
    for (const i of internal) expect(listed).not.toContain(i.code);
  });

  it("computes each initiative's progress as the weighted share of done milestones", async () => {
    const overview = (await getPublicOverview(t.prisma))!;
    const row = overview.fields.flatMap((f) => f.initiatives).find((i) => i.status === "IN_PROGRESS")!;
    const milestones = await t.prisma.milestone.findMany({ where: { initiative: { code: row.code } } });
    const total = milestones.reduce((s, m) => s + m.weight, 0);
    const done = milestones.filter((m) => m.completedDate).reduce((s, m) => s + m.weight, 0);
    expect(row.progress).toBeCloseTo(done / total, 10);
  });

  it("does not return internal fields or ids", async () => {
    const overview = (await getPublicOverview(t.prisma))!;
    const json = JSON.stringify(overview);
    expect(json).not.toMatch(/"id"|healthReason|visibility|passwordHash|email/);
  });

  it("is null on an empty database", async () => {
    const empty = await useTestDatabase("empty");
    expect(await getPublicOverview(empty.prisma)).toBeNull();
  });
});

describe("getPublicInitiative", () => {
  it("returns a public initiative with its public milestones only", async () => {
    const withHidden = await t.prisma.initiative.findFirstOrThrow({
      where: { visibility: "PUBLIC", milestones: { some: { isPublic: false } } },
      select: { slug: true, milestones: { select: { title: true, isPublic: true } } },
    });
    const page = (await getPublicInitiative(t.prisma, withHidden.slug))!;
    expect(page.milestones.map((m) => m.title).sort()).toEqual(
      withHidden.milestones.filter((m) => m.isPublic).map((m) => m.title).sort(),
    );
  });

  it("answers null for an internal initiative", async () => {
    const internal = await t.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, select: { slug: true } });
    expect(await getPublicInitiative(t.prisma, internal.slug)).toBeNull();
  });

  it("answers null for an archived initiative", async () => {
    const pub = await t.prisma.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC" }, select: { id: true, slug: true } });
    await t.prisma.initiative.update({ where: { id: pub.id }, data: { archivedAt: new Date() } });
    expect(await getPublicInitiative(t.prisma, pub.slug)).toBeNull();
    await t.prisma.initiative.update({ where: { id: pub.id }, data: { archivedAt: null } });
  });
});
