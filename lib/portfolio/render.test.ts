// Server-renders the portfolio table component (as the page's first render does) to check that
// the markup follows the URL state and carries the accessible names the browser journey relies on.
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import type { TestDatabase } from "@/lib/db/testing";
import de from "@/lib/i18n/messages/de.json";
import { actorFor, useTestDatabase } from "@/tests/db";
import { applyPortfolioState } from "./filter-sort";
import { listPortfolioFacetOptions, listPortfolioRows } from "./queries";
import type { PortfolioFacetOptions, PortfolioRow } from "./row";
import { parsePortfolioState } from "./table-state";

const NOW = new Date("2026-11-25T10:00:00Z");
let t: TestDatabase;
let rows: PortfolioRow[];
let options: PortfolioFacetOptions;
beforeAll(async () => {
  t = await useTestDatabase("demo");
  const rat = await actorFor(t, "rat@demo.masterplan.example");
  [rows, options] = await Promise.all([listPortfolioRows(t.prisma, rat, { now: NOW }), listPortfolioFacetOptions(t.prisma, rat)]);
});

function render(query: string, canExport = true): string {
  const { state } = parsePortfolioState(new URLSearchParams(query));
  const table = createElement(PortfolioTable, { rows, options, initialState: state, canExport });
  const intl = { locale: "de", messages: de, timeZone: "Europe/Berlin", children: null } satisfies ComponentProps<typeof NextIntlClientProvider>;
  return renderToString(createElement(NextIntlClientProvider, intl, table));
}

const bodyCodes = (html: string) => [...html.matchAll(/<td[^>]*><span class="font-mono[^"]*">([A-Z]+-\d+)<\/span>/g)].map((m) => m[1]);

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
