import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { demoFixture, executeOk } from "@/tests/db";
import { approveReportAction, createReportDraftAction, returnReportAction, submitReportAction, updateReportAction } from "./mutations";
import { currentPeriod, previousPeriod, shiftPeriod } from "./period";
import { departmentId, scratchInitiative, scratchReport } from "./testing";

const demo = demoFixture();
let digi: string;

const opts = () => ({ db: demo.prisma, locale: "en" as const, requestId: "req-report-test" });
const fields = { health: "AT_RISK", summary: "Gut vorangekommen.", achievements: "- Pilot läuft", nextSteps: "- Ausschreibung", risks: "Lieferzeiten", publicSummary: "Der Pilot läuft." };

const draftFor = (initiativeId: string, actor: Actor = demo.lead) => executeOk(createReportDraftAction, actor, { initiativeId, locale: "de" }, opts());

beforeAll(async () => {
  digi = await departmentId(demo.prisma, "DIGI");
});

describe("status report workflow", () => {
  it("runs draft → submit → return (comment required) → resubmit → approve, audited with the initiative", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id], health: "ON_TRACK" });
    const draft = await draftFor(initiative.id);
    expect(draft).toMatchObject({ period: currentPeriod(), state: "DRAFT", health: "ON_TRACK", version: 1 });

    const edited = await updateReportAction.execute(demo.lead, { id: draft.id, version: 1, ...fields }, opts());
    expect(edited).toMatchObject({ ok: true, data: { ...fields, state: "DRAFT", version: 2 } });

    const submitted = await submitReportAction.execute(demo.lead, { id: draft.id, version: 2 }, opts());
    expect(submitted).toMatchObject({ ok: true, data: { state: "SUBMITTED", submittedById: demo.lead.id, version: 3 } });
    if (submitted.ok) expect(submitted.data.submittedAt).toBeInstanceOf(Date);

    const noComment = await returnReportAction.execute(demo.head, { id: draft.id, version: 3, reviewComment: "   " }, opts());
    expect(noComment).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reviewComment: ["Please fill in this field."] } });
    const returned = await returnReportAction.execute(demo.head, { id: draft.id, version: 3, reviewComment: "Bitte Kosten ergänzen." }, opts());
    expect(returned).toMatchObject({ ok: true, data: { state: "RETURNED", reviewComment: "Bitte Kosten ergänzen.", reviewedById: demo.head.id, version: 4 } });

    const revised = await updateReportAction.execute(demo.lead, { id: draft.id, version: 4, ...fields, summary: "Mit Kosten." }, opts());
    expect(revised).toMatchObject({ ok: true, data: { state: "RETURNED", summary: "Mit Kosten.", version: 5 } });
    const resubmitted = await submitReportAction.execute(demo.lead, { id: draft.id, version: 5 }, opts());
    expect(resubmitted).toMatchObject({ ok: true, data: { state: "SUBMITTED", version: 6 } });

    const approved = await approveReportAction.execute(demo.head, { id: draft.id, version: 6 }, opts());
    expect(approved).toMatchObject({ ok: true, data: { state: "APPROVED", reviewedById: demo.head.id, version: 7 } });

    // The approved report's health becomes the initiative's, audited on the initiative.
    const after = await demo.prisma.initiative.findUniqueOrThrow({ where: { id: initiative.id }, select: { health: true } });
    expect(after.health).toBe("AT_RISK");
    const events = await demo.prisma.auditEvent.findMany({ where: { initiativeId: initiative.id }, orderBy: { id: "asc" }, select: { action: true, entityType: true, before: true, after: true, requestId: true } });
    expect(events.map((e) => e.action)).toEqual([
      "statusReport.createDraft",
      "statusReport.update",
      "statusReport.submit",
      "statusReport.return",
      "statusReport.update",
      "statusReport.submit",
      "statusReport.approve",
      "initiative.health.fromReport",
    ]);
    expect(events.every((e) => e.requestId === "req-report-test")).toBe(true);
    expect(events[3]).toMatchObject({ before: { state: "SUBMITTED" }, after: { state: "RETURNED", reviewComment: "Bitte Kosten ergänzen." } });
    expect(events[7]).toMatchObject({ entityType: "Initiative", before: { health: "ON_TRACK" }, after: { health: "AT_RISK", statusReportId: draft.id } });
  });

  it("leaves the initiative's health alone when the approved report agrees with it", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id], health: "AT_RISK" });
    const report = await scratchReport(demo.prisma, initiative.id, { state: "SUBMITTED", health: "AT_RISK", submittedById: demo.lead.id });
    expect(await approveReportAction.execute(demo.admin, { id: report.id, version: report.version }, opts())).toMatchObject({ ok: true });
    expect(await demo.prisma.auditEvent.count({ where: { initiativeId: initiative.id, action: "initiative.health.fromReport" } })).toBe(0);
  });

  it("locks an approved report against every edit, submit and review", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    const report = await scratchReport(demo.prisma, initiative.id, { state: "APPROVED" });
    const attempts = [
      await updateReportAction.execute(demo.lead, { id: report.id, version: report.version, ...fields }, opts()),
      await submitReportAction.execute(demo.lead, { id: report.id, version: report.version }, opts()),
      await approveReportAction.execute(demo.head, { id: report.id, version: report.version }, opts()),
      await returnReportAction.execute(demo.head, { id: report.id, version: report.version, reviewComment: "Doch nicht." }, opts()),
      await updateReportAction.execute(demo.admin, { id: report.id, version: report.version, ...fields }, opts()),
    ];
    for (const r of attempts) {
      expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { _form: ["The report is approved and therefore locked."] } });
    }
    const stored = await demo.prisma.statusReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored).toMatchObject({ state: "APPROVED", version: report.version, summary: "Zusammenfassung für den Test." });
  });
});

describe("status report state machine", () => {
  it("refuses to approve or return a draft, to submit twice, and to edit a submitted report", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    const draft = await draftFor(initiative.id);
    const notSubmitted = { ok: false, code: "CONFLICT", fieldErrors: { _form: ["Only submitted reports can be approved or returned."] } };
    expect(await approveReportAction.execute(demo.head, { id: draft.id, version: draft.version }, opts())).toMatchObject(notSubmitted);
    expect(await returnReportAction.execute(demo.head, { id: draft.id, version: draft.version, reviewComment: "x" }, opts())).toMatchObject(notSubmitted);

    expect((await updateReportAction.execute(demo.lead, { id: draft.id, version: draft.version, ...fields }, opts())).ok).toBe(true);
    const submitted = await submitReportAction.execute(demo.lead, { id: draft.id, version: draft.version + 1 }, opts());
    expect(submitted.ok).toBe(true);
    const version = draft.version + 2;
    expect(await submitReportAction.execute(demo.lead, { id: draft.id, version }, opts())).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { _form: ["The report is already submitted."] },
    });
    expect(await updateReportAction.execute(demo.lead, { id: draft.id, version, ...fields }, opts())).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { _form: ["The report is submitted and can only be edited again after it is returned."] },
    });
    expect(await demo.prisma.statusReport.findUniqueOrThrow({ where: { id: draft.id }, select: { state: true, version: true } })).toEqual({ state: "SUBMITTED", version });
  });

  it("allows one report per initiative and period", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    await draftFor(initiative.id);
    expect(await createReportDraftAction.execute(demo.lead, { initiativeId: initiative.id }, opts())).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { _form: ["There is already a report for this period."] },
    });
    expect(await demo.prisma.statusReport.count({ where: { initiativeId: initiative.id } })).toBe(1);
  });

  it("lets every owed quarter be drafted late, but none before the start or in the future", async () => {
    // Running since 1 January 2024 (scratchInitiative): every quarter since then is owed.
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    for (const period of [previousPeriod(currentPeriod()), shiftPeriod(currentPeriod(), -2), "2024-Q1"]) {
      const late = await createReportDraftAction.execute(demo.lead, { initiativeId: initiative.id, period }, opts());
      expect(late, period).toMatchObject({ ok: true, data: { period } });
    }
    for (const period of ["2023-Q4", shiftPeriod(currentPeriod(), 1)]) {
      expect(await createReportDraftAction.execute(demo.lead, { initiativeId: initiative.id, period }, opts())).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { period: ["Reports can be started only for the quarters the initiative owes a report for, and for the current quarter."] },
      });
    }
    expect(await createReportDraftAction.execute(demo.lead, { initiativeId: initiative.id, period: "2026-11" }, opts())).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { period: ["Please give a period such as 2026-Q4."] },
    });
  });

  it("starts the finished quarter's report by default during its grace period, the current one after it", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    try {
      vi.stubEnv("FIXED_NOW", "2027-01-30T22:59:00Z"); // 23:59 on 30 January in Berlin: the last day of Q4's grace
      expect(await createReportDraftAction.execute(demo.lead, { initiativeId: initiative.id }, opts())).toMatchObject({ ok: true, data: { period: "2026-Q4" } });
      vi.stubEnv("FIXED_NOW", "2027-01-30T23:00:00Z"); // 31 January
      expect(await createReportDraftAction.execute(demo.lead, { initiativeId: initiative.id }, opts())).toMatchObject({ ok: true, data: { period: "2027-Q1" } });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("needs a summary before a report is submitted", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    const report = await scratchReport(demo.prisma, initiative.id, { state: "DRAFT", summary: "" });
    expect(await submitReportAction.execute(demo.lead, { id: report.id, version: report.version }, opts())).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { summary: ["Please write a summary before submitting."] },
    });
  });

  it("rejects a stale version with the stored report, and a public summary over 2000 characters", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    const draft = await draftFor(initiative.id);
    expect((await updateReportAction.execute(demo.lead, { id: draft.id, version: draft.version, ...fields }, opts())).ok).toBe(true);
    const stale = await updateReportAction.execute(demo.lead, { id: draft.id, version: draft.version, ...fields, summary: "Alt." }, opts());
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", current: { version: draft.version + 1, summary: fields.summary } });
    const long = await updateReportAction.execute(demo.lead, { id: draft.id, version: draft.version + 1, ...fields, publicSummary: "x".repeat(2001) }, opts());
    expect(long).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { publicSummary: ["Please enter at most 2000 characters."] } });
  });

  it("ignores injected workflow fields", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    const draft = await draftFor(initiative.id);
    const r = await updateReportAction.execute(
      demo.lead,
      { id: draft.id, version: draft.version, ...fields, state: "APPROVED", reviewedById: demo.head.id, initiativeId: "0190aaaa-0000-7000-8000-000000000000" },
      opts(),
    );
    expect(r).toMatchObject({ ok: true, data: { state: "DRAFT", reviewedById: null, initiativeId: initiative.id } });
  });
});
