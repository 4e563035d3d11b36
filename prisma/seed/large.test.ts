import { beforeAll, describe, expect, it } from "vitest";
import { INITIATIVE_CODE } from "@/lib/initiatives/schemas";
import { demoFixture } from "@/tests/db";
import { seedLarge, type LargeSeedResult, type ScaleSizes } from "./large";

const TODAY = new Date("2026-11-25T10:00:00Z");
const SIZES: ScaleSizes = { initiatives: 90, milestones: 700, kpis: 45, measurementsPerKpi: 20, auditEvents: 4_000 };

const demo = demoFixture();
let result: LargeSeedResult;
let usersBefore: { id: string; passwordHash: string | null }[];
let demoInitiatives: number;
let demoEvents: { count: number; lastId: bigint };
beforeAll(async () => {
  demoInitiatives = await demo.prisma.initiative.count();
  const last = await demo.prisma.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  demoEvents = { count: await demo.prisma.auditEvent.count(), lastId: last?.id ?? 0n };
  usersBefore = await demo.prisma.user.findMany({ orderBy: { id: "asc" }, select: { id: true, passwordHash: true } });
  result = await seedLarge(demo.prisma, SIZES, { today: TODAY, chunkSize: 250 });
});

describe("seedLarge", () => {
  it("grows the demo data set to exactly the requested totals", async () => {
    expect(result.totals).toEqual({ initiatives: 90, milestones: 700, kpis: 45, measurements: 900, auditEvents: 4_000 });
    expect(await demo.prisma.initiative.count({ where: { milestones: { none: {} } } })).toBe(0);
    expect(await demo.prisma.statusReport.count()).toBeGreaterThan(100);
    expect(await demo.prisma.budgetLine.count()).toBeGreaterThan(100);
  });

  it("spreads generated initiatives over the demo's fields, departments and project leads with valid, unique codes", async () => {
    const all = await demo.prisma.initiative.findMany({
      select: { code: true, title: true, fieldOfActionId: true, departmentId: true, leads: { select: { user: { select: { role: true } } } } },
    });
    const generated = all.filter((i) => /^[A-Z]{4}-/.test(i.code)); // the demo's codes have three letters
    expect(generated).toHaveLength(90 - demoInitiatives);
    for (const i of generated) {
      expect(i.code).toMatch(INITIATIVE_CODE);
      expect(i.title.length).toBeGreaterThan(8);
      expect(i.leads.length).toBeGreaterThan(0);
      for (const l of i.leads) expect(l.user.role).toBe("PROJECT_LEAD");
    }
    expect(new Set(generated.map((i) => i.fieldOfActionId)).size).toBeGreaterThan(3);
    expect(new Set(generated.map((i) => i.departmentId)).size).toBeGreaterThan(2);
  });

  it("creates no users and changes no password", async () => {
    expect(await demo.prisma.user.findMany({ orderBy: { id: "asc" }, select: { id: true, passwordHash: true } })).toEqual(usersBefore);
  });

  it("records audit events of demo users on initiatives over the last two years, oldest first", async () => {
    const events = await demo.prisma.auditEvent.findMany({
      where: { id: { gt: demoEvents.lastId } },
      orderBy: { id: "asc" },
      select: { at: true, action: true, actorId: true, initiativeId: true },
    });
    expect(events).toHaveLength(4_000 - demoEvents.count);
    const users = new Set(usersBefore.map((u) => u.id));
    const twoYearsAgo = TODAY.getTime() - 731 * 86_400_000;
    for (const e of events) {
      expect(users.has(e.actorId!)).toBe(true);
      expect(e.initiativeId).toBeTruthy();
      expect(e.at.getTime()).toBeGreaterThanOrEqual(twoYearsAgo);
      expect(e.at.getTime()).toBeLessThanOrEqual(TODAY.getTime());
    }
    for (let k = 1; k < events.length; k++) expect(events[k]!.at.getTime()).toBeGreaterThanOrEqual(events[k - 1]!.at.getTime());
    const actions = new Set(events.map((e) => e.action));
    for (const a of ["milestone.complete", "milestone.moveForecast", "kpiMeasurement.record", "statusReport.approve"]) expect(actions).toContain(a);
  });

  it("adds nothing to tables that already reach the requested size", async () => {
    const again = await seedLarge(demo.prisma, SIZES, { today: TODAY });
    expect(again.totals).toEqual(result.totals);
    expect(again.written.every((w) => w.rows === 0)).toBe(true);
  });
});
