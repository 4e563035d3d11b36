import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/db";
import { getInitiativeReports } from "@/lib/reports/queries";
import { createReportCommentAction } from "./mutations";

describe("comments on status reports", () => {
  it("let a council member discuss a submitted report, audited with the initiative, shown on the report", async () => {
    const { prisma } = await useTestDatabase("demo");
    const council = await prisma.user.findUniqueOrThrow({ where: { email: "rat@demo.masterplan.example" } });
    const actor = { id: council.id, role: council.role, departmentId: council.departmentId, via: "session" as const };
    const report = await prisma.statusReport.findFirstOrThrow({ where: { state: "SUBMITTED" }, select: { id: true, initiativeId: true } });
    const r = await createReportCommentAction.execute(actor, { statusReportId: report.id, body: "Wie ist der Zeitplan?", initiativeId: "ignored" }, { db: prisma });
    expect(r.ok).toBe(true);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "comment.createOnReport" } });
    expect(event.initiativeId).toBe(report.initiativeId);
    const stored = await prisma.comment.findFirstOrThrow({ where: { statusReportId: report.id, authorId: council.id } });
    expect(stored.initiativeId).toBeNull();
    const view = await getInitiativeReports(prisma, actor, report.initiativeId);
    expect(view!.reports.find((x) => x.id === report.id)!.comments.map((c) => c.body)).toContain("Wie ist der Zeitplan?");
  });

  it("treat a draft as absent for readers who neither write nor review it", async () => {
    const { prisma } = await useTestDatabase("demo");
    const viewer = await prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    const actor = { id: viewer.id, role: viewer.role, departmentId: viewer.departmentId, via: "session" as const };
    const draft = await prisma.statusReport.findFirstOrThrow({ where: { state: "DRAFT" }, select: { id: true } });
    const r = await createReportCommentAction.execute(actor, { statusReportId: draft.id, body: "Hallo" }, { db: prisma });
    expect(r).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma.comment.count({ where: { statusReportId: draft.id, authorId: viewer.id } })).toBe(0);
  });
});
