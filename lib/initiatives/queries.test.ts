import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { countingClient, countQueries } from "@/lib/db/query-counter";
import type { TestDatabase } from "@/lib/db/testing";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { actorFor, useTestDatabase } from "@/tests/db";
import { getInitiativeForViewer } from "./queries";

let t: TestDatabase;
let prisma: PrismaClient;
let viewer: Actor;

beforeAll(async () => {
  t = await useTestDatabase("demo");
  prisma = countingClient(t.database.factory);
  viewer = await actorFor(t, "betrachter@demo.masterplan.example");
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("getInitiativeForViewer", () => {
  it("counts milestones, KPIs, risks and live comments for the in-page navigation without a query of their own", async () => {
    const { result, count } = await countQueries(prisma, () => getInitiativeForViewer(prisma, viewer, "VER-01"));
    // The same read without the counts: the counts ride along in the initiative's own statement.
    const plain = await countQueries(prisma, () =>
      prisma.initiative.findUnique({
        where: { code: "VER-01" },
        select: { id: true, fieldOfAction: { select: { title: true } }, department: { select: { name: true } }, leads: { select: { user: { select: { name: true } } } } },
      }),
    );
    expect(count).toBe(plain.count);
    const id = result!.id;
    expect(result!._count).toEqual({
      milestones: await t.prisma.milestone.count({ where: { initiativeId: id } }),
      kpis: await t.prisma.kpi.count({ where: { initiativeId: id } }),
      risks: await t.prisma.risk.count({ where: { initiativeId: id } }),
      comments: await t.prisma.comment.count({ where: { initiativeId: id, deletedAt: null } }),
    });
    expect(result!._count.milestones).toBeGreaterThan(0);
  });
});
