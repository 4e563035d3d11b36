// The suggested health on the internal initiative overview, rendered from the demo database the
// way the page renders it (German catalogue): "Vorschlag aus den Daten: …" beside the health set by
// hand, and "Manuell besser als berechnet, Begründung: …" when the health is greener.
import { createElement } from "react";
import { prerender } from "react-dom/static";
import { describe, expect, it, vi } from "vitest";
import { HealthSuggestionNote } from "@/components/initiatives/edit/health-suggestion-note";
import { OverviewSummary } from "@/components/initiatives/edit/overview-summary";
import de from "@/lib/i18n/messages/de.json";
import { demoFixture } from "@/tests/db";
import { getInitiativeOverview } from "./edit-queries";
import { getInitiativeHealth } from "./health-suggestion";

vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("next-intl");
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: "de", messages: de, namespace: namespace as never }),
    getFormatter: async () => createFormatter({ locale: "de", timeZone: "Europe/Berlin" }),
  };
});

const NOW = new Date("2026-11-25T10:00:00Z");
const demo = demoFixture();

const html = async (element: ReturnType<typeof createElement>) => new Response((await prerender(element)).prelude).text();

/** A running initiative with one milestone overdue since 2026-11-01, updated by a person last week. */
async function scratch(code: string, health: "ON_TRACK" | "AT_RISK", healthReason: string | null) {
  const template = await demo.prisma.initiative.findFirstOrThrow({ where: { code: "VER-01" }, select: { fieldOfActionId: true, departmentId: true } });
  const i = await demo.prisma.initiative.create({
    data: {
      code, slug: code.toLowerCase(), title: `Anzeige ${code}`, status: "IN_PROGRESS", health, healthReason,
      fieldOfActionId: template.fieldOfActionId, departmentId: template.departmentId,
      milestones: { create: [{ title: "Abnahme", weight: 1, baselineDate: new Date("2026-11-01"), forecastDate: new Date("2026-11-01") }, { title: "Betrieb", weight: 9, baselineDate: new Date("2027-05-01"), forecastDate: new Date("2027-05-01") }] },
    },
  });
  await demo.prisma.auditEvent.create({ data: { at: new Date("2026-11-20T09:00:00Z"), actorId: demo.head.id, action: "initiative.update", entityType: "Initiative", entityId: i.id, initiativeId: i.id } });
  return i.id;
}

async function renderOverview(id: string) {
  const [i, health] = await Promise.all([getInitiativeOverview(demo.prisma, demo.head, id), getInitiativeHealth(demo.prisma, demo.head, id, { now: NOW })]);
  return html(createElement(OverviewSummary, { i: i!, suggestion: health!.suggestion }));
}

describe("the suggested health on the internal overview", () => {
  it("shows the suggestion and that the health set by hand is better, with its reason", async () => {
    const page = await renderOverview(await scratch("VER-94", "ON_TRACK", "Abnahme erfolgt, Eintrag folgt"));
    expect(page).toContain("Vorschlag aus den Daten: Gefährdet — 1 Meilenstein seit 24 Tagen überfällig");
    expect(page).toContain("Manuell besser als berechnet, Begründung: Abnahme erfolgt, Eintrag folgt");
  });

  it("says when a better health has no reason yet", async () => {
    const page = await renderOverview(await scratch("VER-95", "ON_TRACK", null));
    expect(page).toContain(de.healthSuggestion.greenerNoReason);
  });

  it("shows the reason plainly when the health agrees with the suggestion", async () => {
    const page = await renderOverview(await scratch("VER-96", "AT_RISK", "Lieferverzug"));
    expect(page).toContain("Lieferverzug");
    expect(page).not.toContain("Manuell besser als berechnet");
    expect(page).toContain("Vorschlag aus den Daten: Gefährdet");
  });

  it("names no suggestion for a completed initiative and says when there is no warning sign", async () => {
    expect(await html(createElement(HealthSuggestionNote, { suggestion: null }))).toContain(de.healthSuggestion.none);
    expect(await html(createElement(HealthSuggestionNote, { suggestion: { health: "ON_TRACK", reasons: [] } }))).toContain("Vorschlag aus den Daten: Im Plan — keine Warnzeichen");
  });
});
