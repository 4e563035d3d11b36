// Responsibility follows the people: every responsibility on an initiative (project lead, deputy,
// editor), the lead department's head, a contributing department's head and people without any
// responsibility, against every action those responsibilities touch, by direct call of the action
// (the entry point of server actions and API routes). The initiative belongs to VERK; its project
// lead is the demo department head of DIGI (a department head leading another department's
// initiative), its deputy a project lead of DIGI, its editor a project lead of SCHUL, and SCHUL
// contributes to it.
import { describe, expect, it } from "vitest";
import type { Action } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/authz/policy";
import { recordBudgetActualAction } from "@/lib/budget/mutations";
import { addInitiativeLeadAction } from "@/lib/initiatives/mutations/leads";
import { removeInitiativeMemberAction, setInitiativeMemberAction } from "@/lib/initiatives/mutations/members";
import { updateInitiativeAction } from "@/lib/initiatives/mutations/update";
import { getInitiativeBudget } from "@/lib/budget/queries";
import { listInitiativeKpis } from "@/lib/kpis/queries";
import { recordKpiMeasurementAction } from "@/lib/kpis/mutations";
import { listMilestonesForViewer } from "@/lib/milestones/queries";
import { completeMilestoneAction, moveForecastAction } from "@/lib/milestones/status-mutations";
import { approveReportAction, createReportDraftAction, submitReportAction, updateReportAction } from "@/lib/reports/mutations";
import { getInitiativeReports } from "@/lib/reports/queries";
import { departmentId, scratchInitiative, scratchReport } from "@/lib/reports/testing";
import { listInitiativeRisks } from "@/lib/risks/queries";
import { createRiskAction } from "@/lib/risks/mutations";
import { can } from "@/lib/authz/policy";
import type { UserKey } from "@/prisma/seed/demo-data";
import { demoFixture } from "@/tests/db";

const demo = demoFixture();
const opts = () => ({ db: demo.prisma });

/** A fresh VERK initiative with its people: head (DIGI) leads, lead2 deputises, leadBil (SCHUL) edits, SCHUL contributes. */
async function team() {
  const db = demo.prisma;
  const i = await scratchInitiative(db, { departmentId: await departmentId(db, "VERK"), leadIds: [demo.head.id] });
  await db.initiativeMember.createMany({
    data: [
      { initiativeId: i.id, userId: demo.lead2.id, role: "DEPUTY" },
      { initiativeId: i.id, userId: demo.leadBil.id, role: "EDITOR" },
    ],
  });
  await db.initiativeContributingDepartment.create({ data: { initiativeId: i.id, departmentId: await departmentId(db, "SCHUL") } });
  return i;
}

let n = 0;
const planned = new Date("2027-03-01T00:00:00Z");
const milestone = (initiativeId: string) =>
  demo.prisma.milestone.create({ data: { initiativeId, title: `Team ${n++}`, sortOrder: n, baselineDate: planned, forecastDate: planned }, select: { id: true, version: true } });
const kpi = (initiativeId: string) =>
  demo.prisma.kpi.create({
    data: { scope: "INITIATIVE", initiativeId, name: "Team-Kennzahl", unit: "Anzahl", baselineValue: 1, baselineDate: new Date("2024-01-01"), targetValue: 10, targetDate: new Date("2028-12-31") },
  });

type Step = readonly [label: string, action: Pick<Action<unknown, unknown>, "name" | "execute">, input: (initiativeId: string) => Promise<unknown>];

const STEPS: Step[] = [
  ["complete a milestone", completeMilestoneAction, async (i) => milestone(i)],
  ["move a milestone's forecast", moveForecastAction, async (i) => ({ ...(await milestone(i)), forecastDate: "2027-09-30", reason: "Lieferverzug" })],
  ["record a KPI value", recordKpiMeasurementAction, async (i) => ({ kpiId: (await kpi(i)).id, periodDate: "2026-06-30", value: 42 })],
  ["add a risk", createRiskAction, async (i) => ({ initiativeId: i, title: "Team-Risiko", probability: 2, impact: 3, ownerId: "", status: "OPEN" })],
  ["record a budget actual", recordBudgetActualAction, async (i) => {
    const line = await demo.prisma.budgetLine.create({ data: { initiativeId: i, year: 2040, fundingSource: "OTHER", planned: 100 } });
    return { id: line.id, version: line.version, actual: "50" };
  }],
  ["draft the status report", createReportDraftAction, async (i) => ({ initiativeId: i })],
  ["submit the status report", submitReportAction, async (i) => {
    const r = await scratchReport(demo.prisma, i, { state: "DRAFT" });
    return { id: r.id, version: r.version };
  }],
  ["approve the status report", approveReportAction, async (i) => {
    const r = await scratchReport(demo.prisma, i, { state: "SUBMITTED", submittedById: demo.leadMob.id });
    return { id: r.id, version: r.version };
  }],
  ["edit the master data", updateInitiativeAction, async (i) => {
    const row = await demo.prisma.initiative.findUniqueOrThrow({ where: { id: i } });
    const code = `${Array.from({ length: 5 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("")}-${String(n++ % 100).padStart(2, "0")}`;
    return { id: row.id, version: row.version, code, title: "Umbenannt", fieldOfActionId: row.fieldOfActionId, departmentId: row.departmentId, tags: "" };
  }],
  ["assign an editor", setInitiativeMemberAction, async (i) => ({ initiativeId: i, userId: demo.leadWir.id, role: "EDITOR" })],
];

type Outcome = "ok" | "FORBIDDEN";
const ok = "ok", no = "FORBIDDEN";
/** Per person: the outcome of each step, in the order of STEPS. */
const EXPECT: Record<string, { who: UserKey; outcomes: readonly Outcome[] }> = {
  //                                                                   done fcst kpi  risk budg draft subm appr master assign
  "the project lead, head of another department": { who: "head", outcomes: [ok, ok, ok, ok, ok, ok, ok, no, no, no] },
  "the deputy (project lead of another department)": { who: "lead2", outcomes: [ok, ok, ok, ok, ok, ok, ok, no, no, no] },
  "the editor (project lead of a contributing department)": { who: "leadBil", outcomes: [ok, ok, ok, ok, no, no, no, no, no, no] },
  "the head of the initiative's own department": { who: "headVerk", outcomes: [ok, ok, ok, ok, ok, no, no, ok, ok, ok] },
  "the head of a contributing department": { who: "headSchul", outcomes: [no, no, no, no, no, no, no, no, no, no] },
  "a project lead without a responsibility on it": { who: "leadUmw", outcomes: [no, no, no, no, no, no, no, no, no, no] },
  "a council member": { who: "council", outcomes: [no, no, no, no, no, no, no, no, no, no] },
  "a viewer": { who: "viewer", outcomes: [no, no, no, no, no, no, no, no, no, no] },
};

describe("responsibility follows the people: every responsibility × action by direct request", () => {
  for (const [person, { who, outcomes }] of Object.entries(EXPECT)) {
    STEPS.forEach(([label, action, input], k) => {
      it(`${person} may ${label}: ${outcomes[k]}`, async () => {
        const i = await team();
        const actor: Actor = demo[who];
        const r = await action.execute(actor, await input(i.id), opts());
        if (outcomes[k] === "ok") expect(r.ok ? "ok" : `${r.code}: ${JSON.stringify(r.fieldErrors ?? {})}`).toBe("ok");
        else expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
      });
    });
  }

  it("a department head leading another department's initiative updates its milestone and drafts its report, but cannot approve it", async () => {
    const i = await team();
    const m = await milestone(i.id);
    expect((await completeMilestoneAction.execute(demo.head, m, opts())).ok).toBe(true);
    const draft = await createReportDraftAction.execute(demo.head, { initiativeId: i.id }, opts());
    expect(draft.ok).toBe(true);
    const drafted = await demo.prisma.statusReport.findFirstOrThrow({ where: { initiativeId: i.id }, select: { id: true, version: true } });
    const written = await updateReportAction.execute(demo.head, { ...drafted, health: "AT_RISK", summary: "Lage", achievements: "", nextSteps: "", risks: "", publicSummary: "Öffentlich" }, opts());
    expect(written.ok).toBe(true);
    const report = await demo.prisma.statusReport.findUniqueOrThrow({ where: { id: drafted.id }, select: { id: true, version: true } });
    const submitted = await submitReportAction.execute(demo.head, report, opts());
    expect(submitted.ok ? "ok" : submitted.code).toBe("ok");
    const again = await demo.prisma.statusReport.findUniqueOrThrow({ where: { id: report.id }, select: { id: true, version: true } });
    expect(await approveReportAction.execute(demo.head, again, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // The head of the initiative's own department approves it.
    expect((await approveReportAction.execute(demo.headVerk, again, opts())).ok).toBe(true);
  });
});

describe("the initiative's pages show the edit controls to whoever holds a responsibility", () => {
  it("offers milestones, KPI values, risks, budget actuals and the report to the lead and deputy, and milestones, KPIs and risks to the editor", async () => {
    const i = await team();
    const db = demo.prisma;
    for (const [who, leads] of [["head", true], ["lead2", true], ["leadBil", false]] as const) {
      const viewer = demo[who];
      const milestones = await listMilestonesForViewer(db, viewer, i.id);
      expect(can(viewer, "milestone.edit", milestones!.facts), who).toBe(true);
      expect((await listInitiativeKpis(db, viewer, i.id))).toMatchObject({ canRecord: true, canDefine: false });
      expect((await listInitiativeRisks(db, viewer, i.id))).toMatchObject({ canEdit: true });
      expect((await getInitiativeBudget(db, viewer, i.id))).toMatchObject({ canRecordActual: leads, canPlan: false });
      expect((await getInitiativeReports(db, viewer, i.id))).toMatchObject({ mayDraft: leads, mayReview: false });
    }
    const outsider = await listMilestonesForViewer(db, demo.leadUmw, i.id);
    expect(can(demo.leadUmw, "milestone.edit", outsider!.facts)).toBe(false);
  });
});

describe("assigning deputies and editors", () => {
  it("assigns, changes and removes a member, audited; one responsibility per person", async () => {
    const i = await team();
    const set = await setInitiativeMemberAction.execute(demo.headVerk, { initiativeId: i.id, userId: demo.leadWir.id, role: "EDITOR" }, opts());
    expect(set.ok).toBe(true);
    const changed = await setInitiativeMemberAction.execute(demo.headVerk, { initiativeId: i.id, userId: demo.leadWir.id, role: "DEPUTY" }, opts());
    expect(changed.ok).toBe(true);
    const events = await demo.prisma.auditEvent.findMany({ where: { initiativeId: i.id, action: "initiative.setMember" }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.before && (e.before as { role: string }).role, (e.after as { role: string }).role])).toEqual([[null, "EDITOR"], ["EDITOR", "DEPUTY"]]);
    // A lead is not also a member, a member not also a lead.
    expect(await setInitiativeMemberAction.execute(demo.headVerk, { initiativeId: i.id, userId: demo.head.id, role: "EDITOR" }, opts())).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await addInitiativeLeadAction.execute(demo.headVerk, { initiativeId: i.id, userId: demo.lead2.id }, opts())).toMatchObject({ ok: false, code: "CONFLICT" });
    // Read-only roles hold no responsibility.
    expect(await setInitiativeMemberAction.execute(demo.headVerk, { initiativeId: i.id, userId: demo.viewer.id, role: "EDITOR" }, opts())).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    const removed = await removeInitiativeMemberAction.execute(demo.headVerk, { initiativeId: i.id, userId: demo.leadWir.id }, opts());
    expect(removed.ok).toBe(true);
    expect(await demo.prisma.auditEvent.count({ where: { initiativeId: i.id, action: "initiative.removeMember" } })).toBe(1);
    // Without the role, no rights: the former deputy's milestone update is refused.
    const m = await milestone(i.id);
    expect(await completeMilestoneAction.execute(demo.leadWir, m, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
