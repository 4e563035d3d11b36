// Server-renders the portfolio table component from the server's page model (as the page does) to
// check that the markup follows the URL state and carries the accessible names the browser journey
// relies on. Next's router context stands in for the app router the page is mounted in.
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import de from "@/lib/i18n/messages/de.json";
import { actorFor, demoFixture } from "@/tests/db";
import { applyPortfolioState } from "./filter-sort";
import { portfolioPage } from "./page-model";
import { listPortfolioFacetOptions, listPortfolioRows } from "./queries";
import type { PortfolioFacetOptions, PortfolioRow } from "./row";
import { parsePortfolioState } from "./table-state";

const NOW = new Date("2026-11-25T10:00:00Z");
const demo = demoFixture();
let rows: PortfolioRow[];
let options: PortfolioFacetOptions;
beforeAll(async () => {
  const rat = await actorFor(demo.t, "rat@demo.masterplan.example");
  [rows, options] = await Promise.all([listPortfolioRows(demo.prisma, rat, { now: NOW }), listPortfolioFacetOptions(demo.prisma, rat)]);
});

function render(query: string, canExport = true): string {
  const { state } = parsePortfolioState(new URLSearchParams(query));
  const table = createElement(PortfolioTable, { view: portfolioPage(rows, state, options), options, state, canExport });
  const intl = { locale: "de", messages: de, timeZone: "Europe/Berlin", children: null } satisfies ComponentProps<typeof NextIntlClientProvider>;
  return renderToString(createElement(AppRouterContext.Provider, { value: router }, createElement(NextIntlClientProvider, intl, table)));
}

const noop = () => {};
const router = { back: noop, forward: noop, refresh: noop, push: noop, replace: noop, prefetch: noop } as unknown as AppRouterInstance;

/** The code cell of each body row (the first cell, set in monospace). */
const bodyCodes = (html: string) => [...html.matchAll(/<td class="[^"]*font-mono[^"]*">([A-Z]+-\d+)<\/td>/g)].map((m) => m[1]);

describe("the portfolio table's first render", () => {
  it("shows the linked page of the filtered, sorted rows", () => {
    const query = "field=VER,MOB,BIL,INF,WIR&sort=delay.desc&page=2&size=25";
    const expected = applyPortfolioState(rows, parsePortfolioState(new URLSearchParams(query)).state).map((r) => r.code);
    const html = render(query);
    expect(bodyCodes(html)).toEqual(expected.slice(25, 50));
    expect(html).toContain(`${expected.length} Vorhaben gefunden`);
    expect(html).toMatch(/aria-sort="descending"[^>]*><button[^>]*>Verzug \(Tage\)/);
    expect(html).toContain("Seite 2 von 2");
  });

  it("labels filters, grouping, pagination and export links and carries the state in the export links", () => {
    const html = render("health=AT_RISK&group=field");
    for (const text of ["<legend class=\"font-semibold\">Handlungsfeld</legend>", "<legend class=\"font-semibold\">Ampel</legend>", "Gruppieren nach", "Nur veraltete Vorhaben", "Erste Seite", "Zeilen pro Seite"]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('href="/app/portfolio/export?format=csv&amp;health=AT_RISK"');
    expect(html).toContain("Excel (XLSX) herunterladen");
    expect(html).toContain('scope="rowgroup"');
    expect(html).toMatch(/<caption[^>]*>Vorhaben im Portfolio, gruppiert nach Handlungsfeld<\/caption>/);
  });

  it("sends only the page's rows and folds the filters behind a summary with the number of active filters", () => {
    const html = render("health=AT_RISK,OFF_TRACK&stale=1&size=25&page=99");
    const expected = applyPortfolioState(rows, parsePortfolioState(new URLSearchParams("health=AT_RISK,OFF_TRACK&stale=1")).state).map((r) => r.code);
    const pages = Math.max(1, Math.ceil(expected.length / 25));
    expect(bodyCodes(html)).toEqual(expected.slice((pages - 1) * 25));
    expect(html).toContain(`Seite ${pages} von ${pages}`);
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Filter \(3\)<\/summary>/);
    expect(html).toMatch(/role="region" aria-label="Portfolio-Tabelle, waagerecht scrollbar" tabindex="0"/);
    expect(render("")).toMatch(/<summary[^>]*>Filter<\/summary>/);
  });

  it("hides the export links from roles without report.export", () => {
    expect(render("", false)).not.toContain("CSV herunterladen");
  });

  it("points the delay column's header to the page's definition of delay", () => {
    const html = render("cols=code,delay,overdue");
    expect(html).toMatch(/<button[^>]*title="Verzug \(Tage\): [^"]*"[^>]*aria-describedby="delay-definition"[^>]*>Verzug \(Tage\)/);
    expect(html).toMatch(/aria-describedby="delay-definition"[^>]*>Überfällige Meilensteine/);
  });

  it("shows the chosen columns in the chosen order (an old link's slip column as the delay)", () => {
    const html = render("cols=slip,code,title");
    const heads = [...html.matchAll(/<th scope="col"[^>]*><button[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(heads).toEqual(["Verzug (Tage)", "Kennung", "Vorhaben"]);
  });
});
