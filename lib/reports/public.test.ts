import { describe, expect, it } from "vitest";
import { getPublicInitiative } from "@/lib/public/queries";
import { demoFixture } from "@/tests/db";
import { departmentId, scratchInitiative, scratchReport } from "./testing";

const demo = demoFixture();

describe("the public initiative page's Sachstand", () => {
  it("shows only approved reports' period and public summary, newest first — never drafts, internal texts or review comments", async () => {
    const initiative = await scratchInitiative(demo.prisma, { departmentId: await departmentId(demo.prisma, "DIGI"), leadIds: [demo.lead.id] });
    await scratchReport(demo.prisma, initiative.id, { state: "APPROVED", period: "2025-Q3", publicSummary: "Älterer Sachstand", summary: "INTERN-ALT" });
    await scratchReport(demo.prisma, initiative.id, { state: "APPROVED", period: "2025-Q4", publicSummary: "Neuerer Sachstand", summary: "INTERN-NEU" });
    await scratchReport(demo.prisma, initiative.id, { state: "APPROVED", period: "2025-Q2", publicSummary: "" });
    await scratchReport(demo.prisma, initiative.id, { state: "DRAFT", period: "2026-Q1", publicSummary: "ENTWURF-TEXT" });
    await scratchReport(demo.prisma, initiative.id, { state: "SUBMITTED", period: "2026-Q2", publicSummary: "EINGEREICHT-TEXT" });
    await scratchReport(demo.prisma, initiative.id, { state: "RETURNED", period: "2026-Q3", publicSummary: "ZURUECK-TEXT" });

    const page = (await getPublicInitiative(demo.prisma, initiative.slug))!;
    expect(page.statusReports).toEqual([
      { period: "2025-Q4", publicSummary: "Neuerer Sachstand" },
      { period: "2025-Q3", publicSummary: "Älterer Sachstand" },
    ]);
    const json = JSON.stringify(page);
    for (const secret of ["INTERN-", "ENTWURF-TEXT", "EINGEREICHT-TEXT", "ZURUECK-TEXT", "Bitte ergänzen", "reviewComment", "submittedBy", "achievements"]) {
      expect(json).not.toContain(secret);
    }
  });

  it("publishes the demo's approved summaries and none of its other reports", async () => {
    const withReports = await demo.prisma.initiative.findFirstOrThrow({
      where: { visibility: "PUBLIC", archivedAt: null, statusReports: { some: { state: "APPROVED", publicSummary: { not: "" } } } },
      select: { slug: true, statusReports: { select: { period: true, state: true, publicSummary: true } } },
    });
    const page = (await getPublicInitiative(demo.prisma, withReports.slug))!;
    const expected = withReports.statusReports
      .filter((r) => r.state === "APPROVED" && r.publicSummary !== "")
      .sort((x, y) => y.period.localeCompare(x.period))
      .map(({ period, publicSummary }) => ({ period, publicSummary }));
    expect(page.statusReports).toEqual(expected);
  });
});
