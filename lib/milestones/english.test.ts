// A milestone's optional English title and description: added and edited with the plan, audited,
// version-checked; left out they stay, emptied they go.
import { beforeAll, describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { addMilestoneAction, editMilestoneAction } from "./mutations";
import { freshMilestone } from "./test-helpers";

const demo = demoFixture();
let initiativeId: string;
const opts = () => ({ db: demo.prisma, locale: "de" as const });

beforeAll(async () => {
  initiativeId = (await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } })).id;
});

describe("English texts of a milestone", () => {
  it("are saved when adding and editing, audited, kept when left out and removed when emptied", async () => {
    const added = await addMilestoneAction.execute(demo.head, { initiativeId, title: "Pilot gestartet", titleEn: " Pilot started ", weight: "1", baselineDate: "2027-09-30", responsiblePartnerId: "" }, opts());
    expect(added.ok).toBe(true);
    const m = await demo.prisma.milestone.findFirstOrThrow({ where: { initiativeId, title: "Pilot gestartet" } });
    expect(m).toMatchObject({ titleEn: "Pilot started", descriptionEn: null });

    const base = { id: m.id, title: m.title, description: "", weight: 1, isPublic: true, responsiblePartnerId: "" };
    const r = await editMilestoneAction.execute(demo.head, { ...base, version: m.version, descriptionEn: "With two offices" }, { ...opts(), requestId: "req-ms-english" });
    expect(r.ok).toBe(true);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-ms-english" } });
    expect(event.before).toMatchObject({ descriptionEn: null });
    expect(event.after).toMatchObject({ titleEn: "Pilot started", descriptionEn: "With two offices" });

    expect((await editMilestoneAction.execute(demo.head, { ...base, version: m.version + 1, titleEn: "" }, opts())).ok).toBe(true);
    expect(await demo.prisma.milestone.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ titleEn: null, descriptionEn: "With two offices" });
    expect(await editMilestoneAction.execute(demo.head, { ...base, version: m.version, titleEn: "Stale" }, opts())).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses an over-long English title on its field", async () => {
    const m = await freshMilestone(demo.prisma, initiativeId, demo.lead.id);
    const r = await editMilestoneAction.execute(demo.head, { id: m.id, version: m.version, title: m.title, weight: 1, isPublic: true, responsiblePartnerId: "", titleEn: "x".repeat(201) }, { db: demo.prisma, locale: "en" });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { titleEn: [expect.any(String)] } });
  });
});
