import { describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { getInitiativeOverview, initiativeEditOptions, initiativeMilestoneFacts, lastUpdateByPerson, newInitiativeOptions } from "./edit-queries";
import { isMilestoneOverdue } from "./freshness";
import { setInitiativeVisibilityAction } from "./mutations/state";

const demo = demoFixture();

describe("initiativeMilestoneFacts", () => {
  it("adds up weights and counts overdue milestones in the database exactly as the rules in JavaScript do", async () => {
    const initiatives = await demo.prisma.initiative.findMany({
      where: { code: { in: ["VER-01", "VER-02", "MOB-03", "MOB-07", "WIR-06"] } },
      select: { id: true, milestones: { select: { weight: true, forecastDate: true, completedDate: true } } },
    });
    expect(initiatives).toHaveLength(5);
    let overdueSeen = 0;
    // Fixed days: the demo's day, the day its overdue milestones were still due, and far ahead.
    for (const today of ["2026-11-25", "2026-01-01", "2099-01-01"]) {
      for (const i of initiatives) {
        const facts = await initiativeMilestoneFacts(demo.prisma, demo.viewer, i.id, today);
        expect(facts).toEqual({
          totalWeight: i.milestones.reduce((s, m) => s + m.weight, 0),
          doneWeight: i.milestones.filter((m) => m.completedDate).reduce((s, m) => s + m.weight, 0),
          count: i.milestones.length,
          overdue: i.milestones.filter((m) => isMilestoneOverdue(m, today)).length,
        });
        overdueSeen += facts.overdue;
      }
    }
    expect(overdueSeen).toBeGreaterThan(0);
  });

  it("answers zeros for an initiative without milestones", async () => {
    const template = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } });
    const i = await demo.prisma.initiative.create({
      data: { code: "QRY-01", slug: "query-test", title: "Ohne Meilensteine", fieldOfActionId: template.fieldOfActionId, departmentId: template.departmentId },
    });
    expect(await initiativeMilestoneFacts(demo.prisma, demo.viewer, i.id, "2026-01-01")).toEqual({ totalWeight: 0, doneWeight: 0, count: 0, overdue: 0 });
  });
});

describe("lastUpdateByPerson", () => {
  it("is null without any change by a person, then names the latest change by a person", async () => {
    const i = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-03" }, select: { id: true, version: true } });
    const fresh = await demo.prisma.initiative.create({
      data: { code: "TST-99", slug: "tst-99", title: "Ohne Verlauf", fieldOfActionId: (await demo.prisma.fieldOfAction.findFirstOrThrow()).id, departmentId: demo.head.departmentId! },
    });
    expect(await lastUpdateByPerson(demo.prisma, demo.viewer, fresh.id)).toBeNull();
    const r = await setInitiativeVisibilityAction.execute(demo.head, { id: i.id, version: i.version, visibility: "PUBLIC" }, { db: demo.prisma });
    expect(r.ok).toBe(true);
    // An automated change afterwards does not count as keeping the initiative current.
    await demo.prisma.auditEvent.create({ data: { actorLabel: "system", action: "import.sync", entityType: "Initiative", entityId: i.id, initiativeId: i.id, at: new Date(Date.now() + 60_000) } });
    const last = await lastUpdateByPerson(demo.prisma, demo.viewer, i.id);
    expect(last).toMatchObject({ actor: { name: "Dr. Claudia Berger" } });
    expect(Date.now() - last!.at.getTime()).toBeLessThan(60_000);
  });
});

describe("reads for the overview", () => {
  it("refuse anonymous callers", async () => {
    const i = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" }, select: { id: true } });
    await expect(getInitiativeOverview(demo.prisma, null, i.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(initiativeMilestoneFacts(demo.prisma, undefined, i.id, "2026-01-01")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("give the overview with dates as calendar days and amounts as strings", async () => {
    const i = await demo.prisma.initiative.findFirstOrThrow({ where: { partners: { some: { committedAmount: { not: null } } } }, select: { id: true } });
    const o = await getInitiativeOverview(demo.prisma, demo.viewer, i.id);
    expect(o?.plannedStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(o?.partners.find((p) => p.committedAmount)?.committedAmount).toMatch(/^\d+\.\d{2}$/);
  });

  it("offer a department head only their own department to move initiatives into, an admin every one", async () => {
    const all = await demo.prisma.department.count();
    expect((await initiativeEditOptions(demo.prisma, demo.admin)).departments).toHaveLength(all);
    expect((await initiativeEditOptions(demo.prisma, demo.head)).departments.map((d) => d.id)).toEqual([demo.head.departmentId]);
    expect((await newInitiativeOptions(demo.prisma, demo.viewer)).departments).toEqual([]);
  });

  it("offer only active project leads and department heads as leads", async () => {
    const { leadCandidates } = await initiativeEditOptions(demo.prisma, demo.admin);
    expect(leadCandidates.length).toBeGreaterThan(0);
    expect(new Set(leadCandidates.map((c) => c.role))).toEqual(new Set(["PROJECT_LEAD", "DEPARTMENT_HEAD"]));
  });

  it("suggest the next free code per field of action", async () => {
    const { fields } = await newInitiativeOptions(demo.prisma, demo.admin);
    const highest = async (prefix: string) =>
      Math.max(...(await demo.prisma.initiative.findMany({ where: { code: { startsWith: `${prefix}-` } }, select: { code: true } })).map((c) => Number(c.code.slice(-2))));
    expect(fields.find((f) => f.code === "VER")?.suggestedCode).toBe(`VER-${String((await highest("VER")) + 1).padStart(2, "0")}`);
    expect(fields.find((f) => f.code === "MOB")?.suggestedCode).toBe(`MOB-${String((await highest("MOB")) + 1).padStart(2, "0")}`);
  });
});
