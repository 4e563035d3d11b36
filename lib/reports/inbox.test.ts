import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { demoFixture } from "@/tests/db";
import { getReportsInbox } from "./inbox-queries";
import { currentPeriod, periodStart, previousPeriod } from "./period";
import { departmentId, scratchInitiative, scratchReport } from "./testing";

const NOW = new Date("2026-11-25T10:00:00Z");
const demo = demoFixture();
let digi: string;
let verk: string;
const current = currentPeriod(NOW);
const previous = previousPeriod(current);

/** The client with every model call counted: nested relation reads count once, as one call. */
function counting(db: Db) {
  let calls = 0;
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== "string" || prop.startsWith("$") || !value || typeof value !== "object") return value;
      return new Proxy(value, {
        get(model, method) {
          const fn = Reflect.get(model, method);
          return typeof fn === "function" ? (...args: unknown[]) => (calls++, fn.apply(model, args)) : fn;
        },
      });
    },
  });
  return { db: proxy as Db, calls: () => calls };
}

beforeAll(async () => {
  digi = await departmentId(demo.prisma, "DIGI");
  verk = await departmentId(demo.prisma, "VERK");
});

describe("reports inbox for reviewers", () => {
  it("lists the submitted reports of the head's department only; admins see all", async () => {
    const own = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    const other = await scratchInitiative(demo.prisma, { departmentId: verk, leadIds: [] });
    const ownReport = await scratchReport(demo.prisma, own.id, { state: "SUBMITTED", submittedById: demo.lead.id });
    const otherReport = await scratchReport(demo.prisma, other.id, { state: "SUBMITTED" });
    await scratchReport(demo.prisma, own.id, { state: "DRAFT", period: previous });

    const forHead = await getReportsInbox(demo.prisma, demo.head);
    const headIds = forHead.toReview.map((r) => r.id);
    expect(forHead.reviews).toBe(true);
    expect(headIds).toContain(ownReport.id);
    expect(headIds).not.toContain(otherReport.id);
    expect(forHead.toReview.every((r) => r.initiative.department.code === "DIGI")).toBe(true);
    expect(forHead.toReview.find((r) => r.id === ownReport.id)).toMatchObject({ initiative: { code: own.code }, submittedBy: { name: "Julia Reinhardt" } });

    const forOther = await getReportsInbox(demo.prisma, demo.headVerk);
    expect(forOther.toReview.map((r) => r.id)).toContain(otherReport.id);
    expect(forOther.toReview.map((r) => r.id)).not.toContain(ownReport.id);

    const forAdmin = await getReportsInbox(demo.prisma, demo.admin);
    expect(forAdmin.toReview.map((r) => r.id)).toEqual(expect.arrayContaining([ownReport.id, otherReport.id]));
    expect(forAdmin.toReview.length).toBe(await demo.prisma.statusReport.count({ where: { state: "SUBMITTED", initiative: { archivedAt: null } } }));
  });

  it("has nothing to review for project leads and viewers", async () => {
    for (const actor of [demo.lead, demo.viewer]) {
      const inbox = await getReportsInbox(demo.prisma, actor);
      expect(inbox).toMatchObject({ reviews: false, toReview: [] });
    }
    expect((await getReportsInbox(demo.prisma, demo.viewer)).mine).toEqual([]);
  });
});

describe("reports inbox for project leads", () => {
  it("shows per led initiative where this period's report stands and the earlier owed quarters still outstanding, late or not", async () => {
    // All started at the beginning of the previous quarter: they owe it and the current one.
    const actualStart = periodStart(previous);
    const due = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id], actualStart });
    const drafted = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id], actualStart });
    const returned = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id], actualStart });
    const draftedLate = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id], actualStart });
    const fresh = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id], actualStart: new Date(NOW.getTime() + 86_400_000 * 400) });
    const notMine = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [] });
    await scratchReport(demo.prisma, drafted.id, { state: "DRAFT" });
    await scratchReport(demo.prisma, drafted.id, { state: "APPROVED", period: previous });
    await scratchReport(demo.prisma, returned.id, { state: "RETURNED" });
    await scratchReport(demo.prisma, returned.id, { state: "SUBMITTED", period: previous });
    await scratchReport(demo.prisma, draftedLate.id, { state: "DRAFT", period: previous });

    // 25 November 2026: Q3's report was due on 30 October.
    const inbox = await getReportsInbox(demo.prisma, demo.lead, NOW);
    expect(inbox).toMatchObject({ current });
    const row = (code: string) => inbox.mine.find((r) => r.code === code);
    expect(row(due.code)).toMatchObject({ current: "DUE", outstanding: [{ period: previous, standing: "DUE", dueDate: "2026-10-30", late: true }], overdue: true, reviewComment: null });
    expect(row(drafted.code)).toMatchObject({ current: "DRAFT", outstanding: [], overdue: false });
    expect(row(returned.code)).toMatchObject({ current: "RETURNED", reviewComment: "Bitte ergänzen.", outstanding: [], overdue: false });
    expect(row(draftedLate.code)).toMatchObject({ current: "DUE", outstanding: [{ period: previous, standing: "DRAFT", late: true }], overdue: true });
    expect(row(fresh.code)).toMatchObject({ current: "NOT_DUE", outstanding: [], overdue: false });
    expect(row(notMine.code)).toBeUndefined();
    const led = await demo.prisma.initiative.count({ where: { archivedAt: null, leads: { some: { userId: demo.lead.id } } } });
    expect(inbox.mine).toHaveLength(led);

    // 30 October, the last day of Q3's grace period: outstanding, not late yet; 31 October: late.
    const inGrace = await getReportsInbox(demo.prisma, demo.lead, new Date("2026-10-30T21:00:00Z"));
    expect(inGrace.mine.find((r) => r.code === due.code)).toMatchObject({ outstanding: [{ period: "2026-Q3", late: false }], overdue: false });
    const after = await getReportsInbox(demo.prisma, demo.lead, new Date("2026-10-30T23:30:00Z"));
    expect(after.mine.find((r) => r.code === due.code)).toMatchObject({ outstanding: [{ period: "2026-Q3", late: true }], overdue: true });
  });

  it("marks reports in the review queue late when submitted after their due day", async () => {
    const i = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    const onTime = await scratchReport(demo.prisma, i.id, { state: "SUBMITTED", period: "2026-Q2", submittedAt: new Date("2026-07-30T21:59:00Z") });
    const late = await scratchReport(demo.prisma, i.id, { state: "SUBMITTED", period: "2026-Q1", submittedAt: new Date("2026-04-30T22:00:00Z") }); // 1 May, 00:00 in Berlin
    const rows = (await getReportsInbox(demo.prisma, demo.head, NOW)).toReview;
    expect(rows.find((r) => r.id === onTime.id)).toMatchObject({ late: false });
    expect(rows.find((r) => r.id === late.id)).toMatchObject({ late: true });
  });

  it("needs the same number of queries however many initiatives the lead leads", async () => {
    const first = counting(demo.prisma);
    await getReportsInbox(first.db, demo.lead);
    for (let i = 0; i < 4; i++) {
      const extra = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
      await scratchReport(demo.prisma, extra.id, { state: "SUBMITTED" });
    }
    const second = counting(demo.prisma);
    const inbox = await getReportsInbox(second.db, demo.lead);
    expect(second.calls()).toBe(first.calls());
    expect(second.calls()).toBeGreaterThan(0);
    expect(second.calls()).toBeLessThanOrEqual(2);
    expect(inbox.mine.length).toBeGreaterThan(4);
  });
});
