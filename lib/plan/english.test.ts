// The masterplan's and the fields of action's optional English texts in plan setup: saved with the
// rest, audited, version-checked; left out they stay, emptied they go.
import { describe, expect, it } from "vitest";
import { demoFixture, executeOk } from "@/tests/db";
import * as fieldActions from "./field-mutations";
import * as masterplanActions from "./masterplan-mutations";

const demo = demoFixture();
const opts = () => ({ db: demo.prisma });

describe("English texts in plan setup", () => {
  it("edits the masterplan's English title and vision, audited, and keeps them when a client leaves them out", async () => {
    const m = await demo.prisma.masterplan.findFirstOrThrow();
    const input = { id: m.id, version: m.version, title: m.title, vision: m.vision, periodStart: "2020-01-01", periodEnd: "2030-12-31", adoptedAt: null };
    const r = await masterplanActions.updateMasterplanAction.execute(demo.admin, { ...input, titleEn: " Digital Duisburg ", visionEn: "Digital for everyone." }, opts());
    expect(r).toMatchObject({ ok: true, data: { titleEn: "Digital Duisburg", visionEn: "Digital for everyone.", version: m.version + 1 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "masterplan.update", entityId: m.id }, orderBy: { at: "desc" } });
    expect(event.after).toMatchObject({ titleEn: "Digital Duisburg" });
    await executeOk(masterplanActions.updateMasterplanAction, demo.admin, { ...input, version: m.version + 1, vision: "Neu" }, opts());
    expect(await demo.prisma.masterplan.findFirstOrThrow()).toMatchObject({ titleEn: "Digital Duisburg", vision: "Neu" });
    const stale = await masterplanActions.updateMasterplanAction.execute(demo.admin, { ...input, titleEn: "Stale" }, opts());
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("creates and edits a field of action's English title and description", async () => {
    const created = await executeOk(fieldActions.createFieldOfActionAction, demo.admin, { code: "ENGL", title: "Englischtest", titleEn: "English test" }, opts());
    const f = await demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "ENGL" } });
    expect(f).toMatchObject({ titleEn: "English test", descriptionEn: null });
    expect(created).toBeTruthy();
    const r = await fieldActions.updateFieldOfActionAction.execute(demo.admin, { id: f.id, version: f.version, code: "ENGL", title: f.title, titleEn: "", descriptionEn: "About English" }, opts());
    expect(r).toMatchObject({ ok: true });
    expect(await demo.prisma.fieldOfAction.findUniqueOrThrow({ where: { id: f.id } })).toMatchObject({ titleEn: null, descriptionEn: "About English", version: f.version + 1 });
    const tooLong = await fieldActions.updateFieldOfActionAction.execute(demo.admin, { id: f.id, version: f.version + 1, code: "ENGL", title: f.title, titleEn: "x".repeat(201) }, { ...opts(), locale: "en" });
    expect(tooLong).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { titleEn: [expect.any(String)] } });
  });
});
