import { describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { countQueries } from "./query-counter";

const demo = demoFixture();

describe("countQueries", () => {
  it("counts one statement for the list and one per included relation of a findMany", async () => {
    const { result, count, queries } = await countQueries(demo.counting, () =>
      demo.counting.initiative.findMany({ include: { leads: true, milestones: true } }),
    );
    expect(result.length).toBeGreaterThan(10);
    expect(count).toBe(3);
    expect(queries[0]).toMatch(/FROM "public"\."initiatives"/);
    expect(queries.slice(1).join("\n")).toMatch(/initiative_leads[\s\S]*milestones|milestones[\s\S]*initiative_leads/);
  });

  it("counts the same number of statements for one row as for every row of a list", async () => {
    const one = await countQueries(demo.counting, () => demo.counting.initiative.findMany({ take: 1, select: { code: true, department: { select: { code: true } } } }));
    const all = await countQueries(demo.counting, () => demo.counting.initiative.findMany({ select: { code: true, department: { select: { code: true } } } }));
    expect(all.result.length).toBeGreaterThan(one.result.length);
    expect(all.count).toBe(one.count);
  });

  it("counts every statement of a batch transaction", async () => {
    const { result, count, queries } = await countQueries(demo.counting, () =>
      demo.counting.$transaction([demo.counting.user.count(), demo.counting.initiative.count(), demo.counting.kpi.count()]),
    );
    expect(result.every((n) => n > 0)).toBe(true);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(queries.filter((q) => /^SELECT COUNT/.test(q))).toHaveLength(3);
  });

  it("counts statements of an interactive transaction and of raw queries", async () => {
    const { count } = await countQueries(demo.counting, () =>
      demo.counting.$transaction(async (tx) => {
        await tx.user.count();
        await tx.$queryRaw`SELECT 1`;
      }),
    );
    expect(count).toBeGreaterThanOrEqual(2);
  });

  it("counts only what runs inside the function", async () => {
    await demo.counting.user.count();
    const { count } = await countQueries(demo.counting, async () => 42);
    expect(count).toBe(0);
    const outer = await countQueries(demo.counting, async () => {
      await demo.counting.user.count();
      const inner = await countQueries(demo.counting, () => demo.counting.kpi.count());
      expect(inner.count).toBe(1);
    });
    expect(outer.count).toBe(2);
  });

  it("refuses a client that does not report its queries", async () => {
    await expect(countQueries(demo.prisma, () => demo.prisma.user.count())).rejects.toThrow(/countingClient/);
  });
});
