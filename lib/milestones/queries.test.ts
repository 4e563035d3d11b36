// The internal milestone listing: scoped by the viewer, ordered, with slip, overdue flag and history.
import { describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { listMilestonesForViewer } from "./queries";

const demo = demoFixture();
const TODAY = "2026-11-25";

describe("listMilestonesForViewer", () => {
  it("refuses an anonymous viewer", async () => {
    const initiative = await demo.prisma.initiative.findFirstOrThrow({ select: { id: true } });
    await expect(listMilestonesForViewer(demo.prisma, null, initiative.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("lists every milestone in order with slip, overdue flag and the forecast history, newest first", async () => {
    const overdue = await demo.prisma.milestone.findFirstOrThrow({
      where: { completedDate: null, forecastDate: { lt: new Date(`${TODAY}T00:00:00Z`) } },
      select: { id: true, initiativeId: true },
    });
    const listing = await listMilestonesForViewer(demo.prisma, demo.viewer, overdue.initiativeId, TODAY);
    expect(listing).not.toBeNull();
    const { milestones, facts } = listing!;
    expect(milestones.length).toBe(await demo.prisma.milestone.count({ where: { initiativeId: overdue.initiativeId } }));
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
    expect(await listMilestonesForViewer(demo.prisma, demo.viewer, "0190aaaa-0000-7000-8000-000000000000")).toBeNull();
  });
});
