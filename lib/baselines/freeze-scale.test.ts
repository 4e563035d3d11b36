// A baseline of a large plan (issue 19: 2,000 initiatives in under 10 s). The plan is grown with the
// large-data seed (prisma/seed/large.ts); freezing it is two INSERT … SELECT statements, so the
// time follows the database, not round trips. The measured time is printed for the record.
import { beforeAll, describe, expect, it } from "vitest";
import { seedLarge } from "@/prisma/seed/large";
import { demoFixture, executeOk } from "@/tests/db";
import { freezeBaselineAction } from "./mutations";
import { compareRevisions } from "./queries";

const demo = demoFixture();
const SIZES = { initiatives: 2_000, milestones: 10_000, kpis: 200, measurementsPerKpi: 24, auditEvents: 0 };

beforeAll(async () => {
  await seedLarge(demo.prisma, SIZES, { today: new Date("2026-11-25T10:00:00Z"), chunkSize: 500 });
}, 600_000);

describe("freezing a plan of 2,000 initiatives", () => {
  it("takes under 10 seconds and holds every initiative", { timeout: 120_000 }, async () => {
    expect(await demo.prisma.initiative.count()).toBeGreaterThanOrEqual(2_000);
    const started = performance.now();
    const frozen = await executeOk(freezeBaselineAction, demo.admin, { name: "Großer Plan", baselineDate: "2026-11-25" }, { db: demo.prisma });
    const ms = performance.now() - started;
    console.log(`froze ${frozen.initiatives} initiatives in ${Math.round(ms)} ms`);
    expect(frozen.initiatives).toBe(await demo.prisma.initiative.count());
    expect(ms).toBeLessThan(10_000);

    // And it compares with today (nothing changed) in a reasonable time too.
    const compared = performance.now();
    const { comparison } = await compareRevisions(demo.prisma, demo.admin, { from: frozen.id, to: "today" });
    console.log(`compared with today in ${Math.round(performance.now() - compared)} ms`);
    expect(comparison!.added.length + comparison!.removed.length + comparison!.milestonesMoved.length).toBe(0);
  });
});
