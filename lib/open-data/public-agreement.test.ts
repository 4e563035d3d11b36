// The open data and the citizens' pages tell the same numbers (issue 11): for every public demo
// initiative the page loader and the open-data JSON agree on progress (the same value, the same
// whole percent), what it is based on, overdue milestones, the day of the last update, and each
// milestone's overdue flag and delay; the milestones CSV carries the same overdue and delayDays.
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { toPercent } from "@/lib/initiatives/progress";
import { invalidatePublicCache } from "@/lib/public/cache";
import { loadPublicInitiative } from "@/lib/public/initiative-queries";
import { loadPublicOverview } from "@/lib/public/queries";
import { demoFixture } from "@/tests/db";
import { JSON_ENDPOINTS } from "./endpoints";
import type { InitiativeDetailRecord, InitiativeRecord, MilestoneRecord } from "./schemas";
import { callRoute, getJson } from "./test-helpers";

const shared = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db/client")>()),
  db: async () => shared.db!,
}));

const demo = demoFixture();
beforeAll(async () => {
  shared.db = demo.prisma;
  invalidatePublicCache();
});

describe("public page and open data", () => {
  it("agree on progress, its basis, overdue milestones and the last update for every public demo initiative", async () => {
    const list = await getJson<{ data: InitiativeRecord[] }>("/initiatives", { search: "?limit=200" });
    expect(list.data.length).toBe(await demo.prisma.initiative.count({ where: { visibility: "PUBLIC", archivedAt: null } }));
    let withInternalMilestones = 0;
    for (const row of list.data) {
      const page = (await loadPublicInitiative(demo.prisma, row.slug))!;
      const { data: detail } = await getJson<{ data: InitiativeDetailRecord }>("/initiatives/{slug}", { params: { slug: row.slug } });
      expect(JSON_ENDPOINTS.initiative.response.safeParse({ data: detail }).success, row.code).toBe(true);
      const shown = toPercent(page.progress);
      expect([row.progress, detail.progress], row.code).toEqual([page.progress, page.progress]);
      expect([row.progressPercent, detail.progressPercent], row.code).toEqual([shown, shown]);
      expect(detail.progressBasis, row.code).toEqual(page.progressBasis);
      expect([row.overdueMilestones, detail.overdueMilestones], row.code).toEqual([page.overdueMilestones, page.overdueMilestones]);
      expect([row.lastUpdated, detail.lastUpdated], row.code).toEqual([page.lastUpdated, page.lastUpdated]);
      expect(detail.milestones.map((m) => [m.title, m.overdue, m.delayDays]), row.code).toEqual(
        page.milestones.map((m) => [m.title, m.lateness.overdue, m.lateness.delayDays]),
      );
      if (page.progressBasis.publicMilestones < page.progressBasis.allMilestones) withInternalMilestones++;
    }
    // Not vacuous: the demo has public initiatives with internal milestones, where a count over all would differ.
    expect(withInternalMilestones).toBeGreaterThan(0);
  });

  it("agree on the masterplan's progress", async () => {
    const { data } = await getJson<{ data: { progress: number | null } }>("/masterplan");
    expect(data.progress).toBe((await loadPublicOverview(demo.prisma))!.progress);
  });

  it("carry overdue and delayDays per milestone in JSON and CSV alike", async () => {
    const json = await getJson<{ data: MilestoneRecord[] }>("/milestones", { search: "?limit=1000" });
    const overdue = json.data.filter((m) => m.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    // Overdue milestones are late by at least their days past due; none is null (every milestone has a baseline).
    expect(overdue.every((m) => m.delayDays !== null && m.delayDays > 0)).toBe(true);
    expect(json.data.every((m) => Number.isInteger(m.delayDays))).toBe(true);
    const response = await callRoute("/milestones.csv");
    const rows = parseCsv(await response.text(), { bom: true, columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
    expect(rows.map((r) => [r.id, r.overdue, Number(r.delayDays)])).toEqual(json.data.map((m) => [m.id, String(m.overdue), m.delayDays]));
  });

  it("document overdue, delayDays and progressPercent in the OpenAPI document", async () => {
    const doc = JSON.stringify(await (await callRoute("/openapi.json")).json());
    for (const field of ["delayDays", "overdue", "progressPercent", "overdueMilestones", "lastUpdated", "progressBasis"]) expect(doc).toContain(`"${field}"`);
    expect(doc).toContain("the later of forecast and today");
  });
});
