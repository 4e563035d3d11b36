import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import { demoFixture } from "@/tests/db";
import { getKpiDetail } from "./queries";

const demo = demoFixture();

/** A test KPI owned by the first field of action, with `values` on the last day of consecutive months of 2026. */
async function kpiWith(values: number[], direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" = "HIGHER_IS_BETTER") {
  const field = await demo.prisma.fieldOfAction.findFirstOrThrow({ orderBy: { sortOrder: "asc" } });
  const kpi = await demo.prisma.kpi.create({
    data: {
      scope: "FIELD_OF_ACTION",
      fieldOfActionId: field.id,
      name: `Test ${values.length}`,
      unit: "Stk.",
      direction,
      baselineValue: 0,
      baselineDate: new Date("2026-01-01"),
      targetValue: 100,
      targetDate: new Date("2026-12-31"),
    },
  });
  await demo.prisma.kpiMeasurement.createMany({
    data: values.map((value, i) => ({ kpiId: kpi.id, periodDate: new Date(Date.UTC(2026, i + 1, 0)), value })),
  });
  return { kpi, field };
}

describe("getKpiDetail", () => {
  it("refuses anonymous viewers before reading anything", async () => {
    await expect(getKpiDetail(demo.prisma, null, "00000000-0000-0000-0000-000000000000")).rejects.toThrow(/sign in/i);
  });

  it("returns null for an unknown id and for a malformed one", async () => {
    expect(await getKpiDetail(demo.prisma, demo.viewer, "00000000-0000-7000-8000-000000000000")).toBeNull();
    expect(await getKpiDetail(demo.prisma, demo.viewer, "not-a-uuid")).toBeNull();
  });

  it("returns every measurement of a demo KPI oldest first, as the database holds them", async () => {
    const kpi = await demo.prisma.kpi.findFirstOrThrow({ where: { scope: "MASTERPLAN" }, orderBy: { name: "asc" } });
    const stored = await demo.prisma.kpiMeasurement.findMany({ where: { kpiId: kpi.id }, orderBy: { periodDate: "asc" } });
    const detail = (await getKpiDetail(demo.prisma, demo.viewer, kpi.id))!;
    expect(stored.length).toBeGreaterThan(3);
    expect(detail.measurementCount).toBe(stored.length);
    expect(detail.measurements.map((m) => [m.date, m.value])).toEqual(stored.map((m) => [m.periodDate.toISOString().slice(0, 10), m.value.toString()]));
    expect(detail.baselineValue).toBe(kpi.baselineValue.toString());
    expect(detail.owner).toMatchObject({ scope: "MASTERPLAN", href: "/app/kpis/plan#kpis-masterplan" });
    // The table holds each measurement once, plus baseline and target dates.
    expect(detail.series.filter((r) => r.measured !== null)).toHaveLength(stored.length);
    expect(detail.series[0]!.date <= detail.plan.baseline.date).toBe(true);
  });

  it("links a field's KPI to the field and an initiative's KPI to the initiative", async () => {
    const fieldKpi = await demo.prisma.kpi.findFirstOrThrow({ where: { scope: "FIELD_OF_ACTION" }, include: { fieldOfAction: true } });
    expect((await getKpiDetail(demo.prisma, demo.viewer, fieldKpi.id))!.owner).toEqual({
      scope: "FIELD_OF_ACTION",
      code: fieldKpi.fieldOfAction!.code,
      title: fieldKpi.fieldOfAction!.title,
      href: `/app/kpis/plan#kpis-field-${fieldKpi.fieldOfAction!.code}`,
    });
    const initiativeKpi = await demo.prisma.kpi.findFirstOrThrow({ where: { scope: "INITIATIVE" }, include: { initiative: true } });
    expect((await getKpiDetail(demo.prisma, demo.viewer, initiativeKpi.id))!.owner).toEqual({
      scope: "INITIATIVE",
      code: initiativeKpi.initiative!.code,
      title: initiativeKpi.initiative!.title,
      href: `/app/initiatives/${initiativeKpi.initiative!.code}`,
    });
  });

  it("projects a steady monthly rise to the day it reaches the target", async () => {
    // 10 per month-end from January: about 0.33 per day, 100 reached in October.
    const { kpi } = await kpiWith([10, 20, 30, 40, 50]);
    const detail = (await getKpiDetail(demo.prisma, demo.viewer, kpi.id))!;
    expect(detail.projection.kind).toBe("onTrack");
    if (detail.projection.kind !== "onTrack") return;
    expect(detail.projection.on >= "2026-10-01" && detail.projection.on <= "2026-10-31").toBe(true);
    const atTarget = detail.series.find((r) => r.date === "2026-12-31")!;
    expect(atTarget.planned).toBe(100);
    expect(atTarget.projected).toBeGreaterThan(100);
  });

  it("offers no projection for a KPI with too few measurements", async () => {
    const { kpi } = await kpiWith([10, 20]);
    const detail = (await getKpiDetail(demo.prisma, demo.viewer, kpi.id))!;
    expect(detail.projection).toEqual({ kind: "insufficient", count: 2 });
    expect(detail.series.every((r) => r.projected === null)).toBe(true);
  });

  it("sends the same number of queries for a KPI with 2 and with 12 measurements", async () => {
    const few = await kpiWith([1, 2]);
    const many = await kpiWith([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const a = await countQueries(demo.counting, () => getKpiDetail(demo.counting, demo.viewer, few.kpi.id));
    const b = await countQueries(demo.counting, () => getKpiDetail(demo.counting, demo.viewer, many.kpi.id));
    expect(b.result!.measurements).toHaveLength(12);
    expect(b.count).toBe(a.count);
    expect(a.count).toBeLessThanOrEqual(6);
  });
});
