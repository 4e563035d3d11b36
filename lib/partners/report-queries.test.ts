import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import { Prisma } from "@/lib/generated/prisma/client";
import { delayDays } from "@/lib/milestones/lateness";
import { demoFixture } from "@/tests/db";
import { getPartnerReport, listPartnerSummaries, onTimeShare } from "./report-queries";

const TODAY = "2026-11-25";
const demo = demoFixture();

const live = { initiative: { archivedAt: null } };

/** The same figures for one partner, counted by Prisma row by row (independent of the SQL under test). */
async function expected(partnerId: string) {
  const roles = await demo.prisma.initiativePartner.findMany({ where: { partnerId, ...live }, select: { initiativeId: true, committedAmount: true } });
  const ms = await demo.prisma.milestone.findMany({ where: { responsiblePartnerId: partnerId, ...live }, select: { baselineDate: true, forecastDate: true, completedDate: true } });
  const today = new Date(`${TODAY}T00:00:00Z`);
  return {
    initiatives: new Set(roles.map((r) => r.initiativeId)).size,
    committed: roles.reduce((s, r) => s.plus(r.committedAmount ?? 0), new Prisma.Decimal(0)).toFixed(2),
    responsible: ms.length,
    completed: ms.filter((m) => m.completedDate).length,
    onTime: ms.filter((m) => m.completedDate && m.completedDate <= m.baselineDate).length,
    overdue: ms.filter((m) => !m.completedDate && m.forecastDate < today).length,
  };
}

describe("listPartnerSummaries", () => {
  it("refuses anonymous viewers", async () => {
    await expect(listPartnerSummaries(demo.prisma, null, TODAY)).rejects.toThrow(/sign in/i);
  });

  it("matches per-partner counts and committed sums computed independently", async () => {
    const rows = await listPartnerSummaries(demo.prisma, demo.council, TODAY);
    expect(rows).toHaveLength(await demo.prisma.partner.count());
    expect(rows.some((r) => r.responsible > 0 && r.completed > 0)).toBe(true);
    for (const row of rows) {
      const { id, initiatives, committed, responsible, completed, onTime, overdue } = row;
      expect({ initiatives, committed, responsible, completed, onTime, overdue }, row.name).toEqual(await expected(id));
    }
  });

  it("leaves out archived initiatives", async () => {
    const before = await listPartnerSummaries(demo.prisma, demo.council, TODAY);
    const busiest = [...before].sort((a, b) => b.initiatives - a.initiatives)[0]!;
    const link = await demo.prisma.initiativePartner.findFirstOrThrow({ where: { partnerId: busiest.id } });
    await demo.prisma.initiative.update({ where: { id: link.initiativeId }, data: { archivedAt: new Date() } });
    try {
      const after = (await listPartnerSummaries(demo.prisma, demo.council, TODAY)).find((r) => r.id === busiest.id)!;
      expect(after.initiatives).toBe(busiest.initiatives - 1);
      expect(after).toMatchObject(await expected(busiest.id));
    } finally {
      await demo.prisma.initiative.update({ where: { id: link.initiativeId }, data: { archivedAt: null } });
    }
  });

  it("sends one query, however many partners there are", async () => {
    const before = await countQueries(demo.counting, () => listPartnerSummaries(demo.counting, demo.council, TODAY));
    await demo.prisma.partner.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ slug: `extra-${i}`, name: `Zusatzpartner ${i}`, kind: "COMPANY" as const })) });
    const after = await countQueries(demo.counting, () => listPartnerSummaries(demo.counting, demo.council, TODAY));
    expect(after.result.length).toBe(before.result.length + 5);
    expect(after.count).toBe(1);
    expect(before.count).toBe(1);
  });
});

describe("getPartnerReport", () => {
  it("returns null for an unknown slug", async () => {
    expect(await getPartnerReport(demo.prisma, demo.council, "gibt-es-nicht", TODAY)).toBeNull();
  });

  it("lists the partner's roles and milestones with totals that match independent counts", async () => {
    const summaries = await listPartnerSummaries(demo.prisma, demo.council, TODAY);
    const partner = [...summaries].sort((a, b) => b.responsible - a.responsible)[0]!;
    const report = (await getPartnerReport(demo.prisma, demo.council, partner.slug, TODAY))!;
    const want = await expected(partner.id);
    expect(report.roles).toHaveLength(await demo.prisma.initiativePartner.count({ where: { partnerId: partner.id, ...live } }));
    expect(report.milestones).toHaveLength(want.responsible);
    const { meanDelayDays, ...totals } = report.totals;
    expect(totals).toEqual(want);
    // Delay per milestone follows lib/milestones/lateness.ts; the SQL mean is their average.
    const delays = report.milestones.map((m) => m.delayDays);
    expect(delays).toEqual(report.milestones.map((m) => delayDays(m, TODAY)));
    expect(meanDelayDays).toBeCloseTo(delays.reduce((a, b) => a + b, 0) / delays.length, 6);
    expect(report.milestones.filter((m) => m.overdue)).toHaveLength(want.overdue);
    const withAmount = report.roles.find((r) => r.committed !== null);
    if (withAmount) expect(withAmount.committed).toMatch(/^\d+\.\d{2}$/);
  });

  it("sends the same number of queries for a partner with many milestones as for one with none", async () => {
    const summaries = await listPartnerSummaries(demo.prisma, demo.council, TODAY);
    const busy = [...summaries].sort((a, b) => b.responsible - a.responsible)[0]!;
    const idle = summaries.find((s) => s.responsible === 0 && s.initiatives === 0)!;
    const a = await countQueries(demo.counting, () => getPartnerReport(demo.counting, demo.council, busy.slug, TODAY));
    const b = await countQueries(demo.counting, () => getPartnerReport(demo.counting, demo.council, idle.slug, TODAY));
    expect(a.result!.milestones.length).toBeGreaterThan(0);
    expect(b.result!.milestones).toHaveLength(0);
    expect(b.result!.totals.meanDelayDays).toBeNull();
    expect(a.count).toBe(b.count);
    expect(a.count).toBe(4);
  });
});

describe("lateness of a partner's milestones", () => {
  it("shows a milestone 90 days overdue that was never re-forecast as 90 days late, and one completed early as on time", async () => {
    const ref = await demo.prisma.initiative.findFirstOrThrow({ where: { code: "GES-01" }, select: { fieldOfActionId: true, departmentId: true } });
    const partner = await demo.prisma.partner.create({ data: { slug: "grenzfall-gmbh", name: "Grenzfall GmbH", kind: "COMPANY" } });
    const initiative = await demo.prisma.initiative.create({
      data: {
        code: "GES-92", slug: "ges-92-partner", title: "Partner an der Grenze", fieldOfActionId: ref.fieldOfActionId, departmentId: ref.departmentId,
        milestones: {
          create: [
            { title: "Seit 90 Tagen überfällig", weight: 1, baselineDate: new Date("2026-08-27"), forecastDate: new Date("2026-08-27"), responsiblePartnerId: partner.id },
            { title: "Früh erledigt", weight: 1, baselineDate: new Date("2026-06-01"), forecastDate: new Date("2026-06-01"), completedDate: new Date("2026-05-22"), responsiblePartnerId: partner.id },
          ],
        },
      },
    });
    try {
      const report = (await getPartnerReport(demo.prisma, demo.council, partner.slug, TODAY))!;
      expect(report.milestones.map((m) => [m.title, m.delayDays, m.overdue, m.overdueDays])).toEqual([
        ["Früh erledigt", -10, false, 0],
        ["Seit 90 Tagen überfällig", 90, true, 90],
      ]);
      expect(report.totals).toMatchObject({ responsible: 2, completed: 1, onTime: 1, overdue: 1, meanDelayDays: 40 });
      const summary = (await listPartnerSummaries(demo.prisma, demo.council, TODAY)).find((p) => p.slug === partner.slug)!;
      expect(summary).toMatchObject({ responsible: 2, completed: 1, onTime: 1, overdue: 1 });
    } finally {
      await demo.prisma.milestone.deleteMany({ where: { initiativeId: initiative.id } });
      await demo.prisma.initiative.delete({ where: { id: initiative.id } });
      await demo.prisma.partner.delete({ where: { id: partner.id } });
    }
  });
});

describe("onTimeShare", () => {
  it("is the share of completed milestones done on time, or null when none is completed", () => {
    expect(onTimeShare({ completed: 4, onTime: 3 })).toBe(0.75);
    expect(onTimeShare({ completed: 0, onTime: 0 })).toBeNull();
  });
});
