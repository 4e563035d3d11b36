import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { cityToday } from "@/lib/dates";
import { useTestDatabase } from "@/tests/db";
import { delayDays, delayDaysSql, initiativeDelayDays, isOverdue, milestoneLateness, overdueDays, overdueDaysSql, overdueSql, slipDays, type MilestoneDates } from "./lateness";

const m = (baselineDate: string | null, forecastDate: string | null, completedDate: string | null = null): MilestoneDates => ({ baselineDate, forecastDate, completedDate });

describe("milestone lateness", () => {
  const today = "2026-12-04";

  it("is not overdue when due today", () => {
    expect(isOverdue(m("2026-12-04", "2026-12-04"), today)).toBe(false);
    expect(delayDays(m("2026-12-04", "2026-12-04"), today)).toBe(0);
  });

  it("is overdue by one day when due yesterday", () => {
    const l = milestoneLateness(m("2026-12-03", "2026-12-03"), today);
    expect(l).toMatchObject({ overdue: true, overdueDays: 1, delayDays: 1, slipDays: 0 });
  });

  it("counts a milestone never re-forecast three months overdue as 90 days late, with no slip", () => {
    const l = milestoneLateness(m("2026-09-05", "2026-09-05"), today);
    expect(l).toMatchObject({ overdue: true, overdueDays: 90, delayDays: 90, slipDays: 0 });
  });

  it("measures a completed milestone from its completion: late is positive, early is negative", () => {
    expect(milestoneLateness(m("2026-06-30", "2026-07-31", "2026-08-10"), today)).toMatchObject({ overdue: false, overdueDays: 0, delayDays: 41, slipDays: 41 });
    expect(milestoneLateness(m("2026-06-30", "2026-06-30", "2026-06-20"), today)).toMatchObject({ overdue: false, delayDays: -10, slipDays: -10 });
  });

  it("uses the forecast when it was re-forecast into the future", () => {
    expect(milestoneLateness(m("2026-11-01", "2027-02-01"), today)).toMatchObject({ overdue: false, delayDays: 92, slipDays: 92 });
  });

  it("never counts an open milestone as negatively late, even when its forecast moved before the baseline", () => {
    expect(delayDays(m("2027-03-01", "2027-01-15"), today)).toBe(0);
    expect(slipDays(m("2027-03-01", "2027-01-15"))).toBe(-45);
    // overdue against the earlier forecast, but not behind the baseline
    expect(milestoneLateness(m("2027-03-01", "2026-11-30"), today)).toMatchObject({ overdue: true, overdueDays: 4, delayDays: 0 });
  });

  it("never calls a milestone without baseline late by accident", () => {
    expect(milestoneLateness(m(null, null), today)).toEqual({ overdue: false, overdueDays: 0, delayDays: null, slipDays: null, noBaseline: true });
    // a forecast alone still makes it due
    expect(milestoneLateness(m(null, "2026-12-01"), today)).toMatchObject({ overdue: true, overdueDays: 3, delayDays: null, noBaseline: true });
  });

  it("counts across the leap day", () => {
    expect(milestoneLateness(m("2028-02-28", "2028-02-28"), "2028-03-01")).toMatchObject({ overdue: true, overdueDays: 2, delayDays: 2 });
    expect(isOverdue(m("2028-02-29", "2028-02-29"), "2028-02-29")).toBe(false);
    expect(overdueDays(m("2028-02-29", "2028-02-29"), "2028-03-01")).toBe(1);
  });

  it("takes the initiative's delay from its worst open milestone", () => {
    const ms = [m("2026-09-05", "2026-09-05"), m("2026-10-01", "2026-12-20"), m("2026-01-01", "2026-01-01", "2026-06-01")];
    expect(initiativeDelayDays(ms, today)).toBe(90);
    expect(initiativeDelayDays([m("2026-01-01", "2026-01-01", "2026-06-01")], today)).toBeNull();
  });

  describe("today is the city's calendar day", () => {
    it("a milestone due on 4 December is not overdue at 23:30 UTC on 3 December (00:30 in Berlin) but is on 5 December", () => {
      const due = m("2026-12-04", "2026-12-04");
      expect(cityToday(new Date("2026-12-03T23:30:00Z"), "Europe/Berlin")).toBe("2026-12-04");
      expect(isOverdue(due, cityToday(new Date("2026-12-04T22:59:00Z"), "Europe/Berlin"))).toBe(false);
      expect(isOverdue(due, cityToday(new Date("2026-12-04T23:30:00Z"), "Europe/Berlin"))).toBe(true);
    });

    it("follows summer time (UTC+2) and another city's zone", () => {
      expect(cityToday(new Date("2026-06-30T22:30:00Z"), "Europe/Berlin")).toBe("2026-07-01");
      expect(cityToday(new Date("2026-06-30T22:30:00Z"), "Europe/Lisbon")).toBe("2026-06-30");
      expect(cityToday(new Date("2026-12-31T23:30:00Z"), "Europe/Berlin")).toBe("2027-01-01");
    });
  });
});

describe("lateness in SQL agrees with the TypeScript rules", () => {
  const cases: MilestoneDates[] = [
    m("2026-12-04", "2026-12-04"),
    m("2026-12-03", "2026-12-03"),
    m("2026-09-05", "2026-09-05"),
    m("2026-06-30", "2026-07-31", "2026-08-10"),
    m("2026-06-30", "2026-06-30", "2026-06-20"),
    m("2026-11-01", "2027-02-01"),
    m("2027-03-01", "2027-01-15"),
    m("2027-03-01", "2026-11-30"),
    m("2028-02-28", "2028-02-29"),
    m("2024-02-29", "2024-02-29"),
    m(null, "2026-12-01"),
    m(null, null),
  ];
  const days = ["2026-12-04", "2026-03-31", "2026-04-01", "2028-02-29", "2026-12-31", "2027-01-01"];

  it.each(days)("on %s", async (today) => {
    const { prisma } = await useTestDatabase("empty");
    const values = Prisma.join(cases.map((c) => Prisma.sql`(${c.baselineDate}::date, ${c.forecastDate}::date, ${c.completedDate}::date)`));
    const rows = await prisma.$queryRaw<{ overdue: boolean; delay: number | null; overdue_days: number }[]>`
      SELECT ${overdueSql(today, Prisma.sql`m`)} AS overdue, ${delayDaysSql(today, Prisma.sql`m`)} AS delay, ${overdueDaysSql(today, Prisma.sql`m`)} AS overdue_days
      FROM (VALUES ${values}) AS m(baseline_date, forecast_date, completed_date)`;
    expect(rows.map((r) => ({ overdue: r.overdue, delayDays: r.delay === null ? null : Number(r.delay), overdueDays: Number(r.overdue_days) }))).toEqual(
      cases.map((c) => ({ overdue: isOverdue(c, today), delayDays: delayDays(c, today), overdueDays: overdueDays(c, today) })),
    );
  });
});
