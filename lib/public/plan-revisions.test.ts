// LEAK TEST of the public "what changed since adoption" page: with the leak markers in the plan
// when it is frozen (prisma/seed/leak-markers.ts), and internal things revised afterwards (an
// internal milestone moved, internal KPI targets and budget lines changed, a public initiative
// merged into the internal one), the public comparison carries no marker and names no internal
// successor — while a public change does appear.
import { beforeAll, describe, expect, it } from "vitest";
import { freezeBaselineAction } from "@/lib/baselines/mutations";
import { invalidatePublicCache } from "@/lib/public/cache";
import { LEAK_INTERNAL_SLUG, seedLeakMarkers } from "@/prisma/seed/leak-markers";
import { demoFixture, executeOk } from "@/tests/db";
import { findLeaks, serialise } from "@/tests/leak/scan";
import { loadChangesSinceAdoption } from "./plan-revisions";

const demo = demoFixture();
let baselineId: string;
let hostSlug: string;
let publicMilestoneId: string;
let mergedCode: string;
const later = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

beforeAll(async () => {
  const p = demo.prisma;
  hostSlug = (await seedLeakMarkers(p))!.hostSlug;
  baselineId = (await executeOk(freezeBaselineAction, demo.admin, { name: "Leckprüfung", baselineDate: "2026-03-12", note: "LEAK-7f3a-BASELINE-NOTE" }, { db: p })).id;

  const host = await p.initiative.findUniqueOrThrow({ where: { slug: hostSlug }, select: { id: true } });
  const internal = await p.initiative.findUniqueOrThrow({ where: { slug: LEAK_INTERNAL_SLUG }, select: { id: true } });
  // Internal revisions.
  for (const m of await p.milestone.findMany({ where: { OR: [{ initiativeId: host.id, isPublic: false }, { initiativeId: internal.id }] } })) {
    await p.milestone.update({ where: { id: m.id }, data: { forecastDate: later(m.forecastDate, 10) } });
  }
  for (const k of await p.kpi.findMany({ where: { OR: [{ isPublic: false }, { initiativeId: internal.id }] } })) {
    await p.kpi.update({ where: { id: k.id }, data: { targetValue: k.targetValue.plus(1) } });
  }
  await p.budgetLine.updateMany({ where: { OR: [{ initiativeId: host.id, isPublic: false }, { initiativeId: internal.id }] }, data: { planned: "987654.33" } });
  // A public initiative merged into the internal one.
  const merged = await p.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC", archivedAt: null, id: { not: host.id } }, orderBy: { code: "asc" }, select: { id: true, code: true } });
  mergedCode = merged.code;
  await p.initiative.update({ where: { id: merged.id }, data: { successorId: internal.id, successionKind: "MERGED_INTO", archivedAt: new Date("2026-06-01T00:00:00Z") } });
  // A public revision, as a control that the comparison is not empty.
  const publicMilestone = await p.milestone.findFirstOrThrow({ where: { initiativeId: host.id, isPublic: true }, orderBy: { id: "asc" } });
  publicMilestoneId = publicMilestone.id;
  await p.milestone.update({ where: { id: publicMilestone.id }, data: { forecastDate: later(publicMilestone.forecastDate, 5) } });
  invalidatePublicCache();
}, 120_000);

describe("public changes since adoption", () => {
  it("show public changes and no internal marker, amount or successor", async () => {
    const data = await loadChangesSinceAdoption(demo.prisma, baselineId);
    expect(data.baseline).toMatchObject({ id: baselineId, name: "Leckprüfung" });
    const c = data.comparison!;
    expect(c.milestonesMoved.map((m) => [m.milestoneId, m.days])).toEqual([[publicMilestoneId, 5]]);
    expect(c.succeeded).toEqual([expect.objectContaining({ initiative: expect.objectContaining({ code: mergedCode }), kind: "MERGED_INTO", successor: null })]);
    expect(c.kpiTargets).toEqual([]);
    expect(c.budgets).toEqual([]);
    expect(c.added).toEqual([]);
    const text = serialise(data);
    expect(findLeaks(text)).toEqual([]);
    expect(text).not.toContain("BASELINE-NOTE");
  });

  it("show the oldest baseline when asked for none or an unknown one", async () => {
    const oldest = await demo.prisma.planBaseline.findFirstOrThrow({ orderBy: [{ baselineDate: "asc" }, { createdAt: "asc" }], select: { id: true } });
    for (const asked of [undefined, "nope", "00000000-0000-7000-8000-000000000000"]) {
      const data = await loadChangesSinceAdoption(demo.prisma, asked);
      expect(data.baseline?.id).toBe(oldest.id);
      expect(findLeaks(serialise(data))).toEqual([]);
    }
  });
});
