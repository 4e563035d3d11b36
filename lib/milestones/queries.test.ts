// The internal milestone listing: scoped by the viewer, ordered, with slip, overdue flag and history.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import type { TestDatabase } from "@/lib/db/testing";
import { demoActors, useTestDatabase } from "@/tests/db";
import { listMilestonesForViewer } from "./queries";

let t: TestDatabase;
let viewer: Actor;
const TODAY = "2026-11-25";

beforeAll(async () => {
  t = await useTestDatabase("demo");
  ({ viewer } = await demoActors(t));
});

describe("listMilestonesForViewer", () => {
  it("refuses an anonymous viewer", async () => {
    const initiative = await t.prisma.initiative.findFirstOrThrow({ select: { id: true } });
    await expect(listMilestonesForViewer(t.prisma, null, initiative.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("lists every milestone in order with slip, overdue flag and the forecast history, newest first", async () => {
    const overdue = await t.prisma.milestone.findFirstOrThrow({
      where: { completedDate: null, forecastDate: { lt: new Date(`${TODAY}T00:00:00Z`) } },
      select: { id: true, initiativeId: true },
    });
    const listing = await listMilestonesForViewer(t.prisma, viewer, overdue.initiativeId, TODAY);
    expect(listing).not.toBeNull();
    const { milestones, facts } = listing!;
    expect(milestones.length).toBe(await t.prisma.milestone.count({ where: { initiativeId: overdue.initiativeId } }));
    expect(milestones.map((m) => m.sortOrder)).toEqual([...milestones.map((m) => m.sortOrder)].sort((a, b) => a - b));
    expect(facts.departmentId).toBeTruthy();

    const row = milestones.find((m) => m.id === overdue.id)!;
    expect(row.overdue).toBe(true);
    expect(row.slipDays).toBe(Math.round((Date.parse(row.forecastDate) - Date.parse(row.baselineDate)) / 86_400_000));
    expect(row.history.length).toBeGreaterThan(0);
    const times = row.history.map((h) => h.reportedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(row.history.at(-1)).toMatchObject({ reason: "Ausgangsplanung", forecastDate: row.baselineDate });
    expect(milestones.filter((m) => m.completedDate).every((m) => !m.overdue)).toBe(true);
  });

  it("returns null for an unknown initiative", async () => {
    expect(await listMilestonesForViewer(t.prisma, viewer, "0190aaaa-0000-7000-8000-000000000000")).toBeNull();
  });
});
