import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import { demoFixture } from "@/tests/db";
import { getInitiativeForViewer } from "./queries";

const demo = demoFixture();

describe("getInitiativeForViewer", () => {
  it("counts milestones, KPIs, risks and live comments for the in-page navigation without a query of their own", async () => {
    const { result, count } = await countQueries(demo.counting, () => getInitiativeForViewer(demo.counting, demo.viewer, "VER-01"));
    // The same read without the counts: the counts ride along in the initiative's own statement.
    const plain = await countQueries(demo.counting, () =>
      demo.counting.initiative.findUnique({
        where: { code: "VER-01" },
        select: { id: true, fieldOfAction: { select: { title: true } }, department: { select: { name: true } }, leads: { select: { user: { select: { name: true } } } } },
      }),
    );
    expect(count).toBe(plain.count);
    const id = result!.id;
    expect(result!._count).toEqual({
      milestones: await demo.prisma.milestone.count({ where: { initiativeId: id } }),
      kpis: await demo.prisma.kpi.count({ where: { initiativeId: id } }),
      risks: await demo.prisma.risk.count({ where: { initiativeId: id } }),
      comments: await demo.prisma.comment.count({ where: { initiativeId: id, deletedAt: null } }),
    });
    expect(result!._count.milestones).toBeGreaterThan(0);
  });
});
