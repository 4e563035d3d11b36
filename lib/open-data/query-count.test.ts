// The open-data loaders send the same number of SQL statements however many rows they return,
// so the API scales to thousands of initiatives (no per-row queries).
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countingClient, countQueries } from "@/lib/db/query-counter";
import { useTestDatabase } from "@/tests/db";
import { listDecisions } from "./decisions";
import { getInitiativeDetail, listInitiatives } from "./initiatives";
import { getMasterplan, listBudget, listKpis, listMilestones, listPartners } from "./tables";

let prisma: PrismaClient;
beforeAll(async () => {
  const t = await useTestDatabase("demo");
  prisma = countingClient(t.database.factory);
});

describe("open-data loaders", () => {
  it("list one page or every row with the same number of queries", async () => {
    const cases: [string, (page?: { limit: number; offset: number }) => Promise<{ rows: unknown[] }>][] = [
      ["initiatives", (p) => listInitiatives(prisma, {}, p)],
      ["milestones", (p) => listMilestones(prisma, {}, p)],
      ["kpis", (p) => listKpis(prisma, {}, p)],
      ["budget", (p) => listBudget(prisma, {}, p)],
    ];
    for (const [name, load] of cases) {
      const one = await countQueries(prisma, () => load({ limit: 1, offset: 0 }));
      const many = await countQueries(prisma, () => load({ limit: 1000, offset: 0 }));
      expect(one.result.rows.length, name).toBe(1);
      expect(many.result.rows.length, name).toBeGreaterThan(10);
      expect(many.count, name).toBe(one.count);
      // Prisma reads each selected relation with one more statement (not one per row).
      expect(many.count, name).toBeLessThanOrEqual(10);
    }
  });

  it("read an initiative with many milestones in as many queries as one with few", async () => {
    const byCount = await prisma.initiative.findMany({
      where: { visibility: "PUBLIC", archivedAt: null },
      select: { slug: true, _count: { select: { milestones: true } } },
    });
    byCount.sort((a, b) => a._count.milestones - b._count.milestones);
    const few = await countQueries(prisma, () => getInitiativeDetail(prisma, byCount[0]!.slug));
    const many = await countQueries(prisma, () => getInitiativeDetail(prisma, byCount.at(-1)!.slug));
    expect(byCount.at(-1)!._count.milestones).toBeGreaterThan(byCount[0]!._count.milestones);
    // Relations that come back empty save their follow-up statement, so "few" may cost one more or less;
    // what matters is a fixed ceiling independent of the number of milestones.
    expect(Math.abs(many.count - few.count)).toBeLessThanOrEqual(2);
    expect(many.count).toBeLessThanOrEqual(20);
  });

  it("build the masterplan, partner and council decision tables in a fixed number of queries", async () => {
    expect((await countQueries(prisma, () => getMasterplan(prisma))).count).toBeLessThanOrEqual(4);
    expect((await countQueries(prisma, () => listPartners(prisma))).count).toBeLessThanOrEqual(4);
    expect((await countQueries(prisma, () => listDecisions(prisma))).count).toBeLessThanOrEqual(6);
  });
});
