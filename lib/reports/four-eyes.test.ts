// Four eyes on status reports (issue 14, item 6): whoever wrote or submitted a report does not
// approve it — also an admin or a department head who leads the initiative; FOUR_EYES=false
// switches it off for small cities.
import { beforeAll, describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { approveReportAction, createReportDraftAction, submitReportAction, updateReportAction } from "./mutations";
import { assertFourEyes } from "./review-report";
import { departmentId, scratchInitiative, scratchReport } from "./testing";

const demo = demoFixture();
let digi: string;
const opts = (locale: "de" | "en" = "de") => ({ db: demo.prisma, locale, requestId: "req-four-eyes" });

beforeAll(async () => {
  digi = await departmentId(demo.prisma, "DIGI");
});

describe("four eyes", () => {
  it("refuses the approval by the admin who wrote and submitted the report; another reviewer approves it", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [] });
    const draft = await createReportDraftAction.execute(demo.admin, { initiativeId: initiative.id, locale: "de" }, opts());
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    const fields = { health: "ON_TRACK", summary: "Läuft.", achievements: "", nextSteps: "", risks: "", publicSummary: "" };
    const edited = await updateReportAction.execute(demo.admin, { id: draft.data.id, version: draft.data.version, ...fields }, opts());
    if (!edited.ok) throw new Error(JSON.stringify(edited));
    const submitted = await submitReportAction.execute(demo.admin, { id: draft.data.id, version: edited.data.version }, opts());
    if (!submitted.ok) throw new Error(JSON.stringify(submitted));
    const own = await approveReportAction.execute(demo.admin, { id: draft.data.id, version: submitted.data.version }, opts());
    expect(own).toMatchObject({ ok: false, code: "FORBIDDEN", fieldErrors: { _form: [expect.stringMatching(/Vier-Augen-Prinzip/)] } });
    expect((await demo.prisma.statusReport.findUniqueOrThrow({ where: { id: draft.data.id } })).state).toBe("SUBMITTED");
    const other = await approveReportAction.execute(demo.head, { id: draft.data.id, version: submitted.data.version }, opts());
    expect(other.ok).toBe(true);
  });

  it("refuses an admin who only wrote part of it, and lets anyone approve when FOUR_EYES is off", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [] });
    const report = await scratchReport(demo.prisma, initiative.id, { state: "SUBMITTED", submittedById: demo.head.id });
    await demo.prisma.auditEvent.create({ data: { action: "statusReport.update", entityType: "StatusReport", entityId: report.id, actorId: demo.admin.id } });
    const refused = await approveReportAction.execute(demo.admin, { id: report.id, version: report.version }, opts("en"));
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN", fieldErrors: { _form: [expect.stringMatching(/Four-eyes principle/)] } });
    await demo.prisma.$transaction(async (tx) => {
      await expect(assertFourEyes(tx, { id: report.id, submittedById: demo.head.id }, demo.admin.id, false)).resolves.toBeUndefined();
      await expect(assertFourEyes(tx, { id: report.id, submittedById: demo.head.id }, demo.head.id, true)).rejects.toThrow(/Four-eyes/);
    });
  });
});
