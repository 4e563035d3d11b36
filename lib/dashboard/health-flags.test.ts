// The dashboard's flag of initiatives whose manual health is greener than the suggestion from
// their data, on the demo database: exactly those the rule finds, within the filters, each linked
// to the initiative with the suggestion's reasons, and without extra statements per initiative.
import { createElement } from "react";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AttentionSection } from "@/components/dashboard/attention-section";
import { countQueries } from "@/lib/db/query-counter";
import { Prisma } from "@/lib/generated/prisma/client";
import de from "@/lib/i18n/messages/de.json";
import { loadInitiativeHealth } from "@/lib/initiatives/health-suggestion";
import { demoFixture } from "@/tests/db";
import { getDashboard, NO_FILTERS, parseDashboardFilters } from "./queries";

vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: "de", messages: de, namespace: namespace as never }),
    // The request's configuration, for the server components' lib/i18n/translations.ts.
    getLocale: async () => "de",
    getMessages: async () => de,
    getTimeZone: async () => "Europe/Berlin",
  };
});

const TODAY = "2026-11-25";
const NOW = new Date("2026-11-25T10:00:00Z");
const OPTS = { today: TODAY, now: NOW, staleAfterDays: 90 };

const demo = demoFixture();
/** A running VER initiative, set "on track" by hand, with a milestone overdue since 2026-11-01. */
let greener: { id: string; code: string };
/** The same data, but its health says "at risk": it agrees with the suggestion. */
let agreeing: { id: string; code: string };

beforeAll(async () => {
  const template = await demo.prisma.initiative.findFirstOrThrow({ where: { code: "VER-01" }, select: { fieldOfActionId: true, departmentId: true } });
  const make = async (code: string, health: "ON_TRACK" | "AT_RISK") => {
    const i = await demo.prisma.initiative.create({
      data: {
        code, slug: code.toLowerCase(), title: `Ampeltest ${code}`, status: "IN_PROGRESS", health, healthReason: health === "AT_RISK" ? "Verzug" : null,
        fieldOfActionId: template.fieldOfActionId, departmentId: template.departmentId,
        milestones: { create: [{ title: "Abnahme", weight: 1, baselineDate: new Date("2026-11-01"), forecastDate: new Date("2026-11-01") }, { title: "Betrieb", weight: 9, baselineDate: new Date("2027-05-01"), forecastDate: new Date("2027-05-01") }] },
      },
      select: { id: true, code: true },
    });
    // Updated by a person last week, so staleness is no signal here.
    await demo.prisma.auditEvent.create({ data: { at: new Date("2026-11-20T09:00:00Z"), actorId: demo.council.id, action: "initiative.update", entityType: "Initiative", entityId: i.id, initiativeId: i.id } });
    return i;
  };
  greener = await make("VER-91", "ON_TRACK");
  agreeing = await make("VER-92", "AT_RISK");
});

describe("the dashboard's flag of health greener than suggested", () => {
  it("lists exactly the initiatives whose manual health is greener than the suggestion, with its reasons", async () => {
    const d = await getDashboard(demo.prisma, demo.council, NO_FILTERS, OPTS);
    const all = await loadInitiativeHealth(demo.prisma, Prisma.sql`i.archived_at IS NULL`, OPTS);
    expect(d.healthFlags.map((f) => f.code)).toEqual(all.filter((i) => i.greener).map((i) => i.code));
    const flag = d.healthFlags.find((f) => f.id === greener.id);
    expect(flag).toMatchObject({ health: "ON_TRACK", suggestion: { health: "AT_RISK", reasons: [{ kind: "overdueMilestones", count: 1, maxDays: 24 }] } });
    expect(d.healthFlags.some((f) => f.id === agreeing.id)).toBe(false);
    for (const f of d.healthFlags) expect(f.greener).toBe(true);
  });

  it("follows the dashboard's filters", async () => {
    const ver = await getDashboard(demo.prisma, demo.council, parseDashboardFilters({ field: "VER" }), OPTS);
    expect(ver.healthFlags.map((f) => f.code)).toContain(greener.code);
    const mob = await getDashboard(demo.prisma, demo.council, parseDashboardFilters({ field: "MOB" }), OPTS);
    expect(mob.healthFlags.map((f) => f.code)).not.toContain(greener.code);
    expect(mob.healthFlags.every((f) => f.code.startsWith("MOB-"))).toBe(true);
  });

  it("links each flagged initiative and says why, in the attention section", async () => {
    const d = await getDashboard(demo.prisma, demo.council, NO_FILTERS, OPTS);
    const { prelude } = await prerender(createElement(AttentionSection, { figures: d.portfolio, filters: d.filters, healthFlags: d.healthFlags }));
    const html = await new Response(prelude).text();
    expect(html).toContain(`href="/app/initiatives/${greener.code}"`);
    expect(html).toContain("Lage „Im Plan“, Vorschlag aus den Daten „Gefährdet“: 1 Meilenstein seit 24 Tagen überfällig");
    expect(html).toContain(`${d.healthFlags.length} Vorhaben ${d.healthFlags.length === 1 ? "hat" : "haben"} eine bessere Lage als aus den Daten berechnet`);
    expect(html).not.toContain(`href="/app/initiatives/${agreeing.code}"`);
  });

  it("needs the same statements for one field as for all initiatives, one of them for the flag", async () => {
    const ver = await countQueries(demo.counting, () => getDashboard(demo.counting, demo.council, parseDashboardFilters({ field: "VER" }), OPTS));
    const all = await countQueries(demo.counting, () => getDashboard(demo.counting, demo.council, NO_FILTERS, OPTS));
    expect(all.result.portfolio.total).toBeGreaterThan(ver.result.portfolio.total);
    expect(all.count).toBe(ver.count);
    expect(all.queries.filter((q) => q.includes("health_reason"))).toHaveLength(1);
  });
});
