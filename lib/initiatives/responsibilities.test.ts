// Several departments and several people per initiative: a contributing department sees the
// initiative in its department's lists (portfolio filter, the head's "my work"), while approval
// stays with the lead department; deputies and editors find their initiative in "my work".
// On the demo's fixed day (2026-11-25).
import { describe, expect, it } from "vitest";
import { matchesFacet } from "@/lib/portfolio/filter-sort";
import { listPortfolioRows } from "@/lib/portfolio/queries";
import { getMyWork } from "@/lib/my-work/queries";
import { departmentId, scratchInitiative } from "@/lib/reports/testing";
import { demoFixture } from "@/tests/db";
import { addContributingDepartmentAction, removeContributingDepartmentAction } from "./mutations/departments";

const NOW = new Date("2026-11-25T10:00:00Z");
const OPTS = { now: NOW, staleAfterDays: 90 };
const demo = demoFixture();
const opts = () => ({ db: demo.prisma });

/** A VERK initiative led by the VERK project lead, SCHUL contributing, with an overdue milestone; the DIGI lead deputises, the SCHUL lead edits. */
async function shared(title: string) {
  const db = demo.prisma;
  const i = await scratchInitiative(db, { departmentId: await departmentId(db, "VERK"), leadIds: [demo.leadMob.id], title });
  await db.initiativeContributingDepartment.create({ data: { initiativeId: i.id, departmentId: await departmentId(db, "SCHUL") } });
  await db.initiativeMember.createMany({
    data: [
      { initiativeId: i.id, userId: demo.lead2.id, role: "DEPUTY" },
      { initiativeId: i.id, userId: demo.leadBil.id, role: "EDITOR" },
    ],
  });
  const late = new Date("2026-11-01T00:00:00Z");
  await db.milestone.create({ data: { initiativeId: i.id, title: `${title} überfällig`, baselineDate: late, forecastDate: late } });
  return i;
}

describe("a contributing department", () => {
  it("finds the initiative under its department in the portfolio filter; grouping stays with the lead department", async () => {
    const i = await shared("Gemeinsam Portfolio");
    const row = (await listPortfolioRows(demo.prisma, demo.headSchul, OPTS)).find((r) => r.id === i.id)!;
    expect(row).toMatchObject({ departmentCode: "VERK", contributingDepartmentCodes: ["SCHUL"] });
    expect(matchesFacet(row, "dept", ["SCHUL"])).toBe(true);
    expect(matchesFacet(row, "dept", ["VERK"])).toBe(true);
    expect(matchesFacet(row, "dept", ["UMW"])).toBe(false);
  });

  it("sees its overdue milestones in the head's work, but its missing reports stay with the lead department's head", async () => {
    const i = await shared("Gemeinsam Arbeit");
    const schul = (await getMyWork(demo.prisma, demo.headSchul, OPTS)).oversight!;
    expect(schul.overdueMilestones.items.map((m) => m.initiative.code)).toContain(i.code);
    expect(schul.overdueMilestones.items.find((m) => m.initiative.code === i.code)!.editable).toBe(false);
    expect(schul.missingReports.items.map((r) => r.code)).not.toContain(i.code);
    expect((await getMyWork(demo.prisma, demo.headVerk, OPTS)).oversight!.missingReports.items.map((r) => r.code)).toContain(i.code);
    const verk = (await getMyWork(demo.prisma, demo.headVerk, OPTS)).oversight!;
    expect(verk.overdueMilestones.items.find((m) => m.initiative.code === i.code)!.editable).toBe(true);
  });

  it("is added and removed by the lead department's head, audited; the lead department itself cannot be added", async () => {
    const i = await scratchInitiative(demo.prisma, { departmentId: await departmentId(demo.prisma, "VERK"), leadIds: [] });
    const umw = await departmentId(demo.prisma, "UMW");
    expect((await addContributingDepartmentAction.execute(demo.headVerk, { initiativeId: i.id, departmentId: umw }, opts())).ok).toBe(true);
    expect(await addContributingDepartmentAction.execute(demo.headVerk, { initiativeId: i.id, departmentId: umw }, opts())).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await addContributingDepartmentAction.execute(demo.headVerk, { initiativeId: i.id, departmentId: i.departmentId }, opts())).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    // Contributing gives no rights: the contributing head cannot remove (or add) departments.
    expect(await removeContributingDepartmentAction.execute(demo.headUmw, { initiativeId: i.id, departmentId: umw }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await removeContributingDepartmentAction.execute(demo.headVerk, { initiativeId: i.id, departmentId: umw }, opts())).ok).toBe(true);
    const events = await demo.prisma.auditEvent.findMany({ where: { initiativeId: i.id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(["initiative.addContributingDepartment", "initiative.removeContributingDepartment"]);
  });
});

describe("deputies and editors in my work", () => {
  it("lists the initiative, its milestones (editable) and, for the deputy, its reports", async () => {
    const i = await shared("Gemeinsam Team");
    const deputy = (await getMyWork(demo.prisma, demo.lead2, OPTS)).lead!;
    expect(deputy.initiatives.map((x) => x.code)).toContain(i.code);
    expect(deputy.milestones.items.find((m) => m.initiative.code === i.code)).toMatchObject({ editable: true });
    expect(deputy.reports.map((r) => r.code)).toContain(i.code);
    const editor = (await getMyWork(demo.prisma, demo.leadBil, OPTS)).lead!;
    expect(editor.milestones.items.find((m) => m.initiative.code === i.code)).toMatchObject({ editable: true });
    expect(editor.reports.map((r) => r.code)).not.toContain(i.code);
  });
});
