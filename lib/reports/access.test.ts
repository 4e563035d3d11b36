import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { actorFor, demoFixture } from "@/tests/db";
import { approveReportAction, createReportDraftAction, returnReportAction, submitReportAction, updateReportAction } from "./mutations";
import { currentPeriod } from "./period";
import { getInitiativeReports } from "./queries";
import { departmentId, scratchInitiative, scratchReport } from "./testing";

const demo = demoFixture();
const a = {} as Record<"admin" | "head" | "lead" | "sameDeptLead" | "foreignLead" | "foreignHead" | "viewer" | "council", Actor>;
let digi: string;
let verk: string;

const opts = () => ({ db: demo.prisma, locale: "en" as const });
const fields = { health: "ON_TRACK", summary: "Text", achievements: "", nextSteps: "", risks: "", publicSummary: "" };

beforeAll(async () => {
  const emails = {
    admin: "admin@demo.masterplan.example",
    head: "abteilungsleitung@demo.masterplan.example",
    lead: "projektleitung@demo.masterplan.example",
    sameDeptLead: "tobias.kraemer@demo.masterplan.example",
    foreignLead: "jan.oezdemir@demo.masterplan.example",
    foreignHead: "thomas.brenner@demo.masterplan.example",
    viewer: "betrachter@demo.masterplan.example",
    council: "rat@demo.masterplan.example",
  } as const;
  for (const [key, email] of Object.entries(emails)) a[key as keyof typeof a] = await actorFor(demo.t, email);
  digi = await departmentId(demo.prisma, "DIGI");
  verk = await departmentId(demo.prisma, "VERK");
});

describe("who may write a status report", () => {
  it("forbids a lead of another initiative — same department or not — to start, edit or submit, and audits it", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [a.lead.id] });
    const report = await scratchReport(demo.prisma, initiative.id, { state: "DRAFT", period: "2020-Q1" });
    for (const actor of [a.sameDeptLead, a.foreignLead]) {
      expect(await createReportDraftAction.execute(actor, { initiativeId: initiative.id }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await updateReportAction.execute(actor, { id: report.id, version: report.version, ...fields }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await submitReportAction.execute(actor, { id: report.id, version: report.version }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.statusReport.count({ where: { initiativeId: initiative.id } })).toBe(1);
    expect(await demo.prisma.auditEvent.count({ where: { action: "authz.denied", actorId: a.foreignLead.id, entityId: "statusReport.submit" } })).toBe(1);
  });

  it("forbids department heads, council members and viewers to draft, even in the own department", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [a.lead.id] });
    for (const actor of [a.head, a.council, a.viewer]) {
      expect(await createReportDraftAction.execute(actor, { initiativeId: initiative.id }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });

  it("answers NOT_FOUND for an unknown report or initiative and UNAUTHENTICATED without a user", async () => {
    const unknown = "0190aaaa-0000-7000-8000-000000000000";
    expect(await createReportDraftAction.execute(a.lead, { initiativeId: unknown }, opts())).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await approveReportAction.execute(a.admin, { id: unknown, version: 1 }, opts())).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await submitReportAction.execute(null, { id: unknown, version: 1 }, opts())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("who may review a status report", () => {
  it("forbids the head of another department to approve or return, and the lead to review their own report", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [a.lead.id] });
    const report = await scratchReport(demo.prisma, initiative.id, { state: "SUBMITTED", submittedById: a.lead.id });
    for (const actor of [a.foreignHead, a.lead, a.council, a.viewer]) {
      expect(await approveReportAction.execute(actor, { id: report.id, version: report.version }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await returnReportAction.execute(actor, { id: report.id, version: report.version, reviewComment: "Nein" }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.statusReport.findUniqueOrThrow({ where: { id: report.id }, select: { state: true } })).toEqual({ state: "SUBMITTED" });
    expect(await approveReportAction.execute(a.head, { id: report.id, version: report.version }, opts())).toMatchObject({ ok: true });
  });

  it("lets the head of the other department review their own department's report", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: verk, leadIds: [a.foreignLead.id] });
    const report = await scratchReport(demo.prisma, initiative.id, { state: "SUBMITTED" });
    expect(await approveReportAction.execute(a.head, { id: report.id, version: report.version }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await returnReportAction.execute(a.foreignHead, { id: report.id, version: report.version, reviewComment: "Bitte ergänzen" }, opts())).toMatchObject({ ok: true });
  });
});

describe("getInitiativeReports", () => {
  it("shows work in progress only to those who write or review the reports", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [a.lead.id] });
    await scratchReport(demo.prisma, initiative.id, { state: "APPROVED", period: "2025-Q1" });
    await scratchReport(demo.prisma, initiative.id, { state: "RETURNED", period: "2025-Q2" });
    await scratchReport(demo.prisma, initiative.id, { state: "SUBMITTED", period: "2025-Q3" });
    await scratchReport(demo.prisma, initiative.id, { state: "DRAFT", period: "2025-Q4" });

    const forLead = (await getInitiativeReports(demo.prisma, a.lead, initiative.id))!;
    expect(forLead.reports.map((r) => r.period)).toEqual(["2025-Q4", "2025-Q3", "2025-Q2", "2025-Q1"]);
    expect(forLead).toMatchObject({ mayDraft: true, mayReview: false });
    expect(forLead.startable.map((s) => s.period)).toContain(currentPeriod());

    const forHead = (await getInitiativeReports(demo.prisma, a.head, initiative.id))!;
    expect(forHead).toMatchObject({ mayDraft: false, mayReview: true, startable: [] });
    expect(forHead.reports).toHaveLength(4);

    for (const actor of [a.viewer, a.council, a.foreignHead, a.sameDeptLead]) {
      const seen = (await getInitiativeReports(demo.prisma, actor, initiative.id))!;
      expect(seen.reports.map((r) => r.state)).toEqual(["SUBMITTED", "APPROVED"]);
      expect(seen).toMatchObject({ mayDraft: false, mayReview: false, startable: [] });
    }
  });

  it("marks late reports and offers every owed quarter without a report, the default preselected", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [a.lead.id], actualStart: new Date("2026-01-10T00:00:00Z") });
    await scratchReport(demo.prisma, initiative.id, { state: "APPROVED", period: "2026-Q1", submittedAt: new Date("2026-04-20T08:00:00Z") });
    await scratchReport(demo.prisma, initiative.id, { state: "SUBMITTED", period: "2026-Q2", submittedAt: new Date("2026-08-15T08:00:00Z") });

    const late = (await getInitiativeReports(demo.prisma, a.lead, initiative.id, new Date("2026-11-25T10:00:00Z")))!;
    expect(late.reports.map((r) => [r.period, r.late])).toEqual([["2026-Q2", true], ["2026-Q1", false]]);
    expect(late.startable).toEqual([{ period: "2026-Q4", late: false }, { period: "2026-Q3", late: true }]);
    expect(late.preferred).toBe("2026-Q4");

    // 15 October: Q3's grace period runs; its report is the default and not late yet.
    const inGrace = (await getInitiativeReports(demo.prisma, a.lead, initiative.id, new Date("2026-10-15T10:00:00Z")))!;
    expect(inGrace.startable).toEqual([{ period: "2026-Q4", late: false }, { period: "2026-Q3", late: false }]);
    expect(inGrace.preferred).toBe("2026-Q3");
    // Who may not draft gets no choice.
    expect((await getInitiativeReports(demo.prisma, a.head, initiative.id))!).toMatchObject({ startable: [], preferred: null });
  });

  it("refuses an anonymous viewer", async () => {
    await expect(getInitiativeReports(demo.prisma, null, "0190aaaa-0000-7000-8000-000000000000")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
