// The optional English texts of an initiative (shown on the English public site): saved, audited
// and version-checked like the German ones; left out they stay, emptied they go.
import { beforeAll, describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { initiativeSnapshot, type InitiativeSnapshot } from "./shared";
import { updateInitiativeAction } from "./update";

const demo = demoFixture();
let departmentId: string;
let fieldId: string;
let n = 0;

async function scratch(): Promise<InitiativeSnapshot> {
  const code = `ENG-${String(++n).padStart(2, "0")}`;
  const row = await demo.prisma.initiative.create({ data: { code, slug: `english-test-${n}`, title: `Englischtest ${n}`, fieldOfActionId: fieldId, departmentId } });
  return (await initiativeSnapshot(demo.prisma, row.id))!;
}

function edit(i: InitiativeSnapshot, changes: Record<string, unknown> = {}) {
  const { slug: _s, archivedAt: _a, status: _st, health: _h, healthReason: _r, visibility: _v, ...fields } = i;
  return { ...fields, tags: i.tags.join(", "), ...changes };
}

const english = { titleEn: "  Digital school  ", summaryEn: "Every school online.", descriptionEn: "**Fibre** for all.", plainLanguageSummaryEn: "Fast internet in schools." };

beforeAll(async () => {
  departmentId = (await demo.prisma.department.findUniqueOrThrow({ where: { code: "DIGI" } })).id;
  fieldId = (await demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "BIL" } })).id;
});

describe("English texts of an initiative", () => {
  it("saves them trimmed, bumps the version and audits before and after", async () => {
    const i = await scratch();
    const r = await updateInitiativeAction.execute(demo.head, edit(i, english), { locale: "de", db: demo.prisma, requestId: "req-english-1" });
    expect(r).toMatchObject({ ok: true, data: { titleEn: "Digital school", summaryEn: "Every school online.", plainLanguageSummaryEn: "Fast internet in schools.", version: 2 } });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-english-1" } });
    expect(event.before).toMatchObject({ titleEn: null, descriptionEn: null });
    expect(event.after).toMatchObject({ titleEn: "Digital school", descriptionEn: "**Fibre** for all." });
  });

  it("keeps them when a client leaves them out, and removes them when emptied", async () => {
    const i = await scratch();
    await updateInitiativeAction.execute(demo.head, edit(i, english), { db: demo.prisma });
    const saved = (await initiativeSnapshot(demo.prisma, i.id))!;
    const { titleEn: _t, summaryEn: _s, descriptionEn: _d, plainLanguageSummaryEn: _p, ...withoutEnglish } = edit(saved, { title: "Umbenannt" });
    expect(await updateInitiativeAction.execute(demo.head, withoutEnglish, { db: demo.prisma })).toMatchObject({ ok: true, data: { title: "Umbenannt", titleEn: "Digital school" } });
    const again = (await initiativeSnapshot(demo.prisma, i.id))!;
    expect(await updateInitiativeAction.execute(demo.head, edit(again, { titleEn: "", summaryEn: "   " }), { db: demo.prisma })).toMatchObject({
      ok: true,
      data: { titleEn: null, summaryEn: null, descriptionEn: "**Fibre** for all." },
    });
  });

  it("refuses an over-long English title with a message per field in the user's language", async () => {
    const i = await scratch();
    const long = { titleEn: "x".repeat(201) };
    const inGerman = await updateInitiativeAction.execute(demo.head, edit(i, long), { locale: "de", db: demo.prisma });
    const inEnglish = await updateInitiativeAction.execute(demo.head, edit(i, long), { locale: "en", db: demo.prisma });
    expect(inGerman).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { titleEn: [expect.any(String)] } });
    expect(inEnglish).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { titleEn: [expect.any(String)] } });
    const [de, en] = [inGerman, inEnglish].map((r) => (r.ok ? "" : r.fieldErrors!.titleEn![0]));
    expect(de).not.toEqual(en);
    expect(await initiativeSnapshot(demo.prisma, i.id)).toMatchObject({ titleEn: null, version: 1 });
  });

  it("is version-checked: a stale form does not overwrite a newer English text", async () => {
    const i = await scratch();
    await updateInitiativeAction.execute(demo.head, edit(i, { titleEn: "First" }), { db: demo.prisma });
    const stale = await updateInitiativeAction.execute(demo.head, edit(i, { titleEn: "Stale" }), { db: demo.prisma });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await initiativeSnapshot(demo.prisma, i.id)).toMatchObject({ titleEn: "First", version: 2 });
  });
});
