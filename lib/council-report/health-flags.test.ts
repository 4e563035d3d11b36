// The council report's flag of initiatives whose manual health is greener than the suggestion
// from their data, on the demo database: in the report structure (within the scope), on the page
// and in the PDF (German and English), with the suggestion's reasons and the reason given.
import { PDFParse } from "pdf-parse";
import { createElement } from "react";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CouncilReportView } from "@/components/council-report/council-report-view";
import { Prisma } from "@/lib/generated/prisma/client";
import de from "@/lib/i18n/messages/de.json";
import { loadInitiativeHealth } from "@/lib/initiatives/health-suggestion";
import { demoFixture } from "@/tests/db";
import { buildCouncilReport } from "./build";
import { renderCouncilReportPdf } from "./pdf";

vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  return { getTranslations: async (namespace?: string) => createTranslator({ locale: "de", messages: de, namespace: namespace as never }) };
});

const NOW = new Date("2026-11-25T10:00:00Z");
const demo = demoFixture();
const CODE = "VER-93";

beforeAll(async () => {
  // Set "on track" by hand, updated last week, with a milestone overdue by 147 days: the data say off track.
  const template = await demo.prisma.initiative.findFirstOrThrow({ where: { code: "VER-01" }, select: { fieldOfActionId: true, departmentId: true } });
  const i = await demo.prisma.initiative.create({
    data: {
      code: CODE, slug: "ratsbericht-ampeltest", title: "Ratsbericht Ampeltest", status: "IN_PROGRESS", health: "ON_TRACK", healthReason: "Zusage des Landes liegt vor",
      fieldOfActionId: template.fieldOfActionId, departmentId: template.departmentId,
      milestones: { create: [{ title: "Vergabe", weight: 2, baselineDate: new Date("2026-07-01"), forecastDate: new Date("2026-07-01") }, { title: "Betrieb", weight: 8, baselineDate: new Date("2027-05-01"), forecastDate: new Date("2027-05-01") }] },
    },
  });
  await demo.prisma.auditEvent.create({ data: { at: new Date("2026-11-20T09:00:00Z"), actorId: demo.council.id, action: "initiative.update", entityType: "Initiative", entityId: i.id, initiativeId: i.id } });
});

const build = (scope = "masterplan", locale: "de" | "en" = "de") => buildCouncilReport(demo.prisma, demo.council, { quarter: "2026-Q3", scope }, locale, NOW);

async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text.replace(/-\n/g, "-").replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

describe("the council report's flag of health greener than suggested", () => {
  it("lists exactly the initiatives in scope whose manual health is greener than the suggestion, with reasons", async () => {
    const report = await build();
    const expected = (await loadInitiativeHealth(demo.prisma, Prisma.sql`i.archived_at IS NULL`, { now: NOW })).filter((i) => i.greener);
    expect(report.healthFlags.map((f) => f.initiativeCode)).toEqual(expected.map((i) => i.code));
    expect(report.healthFlags.find((f) => f.initiativeCode === CODE)).toEqual({
      initiativeCode: CODE,
      initiativeTitle: "Ratsbericht Ampeltest",
      health: "ON_TRACK",
      healthReason: "Zusage des Landes liegt vor",
      suggested: "OFF_TRACK",
      reasons: [{ kind: "overdueMilestones", count: 1, maxDays: 147 }],
    });
    expect((await build("field:VER")).healthFlags.map((f) => f.initiativeCode)).toContain(CODE);
    const mob = await build("field:MOB");
    expect(mob.healthFlags.map((f) => f.initiativeCode)).not.toContain(CODE);
    expect(mob.healthFlags.every((f) => f.initiativeCode.startsWith("MOB-"))).toBe(true);
  });

  it("shows the flagged initiatives on the page with the suggestion and its reasons", async () => {
    const { prelude } = await prerender(createElement(CouncilReportView, { report: await build() }));
    const html = await new Response(prelude).text();
    expect(html).toContain("Lage besser als aus den Daten berechnet</h2>");
    expect(html).toMatch(new RegExp(`${CODE}</span>.{0,20}Ratsbericht Ampeltest`));
    expect(html).toContain("1 Meilenstein seit 147 Tagen überfällig");
    expect(html).toContain("Zusage des Landes liegt vor");
  });

  it("shows them in the PDF, in German and in English", async () => {
    const german = await pdfText(await renderCouncilReportPdf(await build(), "de"));
    expect(german).toContain("Lage besser als aus den Daten berechnet");
    expect(german).toContain(`${CODE} Ratsbericht Ampeltest`);
    expect(german).toContain("1 Meilenstein seit 147 Tagen überfällig");
    const english = await pdfText(await renderCouncilReportPdf(await build("masterplan", "en"), "en"));
    expect(english).toContain("Health better than computed from the data");
    expect(english).toContain("1 milestone overdue by 147 days");
  });

  it("says so when no initiative is flagged", async () => {
    const report = await build();
    const html = await new Response((await prerender(createElement(CouncilReportView, { report: { ...report, healthFlags: [] } }))).prelude).text();
    expect(html).toContain(de.councilReport.greener.none);
  });
});
