import { beforeAll, describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { demoFixture, executeOk } from "@/tests/db";
import { addDependencyAction, removeDependencyAction } from "./mutations";
import { listInitiativeDependencies } from "./queries";

const demo = demoFixture();
const ids: Record<string, string> = {};
const part = (code: string) => `initiative:${ids[code]}`;
const add = (actor = demo.admin, input: Record<string, unknown>, locale: "de" | "en" = "de") => addDependencyAction.execute(actor, input, { db: demo.prisma, locale });
const cycleText = (cycle: string, locale: "de" | "en") => (locale === "de" ? de : en).dependencies.errors.cycle.replace("{cycle}", cycle);

beforeAll(async () => {
  for (const i of await demo.prisma.initiative.findMany({ select: { id: true, code: true } })) ids[i.code] = i.id;
});

describe("addDependencyAction", () => {
  it("lets the project lead say what their initiative needs, audited with the successor", async () => {
    const r = await add(demo.lead, { initiativeId: ids["VER-01"], predecessor: part("VER-05"), kind: "NEEDS" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = await demo.prisma.dependency.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(row).toMatchObject({ successorInitiativeId: ids["VER-01"], successorMilestoneId: null, predecessorInitiativeId: ids["VER-05"], predecessorMilestoneId: null, kind: "NEEDS" });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "dependency.create", entityId: r.data.id } });
    expect(event).toMatchObject({ actorId: demo.lead.id, entityType: "Dependency", initiativeId: ids["VER-01"] });
    expect(event.after).toMatchObject({ successor: "VER-01", predecessor: "VER-05" });
  });

  it("rejects a direct cycle with a field error naming it, in German and English", async () => {
    for (const locale of ["de", "en"] as const) {
      const r = await add(demo.admin, { initiativeId: ids["VER-05"], predecessor: part("VER-01") }, locale);
      expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { predecessor: [cycleText("VER-05 → VER-01 → VER-05", locale)] } });
    }
  });

  it("rejects a cycle of three and writes nothing", async () => {
    await executeOk(addDependencyAction, demo.admin, { initiativeId: ids["VER-05"], predecessor: part("VER-02") }, { db: demo.prisma });
    const before = await demo.prisma.dependency.count();
    const r = await add(demo.admin, { initiativeId: ids["VER-02"], predecessor: part("VER-01") });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { predecessor: [cycleText("VER-02 → VER-01 → VER-05 → VER-02", "de")] } });
    expect(await demo.prisma.dependency.count()).toBe(before);
  });

  it("rejects a cycle across a milestone and an initiative, naming the milestone", async () => {
    const m = await demo.prisma.milestone.findFirstOrThrow({ where: { initiativeId: ids["GES-01"] }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, title: true } });
    await executeOk(addDependencyAction, demo.admin, { initiativeId: ids["GES-02"], predecessor: `milestone:${m.id}` }, { db: demo.prisma });
    const r = await add(demo.admin, { initiativeId: ids["GES-01"], predecessor: part("GES-02") }, "en");
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { predecessor: [cycleText(`GES-01 → GES-02 → GES-01 · ${m.code ?? m.title}`, "en")] } });
    // The milestone as successor: GES-01's own milestone needing GES-02 closes the same loop.
    const own = await add(demo.admin, { initiativeId: ids["GES-01"], successorMilestoneId: m.id, predecessor: part("GES-02") });
    expect(own).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("rejects a self-dependency, a duplicate, an unknown part and a milestone of another initiative, next to the field", async () => {
    const self = await add(demo.admin, { initiativeId: ids["VER-02"], predecessor: part("VER-02") }, "en");
    expect(self).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { predecessor: [en.dependencies.errors.self] } });
    const dup = await add(demo.admin, { initiativeId: ids["VER-01"], predecessor: part("VER-05") });
    expect(dup).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { predecessor: [de.dependencies.errors.duplicate] } });
    const unknown = await add(demo.admin, { initiativeId: ids["VER-01"], predecessor: "initiative:00000000-0000-4000-8000-000000000000" });
    expect(unknown).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { predecessor: [de.dependencies.errors.part] } });
    const garbage = await add(demo.admin, { initiativeId: ids["VER-01"], predecessor: "VER-05" });
    expect(garbage).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { predecessor: [de.dependencies.errors.part] } });
    const foreign = await demo.prisma.milestone.findFirstOrThrow({ where: { initiativeId: ids["VER-02"] }, select: { id: true } });
    const wrong = await add(demo.admin, { initiativeId: ids["VER-01"], successorMilestoneId: foreign.id, predecessor: part("VER-04") });
    expect(wrong).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { successorMilestoneId: [de.dependencies.errors.successor] } });
  });

  it("forbids council members, viewers, a lead of another initiative and the head of another department", async () => {
    const before = await demo.prisma.dependency.count();
    for (const [actor, code] of [[demo.council, "VER-01"], [demo.viewer, "VER-01"], [demo.lead, "MOB-02"], [demo.headVerk, "VER-01"]] as const) {
      expect(await add(actor, { initiativeId: ids[code], predecessor: part("BIL-01") })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.dependency.count()).toBe(before);
  });
});

describe("removeDependencyAction and the initiative's list", () => {
  it("lists what an initiative needs and what needs it, and lets its lead remove a dependency (audited); others may not", async () => {
    const list = await listInitiativeDependencies(demo.prisma, demo.lead, ids["VER-01"]!, "2026-12-31");
    expect(list?.canEdit).toBe(true);
    expect(list?.needs.map((d) => d.predecessor.label)).toEqual(["VER-05"]);
    const five = await listInitiativeDependencies(demo.prisma, demo.council, ids["VER-05"]!, "2026-12-31");
    expect(five).toMatchObject({ canEdit: false, candidates: [] });
    expect(five?.neededBy.map((d) => d.successor.label)).toEqual(["VER-01"]);

    const id = list!.needs[0]!.id;
    expect(await removeDependencyAction.execute(demo.council, { id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await removeDependencyAction.execute(demo.leadMob, { id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await removeDependencyAction.execute(demo.lead, { id }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await demo.prisma.dependency.count({ where: { id } })).toBe(0);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "dependency.delete", entityId: id } });
    expect(event).toMatchObject({ initiativeId: ids["VER-01"], before: expect.objectContaining({ successor: "VER-01", predecessor: "VER-05" }) });
    expect(await removeDependencyAction.execute(demo.lead, { id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
