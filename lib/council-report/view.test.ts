// The council report's markup, rendered from the demo database the way the page renders it (the
// server translations come from the German catalogue): one h1 and headings in order, the form's
// labelled controls, the PDF link, approved texts in and unfinished reports out.
import { createElement } from "react";
import { prerender } from "react-dom/static";
import { describe, expect, it, vi } from "vitest";
import { CouncilReportView } from "@/components/council-report/council-report-view";
import de from "@/lib/i18n/messages/de.json";
import { demoFixture } from "@/tests/db";
import { buildCouncilReport, type CouncilReport } from "./build";

vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  return { getTranslations: async (namespace?: string) => createTranslator({ locale: "de", messages: de, namespace: namespace as never }) };
});

const NOW = new Date("2026-11-25T10:00:00Z");
const demo = demoFixture();

async function render(report: CouncilReport): Promise<string> {
  const { prelude } = await prerender(createElement(CouncilReportView, { report }));
  return new Response(prelude).text();
}

const escape = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#x27;");

describe("council report view", () => {
  it("has one h1 and no skipped heading levels", async () => {
    const report = await buildCouncilReport(demo.prisma, demo.council, { quarter: "2026-Q3" }, "de", NOW);
    const html = await render(report);
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    expect(html).toContain("Ratsbericht 3. Quartal 2026</h1>");
  });

  it("offers a GET form with labelled controls and the PDF of the same report", async () => {
    const report = await buildCouncilReport(demo.prisma, demo.council, { quarter: "2026-Q3", scope: "field:VER" }, "de", NOW);
    const html = await render(report);
    expect(html).toMatch(/<form action="\/app\/council-report" method="get">/);
    expect(html).toMatch(/<label[^>]*>Quartal<select name="quarter"/);
    expect(html).toMatch(/<label[^>]*>Umfang<select name="scope"/);
    expect(html).toContain('<option value="field:VER" selected="">');
    expect(html).toMatch(/<a href="\/app\/council-report\/pdf\?quarter=2026-Q3&amp;scope=field%3AVER&amp;lang=de"[^>]*>Ratsbericht als PDF herunterladen<\/a>/);
  });

  it("lists the overdue milestones with days overdue and delay, and each entry's delay and overdue count", async () => {
    const report = await buildCouncilReport(demo.prisma, demo.council, { quarter: "2026-Q4" }, "de", NOW);
    expect(report.late.length).toBeGreaterThan(0);
    const html = await render(report);
    expect(html).toContain('<h2 id="cr-late"');
    expect(html).toContain("Überfällige Meilensteine</h2>");
    expect(html).toContain("Meilensteine, die am 25.11.2026 nicht erledigt sind");
    const section = html.slice(html.indexOf('id="cr-late"'));
    const body = section.slice(section.indexOf("<tbody"), section.indexOf("</tbody>"));
    const rows = [...body.matchAll(/<tr[ >]/g)];
    expect(rows).toHaveLength(report.late.length);
    const first = report.late[0]!;
    expect(section).toMatch(new RegExp(`<td class="[^"]*text-right[^"]*">${first.overdueDays}</td><td class="[^"]*text-right[^"]*">${first.delayDays}</td>`));
    const entry = report.fields.flatMap((f) => f.reports).find((e) => e.delayDays !== null)!;
    const article = html.slice(html.indexOf(`id="cr-report-${entry.initiativeCode}"`));
    expect(article).toMatch(new RegExp(`<dt class="font-semibold">Verzug</dt><dd>${entry.delayDays} Tag`));
    expect(article).toMatch(new RegExp(`<dt class="font-semibold">Überfällige Meilensteine</dt><dd>${entry.overdueMilestones}</dd>`));
  });

  it("shows a past quarter as approved: overdue at its end, live sections marked as of today", async () => {
    const report = await buildCouncilReport(demo.prisma, demo.council, { quarter: "2026-Q3" }, "de", NOW);
    expect(report.asOf).toBe("approval");
    const html = await render(report);
    expect(html).toContain("Meilensteine, die am 30.09.2026 nicht erledigt sind");
    expect(html).toContain("Das Quartal ist abgeschlossen");
    expect(html).toContain("Stand: heute (25.11.2026)");
    expect(html).toContain("mit freigegebenem Bericht im Umfang des Berichts (Stand bei Freigabe)");
    expect(html).toContain("Meilensteine des Quartals bei Freigabe</h3>");
  });

  it("shows the approved reports' texts and leaves out unfinished ones", async () => {
    const draft = await demo.prisma.statusReport.findFirstOrThrow({ where: { period: "2026-Q4", state: "SUBMITTED" }, select: { id: true } });
    await demo.prisma.statusReport.update({ where: { id: draft.id }, data: { summary: "Eingereicht, aber nicht freigegeben ZZ-93" } });
    const report = await buildCouncilReport(demo.prisma, demo.head, { quarter: "2026-Q4" }, "de", NOW);
    const html = await render(report);
    const approved = await demo.prisma.statusReport.findMany({ where: { period: "2026-Q4", state: "APPROVED" }, select: { summary: true, publicSummary: true } });
    expect(approved.length).toBeGreaterThan(0);
    for (const r of approved) expect(html).toContain(escape(r.summary));
    expect(html).not.toContain("ZZ-93");
  });
});
