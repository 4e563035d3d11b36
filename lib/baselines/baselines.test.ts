// Plan baselines against a real database: freezing by an admin only, the database refusing any
// change of a frozen snapshot, no update path in the code, the comparison of a baseline with today
// after revising the plan, and merged/superseded initiatives.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoFixture, executeOk } from "@/tests/db";
import { setInitiativeSuccessorAction } from "@/lib/initiatives/mutations/succession";
import { freezeBaselineAction } from "./mutations";
import { compareRevisions, listBaselines } from "./queries";

const demo = demoFixture();
const opts = () => ({ db: demo.prisma, locale: "en" as const });
let n = 0;
const freeze = (name = `Fortschreibung Test ${n++}`) => executeOk(freezeBaselineAction, demo.admin, { name, baselineDate: "2026-03-12", note: "Ratsbeschluss" }, opts());

describe("freezing a baseline", () => {
  it("freezes every initiative of the plan with its milestones, KPI targets and budget", async () => {
    const frozen = await freeze("Beschlussfassung Test");
    const [initiatives, rows] = await Promise.all([
      demo.prisma.initiative.count(),
      demo.prisma.planBaselineInitiative.findMany({ where: { baselineId: frozen.id }, select: { code: true, milestones: true, kpis: true, budgetPlanned: true } }),
    ]);
    expect(frozen.initiatives).toBe(initiatives);
    expect(rows).toHaveLength(initiatives);
    const withMilestones = await demo.prisma.initiative.findFirstOrThrow({ where: { milestones: { some: {} }, budgetLines: { some: {} } }, select: { code: true, _count: { select: { milestones: true } } } });
    const row = rows.find((r) => r.code === withMilestones.code)!;
    expect((row.milestones as unknown[]).length).toBe(withMilestones._count.milestones);
    expect(Number(row.budgetPlanned)).toBeGreaterThan(0);
    const audit = await demo.prisma.auditEvent.findFirst({ where: { action: "baseline.freeze", entityId: frozen.id } });
    expect(audit?.actorId).toBe(demo.admin.id);
  });

  it("refuses a second baseline of the same name", async () => {
    await freeze("Doppelt");
    const again = await freezeBaselineAction.execute(demo.admin, { name: "Doppelt", baselineDate: "2026-03-12" }, opts());
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("is refused to everybody but an admin", async () => {
    for (const role of ["head", "council", "lead", "viewer"] as const) {
      const r = await freezeBaselineAction.execute(demo[role], { name: `Nicht erlaubt ${role}`, baselineDate: "2026-03-12" }, opts());
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await demo.prisma.planBaseline.count({ where: { name: { startsWith: "Nicht erlaubt" } } })).toBe(0);
  });
});

describe("immutability", () => {
  it("the database refuses UPDATE, DELETE and TRUNCATE of baselines (frozen report figures: lib/report-snapshots)", async () => {
    const frozen = await freeze();
    const p = demo.prisma;
    await expect(p.$executeRaw`UPDATE plan_baselines SET name = 'geändert' WHERE id = ${frozen.id}::uuid`).rejects.toThrow(/immutable/);
    await expect(p.$executeRaw`DELETE FROM plan_baselines WHERE id = ${frozen.id}::uuid`).rejects.toThrow(/immutable/);
    await expect(p.$executeRaw`UPDATE plan_baseline_initiatives SET title = 'geändert' WHERE baseline_id = ${frozen.id}::uuid`).rejects.toThrow(/immutable/);
    await expect(p.$executeRaw`DELETE FROM plan_baseline_initiatives WHERE baseline_id = ${frozen.id}::uuid`).rejects.toThrow(/immutable/);
    await expect(p.$executeRaw`TRUNCATE plan_baseline_initiatives`).rejects.toThrow(/immutable/);
    await expect(p.planBaseline.update({ where: { id: frozen.id }, data: { note: "x" } })).rejects.toThrow(/immutable/);
    expect((await p.planBaseline.findUniqueOrThrow({ where: { id: frozen.id } })).name).toMatch(/^Fortschreibung Test/);
  });

  it("has no update or delete path in the code", () => {
    const root = path.join(process.cwd(), "lib");
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === "generated" ? [] : walk(path.join(dir, e.name))) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path.join(dir, e.name)] : []));
    const offenders = walk(root).filter((f) => {
      const s = fs.readFileSync(f, "utf8");
      return /\b(planBaseline|planBaselineInitiative|reportSnapshot)\.(update|updateMany|upsert|delete|deleteMany)\b/.test(s) || /\b(UPDATE|DELETE FROM)\s+(plan_baselines|plan_baseline_initiatives|report_snapshots)\b/.test(s);
    });
    expect(offenders.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });
});

describe("comparing a baseline with today", () => {
  it("finds the revisions made after freezing", async () => {
    const frozen = await freeze();
    const p = demo.prisma;
    const milestone = await p.milestone.findFirstOrThrow({ where: { completedDate: null, initiative: { archivedAt: null } }, orderBy: { id: "asc" }, select: { id: true, title: true, forecastDate: true } });
    await p.milestone.update({ where: { id: milestone.id }, data: { forecastDate: new Date(milestone.forecastDate.getTime() + 30 * 86_400_000) } });
    const kpi = await p.kpi.findFirstOrThrow({ where: { initiativeId: { not: null }, initiative: { archivedAt: null } }, orderBy: { id: "asc" }, select: { id: true, targetValue: true } });
    await p.kpi.update({ where: { id: kpi.id }, data: { targetValue: kpi.targetValue.plus(7) } });
    const line = await p.budgetLine.findFirstOrThrow({ where: { initiative: { archivedAt: null } }, orderBy: { id: "asc" }, select: { id: true, planned: true, initiativeId: true } });
    await p.budgetLine.update({ where: { id: line.id }, data: { planned: line.planned.plus(1000) } });

    const { comparison } = await compareRevisions(p, demo.viewer, { from: frozen.id, to: "today" });
    expect(comparison!.milestonesMoved).toEqual([expect.objectContaining({ milestoneId: milestone.id, days: 30 })]);
    expect(comparison!.kpiTargets.map((k) => k.kpiId)).toEqual([kpi.id]);
    expect(comparison!.budgets).toEqual([expect.objectContaining({ delta: "1000.00" })]);
    expect(comparison!.budgets[0]!.initiative.id).toBe(line.initiativeId);
  });

  it("shows a merged initiative with its successor, and the successor action checks its target", async () => {
    const frozen = await freeze();
    const [a, b] = await demo.prisma.initiative.findMany({ where: { archivedAt: null, successorId: null, predecessors: { none: {} } }, orderBy: { code: "desc" }, take: 2, select: { id: true, code: true, version: true } });
    const self = await setInitiativeSuccessorAction.execute(demo.admin, { id: a!.id, version: a!.version, kind: "MERGED_INTO", successorCode: a!.code }, opts());
    expect(self).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { successorCode: [expect.any(String)] } });
    const unknown = await setInitiativeSuccessorAction.execute(demo.admin, { id: a!.id, version: a!.version, kind: "MERGED_INTO", successorCode: "NOPE-999" }, opts());
    expect(unknown).toMatchObject({ ok: false, code: "VALIDATION" });
    const merged = await executeOk(setInitiativeSuccessorAction, demo.admin, { id: a!.id, version: a!.version, kind: "MERGED_INTO", successorCode: b!.code }, opts());
    expect(merged).toMatchObject({ successorId: b!.id, successionKind: "MERGED_INTO" });
    expect((await demo.prisma.initiative.findUniqueOrThrow({ where: { id: a!.id } })).archivedAt).not.toBeNull();
    // b cannot now be merged into a: a is archived (and the chain would be a circle).
    const back = await setInitiativeSuccessorAction.execute(demo.admin, { id: b!.id, version: (await demo.prisma.initiative.findUniqueOrThrow({ where: { id: b!.id } })).version, kind: "SUPERSEDED_BY", successorCode: a!.code }, opts());
    expect(back).toMatchObject({ ok: false, code: "VALIDATION" });

    const { comparison } = await compareRevisions(demo.prisma, demo.viewer, { from: frozen.id, to: "today" });
    expect(comparison!.succeeded).toEqual([expect.objectContaining({ kind: "MERGED_INTO", initiative: expect.objectContaining({ code: a!.code }), successor: expect.objectContaining({ code: b!.code }) })]);
    expect(comparison!.removed.map((r) => r.code)).not.toContain(a!.code);
  });

  it("lists baselines only for a signed-in viewer, and refuses unknown ones", async () => {
    await expect(listBaselines(demo.prisma, null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(compareRevisions(demo.prisma, demo.viewer, { from: "00000000-0000-7000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(compareRevisions(demo.prisma, demo.viewer, { from: "not-an-id" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
