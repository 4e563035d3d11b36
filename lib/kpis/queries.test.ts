import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { demoFixture } from "@/tests/db";
import { listInitiativeKpis, RECENT_MEASUREMENTS } from "./queries";

const demo = demoFixture();

/** A second client on the same database that reports every SQL statement it sends. */
let counting: PrismaClient;
let statements = 0;

beforeAll(async () => {
  const client = new PrismaClient({ adapter: demo.t.database.factory, log: [{ emit: "event", level: "query" }] });
  client.$on("query", () => statements++);
  counting = client;
});

afterAll(async () => {
  await counting?.$disconnect();
});

describe("listInitiativeKpis", () => {
  it("returns each KPI with baseline, target and its latest measurements, newest first", async () => {
    const initiative = await demo.prisma.initiative.create({
      data: { code: "TST-KPI", slug: "tst-kpi", title: "Kennzahlentest", fieldOfActionId: (await demo.prisma.fieldOfAction.findFirstOrThrow()).id, departmentId: demo.head.departmentId! },
    });
    const base = { scope: "INITIATIVE" as const, initiativeId: initiative.id, unit: "%", valueType: "PERCENT" as const, baselineDate: new Date("2024-01-01"), targetDate: new Date("2027-12-31") };
    const a = await demo.prisma.kpi.create({ data: { ...base, name: "A-Quote", baselineValue: "12.5", targetValue: 80 } });
    await demo.prisma.kpi.create({ data: { ...base, name: "B-Quote", baselineValue: 0, targetValue: 50 } });
    await demo.prisma.kpiMeasurement.createMany({
      data: Array.from({ length: 8 }, (_, i) => ({ kpiId: a.id, periodDate: new Date(Date.UTC(2024, i + 1, 1)), value: `${20 + i}.25` })),
    });

    const result = await listInitiativeKpis(demo.prisma, demo.council, initiative.id);
    expect(result?.kpis.map((k) => k.name)).toEqual(["A-Quote", "B-Quote"]);
    const [first, second] = result!.kpis;
    expect(first).toMatchObject({ baselineValue: "12.5", targetValue: "80", baselineDate: "2024-01-01", targetDate: "2027-12-31", measurementCount: 8 });
    expect(first!.recent).toHaveLength(RECENT_MEASUREMENTS);
    expect(first!.recent.map((m) => m.periodDate)).toEqual(["2024-09-01", "2024-08-01", "2024-07-01", "2024-06-01", "2024-05-01"]);
    expect(first!.recent[0]!.value).toBe("27.25");
    expect(second).toMatchObject({ measurementCount: 0, recent: [] });
    expect(result).toMatchObject({ canDefine: false, canRecord: false });
  });

  it("tells the initiative's lead they may record values but not define KPIs, and the head both", async () => {
    const ver01 = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } });
    expect(await listInitiativeKpis(demo.prisma, demo.lead, ver01.id)).toMatchObject({ canDefine: false, canRecord: true });
    expect(await listInitiativeKpis(demo.prisma, demo.head, ver01.id)).toMatchObject({ canDefine: true, canRecord: true });
  });

  it("is null for an unknown initiative and refuses anonymous readers", async () => {
    expect(await listInitiativeKpis(demo.prisma, demo.head, "0190aaaa-0000-7000-8000-000000000000")).toBeNull();
    await expect(listInitiativeKpis(demo.prisma, null, "0190aaaa-0000-7000-8000-000000000000")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("sends the same number of SQL statements for one KPI as for many with many measurements (no N+1)", async () => {
    const fieldOfActionId = (await demo.prisma.fieldOfAction.findFirstOrThrow()).id;
    const make = async (code: string, kpis: number) => {
      const i = await demo.prisma.initiative.create({ data: { code, slug: code.toLowerCase(), title: code, fieldOfActionId, departmentId: demo.head.departmentId! } });
      for (let k = 0; k < kpis; k++) {
        const kpi = await demo.prisma.kpi.create({
          data: { scope: "INITIATIVE", initiativeId: i.id, name: `K${k}`, unit: "x", baselineValue: 0, baselineDate: new Date("2024-01-01"), targetValue: 1, targetDate: new Date("2027-01-01") },
        });
        await demo.prisma.kpiMeasurement.createMany({ data: Array.from({ length: 12 }, (_, m) => ({ kpiId: kpi.id, periodDate: new Date(Date.UTC(2024, m, 28)), value: m })) });
      }
      return i.id;
    };
    const measure = async (id: string) => {
      statements = 0;
      const result = await listInitiativeKpis(counting, demo.lead, id);
      return { kpis: result!.kpis.length, statements };
    };
    const one = await measure(await make("TST-Q1", 1));
    const many = await measure(await make("TST-Q9", 9));
    expect([one.kpis, many.kpis]).toEqual([1, 9]);
    expect(many.statements).toBe(one.statements);
    expect(one.statements).toBeGreaterThan(0);
    // The initiative's facts read its leads and its deputies/editors: one statement each.
    expect(one.statements).toBeLessThanOrEqual(9);
  });
});
