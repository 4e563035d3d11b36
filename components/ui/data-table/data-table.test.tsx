// Renders the one data table on the server, as pages do, and checks what readers rely on: caption
// and summary, header cells, alignment and locale formats, sorting (empty values last), the sort
// links, sticky leading columns, the empty state, groups (with total rows), detail rows and the footer.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClientDataTable } from "./client-data-table";
import { DataTable } from "./data-table";
import { formatCell } from "./format";
import { nextSort, parseSortParams, sortRows } from "./model";
import type { DataTableColumn, DataTableProps } from "./types";
import { pageHref, pageWindow, parsePageParams, UrlPagination } from "./url-pagination";

type Row = { code: string; title: string; budget: number | null; due: string | null };
const ROWS: Row[] = [
  { code: "B-2", title: "Überführung", budget: 1200.5, due: "2028-02-29" },
  { code: "A-10", title: "Ampel", budget: null, due: "2026-12-31" },
  { code: "A-9", title: "Zebra", budget: 30, due: null },
];
const COLUMNS: DataTableColumn<Row>[] = [
  { id: "code", header: "Nr.", value: (r) => r.code, sortable: true, rowHeader: true },
  { id: "title", header: "Titel", value: (r) => r.title, sortable: true },
  { id: "budget", header: "Budget", value: (r) => r.budget, format: "currency", sortable: true },
  { id: "due", header: "Fällig", value: (r) => r.due, format: "date", sortable: true },
];
const codes = (rows: Row[]) => rows.map((r) => r.code);

describe("formatCell", () => {
  it("formats by locale: currency, dates as calendar days (29 February, 31 December), empty as a dash", () => {
    expect(formatCell(1200.5, "currency", "de")).toBe("1.201\u00a0€");
    expect(formatCell(1200.5, "currency", "en")).toBe("€1,201");
    expect(formatCell("2028-02-29", "date", "de")).toBe("29.02.2028");
    expect(formatCell(new Date("2026-12-31T00:00:00Z"), "date", "en")).toBe("Dec 31, 2026");
    expect(formatCell(0.456, "percent", "de")).toBe("46\u00a0%");
    expect(formatCell(null, "number", "de")).toBe("–");
    expect(formatCell(new Date("2026-12-31T23:30:00Z"), "datetime", "de", "Europe/Berlin")).toBe("01.01.2027, 00:30");
  });
});

describe("sortRows", () => {
  it("sorts text by the locale (Ü with U, numbers inside codes numerically)", () => {
    expect(codes(sortRows(ROWS, COLUMNS, { id: "title", desc: false }, "de"))).toEqual(["A-10", "B-2", "A-9"]);
    expect(codes(sortRows(ROWS, COLUMNS, { id: "code", desc: false }, "de"))).toEqual(["A-9", "A-10", "B-2"]);
  });
  it("keeps empty values last in both directions", () => {
    expect(codes(sortRows(ROWS, COLUMNS, { id: "budget", desc: false }, "de"))).toEqual(["A-9", "B-2", "A-10"]);
    expect(codes(sortRows(ROWS, COLUMNS, { id: "budget", desc: true }, "de"))).toEqual(["B-2", "A-9", "A-10"]);
    expect(codes(sortRows(ROWS, COLUMNS, { id: "due", desc: true }, "de"))).toEqual(["B-2", "A-10", "A-9"]);
  });
  it("leaves the order alone without a sort or for an unknown column", () => {
    expect(codes(sortRows(ROWS, COLUMNS, null, "de"))).toEqual(codes(ROWS));
    expect(codes(sortRows(ROWS, COLUMNS, { id: "nope", desc: false }, "de"))).toEqual(codes(ROWS));
  });
  it("cycles a header: ascending, descending, none; reads sort parameters for sortable columns only", () => {
    expect(nextSort(null, "a")).toEqual({ id: "a", desc: false });
    expect(nextSort({ id: "a", desc: false }, "a")).toEqual({ id: "a", desc: true });
    expect(nextSort({ id: "a", desc: true }, "a")).toBeNull();
    expect(nextSort({ id: "a", desc: true }, "b")).toEqual({ id: "b", desc: false });
    expect(parseSortParams({ sort: "title", dir: "desc" }, ["title"])).toEqual({ id: "title", desc: true });
    expect(parseSortParams({ sort: "secret" }, ["title"])).toBeNull();
  });
});

describe("paging through the URL", () => {
  it("bounds page and size and keeps other parameters in the links", () => {
    expect(parsePageParams({ page: "3", size: "50" }, [25, 50])).toEqual({ page: 3, size: 50 });
    expect(parsePageParams({ page: "-1", size: "7" }, [25, 50])).toEqual({ page: 1, size: 25 });
    expect(pageHref("/x", { q: "a b", field: ["MOB", "VER"], page: "2" }, 3)).toBe("/x?q=a+b&field=MOB&field=VER&page=3");
    expect(pageHref("/x", { page: "2" }, 1)).toBe("/x");
  });
  it("shows the first, the last and two pages either side, with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it("links every other page, marks the current one, and renders nothing for one page", () => {
    const labels = { nav: "Seiten", previous: "Zurück", next: "Weiter", pageLink: (p: number) => `Seite ${p}` };
    const html = renderToStaticMarkup(<UrlPagination page={2} pageCount={3} href={(p) => `/l?page=${p}`} labels={labels} />);
    expect(html).toContain('<nav aria-label="Seiten"');
    expect(html).toMatch(/<a rel="prev"[^>]*href="\/l\?page=1"|<a[^>]*href="\/l\?page=1"[^>]*rel="prev"/);
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('aria-label="Seite 3"');
    expect(renderToStaticMarkup(<UrlPagination page={1} pageCount={1} href={String} labels={labels} />)).toBe("");
  });
});

describe("DataTable", () => {
  const render = (extra: Partial<DataTableProps<Row>> = {}) =>
    renderToStaticMarkup(
      <DataTable columns={COLUMNS} rows={ROWS} rowKey={(r) => r.code} caption="Vorhaben" summary="Alle Vorhaben." locale="de" id="t" {...extra} />,
    );

  it("names the table and its scroll region, describes it, and marks header cells", () => {
    const html = render();
    expect(html).toContain('<caption class="sr-only">Vorhaben</caption>');
    expect(html).toMatch(/role="region" aria-label="Vorhaben" tabindex="0"/);
    expect(html).toContain('aria-describedby="t-summary"');
    expect(html).toContain('<p id="t-summary"');
    expect(html.match(/<th scope="col"/g)).toHaveLength(4);
    expect(html.match(/<th scope="row"/g)).toHaveLength(3);
    expect(html).toContain("1.201\u00a0€");
    expect(html).toContain("29.02.2028");
  });

  it("aligns numbers at the end and sticks the first column and the header", () => {
    const html = render();
    expect(html).toMatch(/<td class="[^"]*text-right[^"]*tabular-nums[^"]*">1\.201\u00a0€/);
    // dt-col-1 is "sticky left-0 z-[1]" (app/globals.css); e2e/portfolio-scale.spec.ts checks the computed position.
    expect(html).toMatch(/<th scope="row" class="[^"]*dt-col-1/);
    expect(html).toMatch(/<th scope="col"[^>]*class="[^"]*sticky top-0/);
  });

  it("sorts through the URL: marks the sorted header and links each header to its next order", () => {
    const html = render({ sort: { id: "budget", desc: true }, sortHref: (s) => (s ? `/p?sort=${s.id}&dir=${s.desc ? "desc" : "asc"}` : "/p") });
    expect(html).toMatch(/aria-sort="descending"[^>]*><a [^>]*href="\/p"/);
    expect(html).toContain('href="/p?sort=title&amp;dir=asc"');
    expect(html.indexOf("B-2")).toBeLessThan(html.indexOf("A-9"));
    expect(html.indexOf("A-9")).toBeLessThan(html.indexOf("A-10"));
  });

  it("keeps rows that arrive sorted in their order", () => {
    const html = render({ sort: { id: "budget", desc: true }, presorted: true });
    expect(html.indexOf("B-2")).toBeLessThan(html.indexOf("A-10"));
    expect(html.indexOf("A-10")).toBeLessThan(html.indexOf("A-9"));
  });

  it("shows the empty state instead of an empty table", () => {
    const html = render({ rows: [], empty: "Keine Vorhaben." });
    expect(html).not.toContain("<table");
    expect(html).toContain("Keine Vorhaben.");
  });

  it("renders groups under heading rows and a footer with a spanning label", () => {
    const html = render({
      rows: undefined,
      groups: [
        { key: "a", head: "Gruppe A", rows: ROWS.slice(0, 2) },
        { key: "b", head: "Gruppe B", rows: ROWS.slice(2) },
      ],
      footer: [{ key: "sum", label: "Summe", span: 2, values: { budget: "1.231 €" } }],
    });
    expect(html.match(/<tbody>/g)).toHaveLength(2);
    expect(html).toMatch(/<th scope="rowgroup" colspan="4"[^>]*>Gruppe A</i);
    expect(html).toMatch(/<tfoot><tr[^>]*><th scope="row" colspan="2"[^>]*>Summe<\/th>/i);
    expect(html).toContain("1.231 €");
  });

  it("closes groups without a heading row by a total row, as a budget's subtotal per year", () => {
    const html = render({
      rows: undefined,
      groups: [{ key: "2026", rows: ROWS.slice(0, 2), foot: { key: "sum-2026", label: "Summe 2026", span: 2, values: { budget: "1.201 €" } } }],
    });
    expect(html).not.toContain('scope="rowgroup"');
    expect(html).toMatch(/<tbody><tr[^>]*><th scope="row"[^>]*>B-2<\/th>/);
    expect(html).toMatch(/<tr class="[^"]*bg-slate-50[^"]*"><th scope="row" colspan="2"[^>]*>Summe 2026<\/th><td[^>]*>1\.201 €<\/td><td[^>]*><\/td><\/tr><\/tbody>/i);
  });

  it("puts a full-width detail row under a row where one is given", () => {
    const html = render({ rowDetail: (r) => (r.code === "A-9" ? <details><summary>Verwalten: {r.title}</summary></details> : null) });
    expect(html.match(/<tr/g)).toHaveLength(1 + 3 + 1);
    expect(html).toMatch(/<th scope="row"[^>]*>A-9<\/th>.*?<\/tr><tr[^>]*><td colspan="4"[^>]*><details><summary>Verwalten: Zebra<\/summary>/i);
  });

  it("sticks two columns with the second at the first one's width", () => {
    const html = render({ stickyColumns: 2, firstColumnWidth: "7rem" });
    expect(html).toContain("--dt-sticky-1:7rem");
    expect(html).toMatch(/<th scope="row" class="dt-w-1 dt-stick dt-col-1">/);
    expect(html).toMatch(/<td class="dt-stick dt-col-2 dt-edge">/);
  });

  it("sets cell styles once on the table, so a big page stays small", () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ code: `X-${i}`, title: `T ${i}`, budget: i, due: null }));
    const html = render({ rows: many });
    expect(html.match(/px-3/g)?.length ?? 0).toBeLessThanOrEqual(2);
    expect(html.length / many.length).toBeLessThan(260);
  });
});

describe("ClientDataTable", () => {
  it("with onSortChange shows rows as they arrive and marks the caller's sort (server sorting)", () => {
    const html = renderToStaticMarkup(
      <ClientDataTable columns={COLUMNS} rows={ROWS} rowKey={(r) => r.code} caption="V" locale="de" sort={{ id: "title", desc: true }} onSortChange={() => {}} />,
    );
    expect(html).toMatch(/aria-sort="descending"[^>]*><button/);
    expect(codes(ROWS).map((c) => html.indexOf(`>${c}<`))).toEqual([...codes(ROWS).map((c) => html.indexOf(`>${c}<`))].sort((a, b) => a - b));
  });
  it("without onSortChange sorts in the browser by its own state", () => {
    const html = renderToStaticMarkup(<ClientDataTable columns={COLUMNS} rows={ROWS} rowKey={(r) => r.code} caption="V" locale="de" sort={{ id: "code", desc: false }} />);
    expect(html.indexOf(">A-9<")).toBeLessThan(html.indexOf(">A-10<"));
    expect(html.indexOf(">A-10<")).toBeLessThan(html.indexOf(">B-2<"));
  });
});
