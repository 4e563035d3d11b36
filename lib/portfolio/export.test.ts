import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { actorFor, demoFixture } from "@/tests/db";
import { buildPortfolioExport } from "./export";
import { neutralise } from "./export-cells";
import { applyPortfolioState } from "./filter-sort";
import { listPortfolioRows } from "./queries";
import { parsePortfolioState } from "./table-state";
import { NUM_FMT } from "./xlsx";

const NOW = new Date("2026-11-25T10:00:00Z");
const QUERY = "field=VER,MOB,BIL,INF,WIR&sort=delay.desc&cols=code,title,delay,planned,progress,nextMilestoneDate,stale&page=2&size=25";

const demo = demoFixture();

/** The CSV download as text, its byte order mark kept (the tests check it). */
const csvText = (body: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
let expected: string[];
beforeAll(async () => {
  // A title a spreadsheet would run as a formula.
  const target = await demo.prisma.initiative.findFirstOrThrow({ where: { code: { startsWith: "MOB" } }, orderBy: { code: "asc" } });
  await demo.prisma.initiative.update({ where: { id: target.id }, data: { title: '=HYPERLINK("http://evil.example","Klick, hier")' } });
  const rows = await listPortfolioRows(demo.prisma, demo.council, { now: NOW });
  expected = applyPortfolioState(rows, parsePortfolioState(new URLSearchParams(QUERY)).state).map((r) => r.code);
});

const exportAs = (format: string, viewer: Actor | null = demo.council, locale: "de" | "en" = "de") =>
  buildPortfolioExport(demo.prisma, viewer, new URLSearchParams(`${QUERY}&format=${format}`), locale, { now: NOW });

describe("neutralise", () => {
  it("prefixes an apostrophe to text starting with = + - @ tab or carriage return, and only to that", () => {
    for (const s of ["=1+1", "+49", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(neutralise(s)).toBe(`'${s}`);
    for (const s of ["Radweg", "1-2", " =x", "'quoted"]) expect(neutralise(s)).toBe(s);
  });
});

describe("CSV export", () => {
  it("writes UTF-8 with BOM, a German header and exactly the filtered rows of all pages in table order", async () => {
    const out = await exportAs("csv");
    expect(out.contentType).toBe("text/csv; charset=utf-8");
    expect(out.filename).toBe("portfolio-2026-11-25.csv");
    const body = csvText(out.body);
    expect(body.startsWith("\uFEFF")).toBe(true);
    const records: string[][] = parse(body, { bom: true });
    expect(records[0]).toEqual(["Kennung", "Vorhaben", "Gefährdet durch", "Verzug (Tage)", "Budget geplant", "Fortschritt", "Prognose nächster Meilenstein", "Veraltet"]);
    expect(records.slice(1).map((r) => r[0])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(25); // more than the one page the URL points at
  });

  it("quotes per RFC 4180 and neutralises formula text, while numbers stay plain", async () => {
    const body = csvText((await exportAs("csv")).body);
    expect(body).toContain(`"'=HYPERLINK(""http://evil.example"",""Klick, hier"")"`);
    const records: string[][] = parse(body, { bom: true });
    const evil = records.find((r) => r[1]!.includes("HYPERLINK"))!;
    expect(evil[1]).toBe(`'=HYPERLINK("http://evil.example","Klick, hier")`);
    // The delay (lib/milestones/lateness.ts) is a whole number of days, never negative, empty without open milestones.
    for (const r of records.slice(1)) expect(r[3]).toMatch(/^(\d+)?$/);
    for (const r of records.slice(1)) expect(r[4]).toMatch(/^\d+\.\d{2}$/);
  });

  it("writes the header in English for English users", async () => {
    const records: string[][] = parse(csvText((await exportAs("csv", demo.council, "en")).body), { bom: true });
    expect(records[0]!.slice(0, 4)).toEqual(["Code", "Initiative", "At risk from", "Delay (days)"]);
  });

  it("writes the same rows for German Excel with dialect=excel-de: semicolons, decimal comma, BOM", async () => {
    const rfc: string[][] = parse(csvText((await exportAs("csv")).body), { bom: true });
    const body = csvText((await exportAs("csv&dialect=excel-de")).body);
    expect(body.startsWith("\uFEFFKennung;Vorhaben;")).toBe(true);
    const excel: string[][] = parse(body, { bom: true, delimiter: ";" });
    expect(excel.map((r) => r[0])).toEqual(rfc.map((r) => r[0]));
    for (const r of excel.slice(1)) expect(r[4]).toMatch(/^\d+,\d{2}$/);
    expect(excel.slice(1).map((r) => r[4]!.replace(",", "."))).toEqual(rfc.slice(1).map((r) => r[4]));
  });

  it("refuses an unknown CSV dialect", async () => {
    await expect(exportAs("csv&dialect=tsv")).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("XLSX export", () => {
  it("holds exactly the filtered rows with real numbers, dates and German formats, a frozen header and an auto filter", async () => {
    const out = await exportAs("xlsx");
    expect(out.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(out.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Kennung", "Vorhaben", "Gefährdet durch", "Verzug (Tage)", "Budget geplant", "Fortschritt", "Prognose nächster Meilenstein", "Veraltet"]);
    const codes: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) codes.push(String(row.getCell(1).value));
    });
    expect(codes).toEqual(expected);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();

    const rows = await listPortfolioRows(demo.prisma, demo.council, { now: NOW });
    const byCode = new Map(rows.map((r) => [r.code, r]));
    for (let n = 2; n <= sheet.rowCount; n++) {
      const row = sheet.getRow(n);
      const source = byCode.get(String(row.getCell(1).value))!;
      const planned = row.getCell(5);
      expect(typeof planned.value).toBe("number");
      expect((planned.value as number).toFixed(2)).toBe(source.budgetPlanned);
      expect(planned.numFmt).toBe(NUM_FMT.money);
      if (source.delayDays !== null) expect(row.getCell(4).value).toBe(source.delayDays);
      else expect(row.getCell(4).value).toBeNull();
      if (source.progress !== null) {
        expect(typeof row.getCell(6).value).toBe("number");
        expect(row.getCell(6).numFmt).toBe(NUM_FMT.percent);
      }
      if (source.nextMilestoneDate) {
        expect(row.getCell(7).value).toBeInstanceOf(Date);
        expect((row.getCell(7).value as Date).toISOString().slice(0, 10)).toBe(source.nextMilestoneDate);
        expect(row.getCell(7).numFmt).toBe(NUM_FMT.date);
      }
    }
    const evil = codes.findIndex((c) => byCode.get(c)!.title.startsWith("=HYPERLINK"));
    expect(evil).toBeGreaterThanOrEqual(0);
    const cell = sheet.getRow(evil + 2).getCell(2);
    expect(cell.value).toBe(`'=HYPERLINK("http://evil.example","Klick, hier")`);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});

describe("the delay in the export", () => {
  it("carries the portfolio row's delay, sorted by it, and reads an old link's slip column as the delay", async () => {
    const rows = await listPortfolioRows(demo.prisma, demo.council, { now: NOW });
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const current: string[][] = parse(csvText((await exportAs("csv")).body), { bom: true });
    const delays = current.slice(1).map((r) => r[3]);
    expect(delays).toEqual(current.slice(1).map((r) => String(byCode.get(r[0]!)!.delayDays ?? "")));
    const numbers = delays.filter((d) => d !== "").map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(numbers[0]).toBeGreaterThan(0);
    const legacy = await buildPortfolioExport(demo.prisma, demo.council, new URLSearchParams(`${QUERY.replace(/delay/g, "slip")}&format=csv`), "de", { now: NOW });
    expect(legacy.body).toEqual((await exportAs("csv")).body);
  });
});

describe("the slip flags in the export", () => {
  const inWords = {
    de: (r: { predecessor: string; days: number }) => `Verzugsrisiko durch ${r.predecessor}: ${r.days} ${r.days === 1 ? "Tag" : "Tage"}`,
    en: (r: { predecessor: string; days: number }) => `At risk from ${r.predecessor} slip of ${r.days} ${r.days === 1 ? "day" : "days"}`,
  };

  it("lists each dependency slip risk in words beside the title, in CSV and XLSX, in German and English", async () => {
    const all = "cols=code,title,delay";
    const rows = await listPortfolioRows(demo.prisma, demo.council, { now: NOW });
    const flagged = rows.filter((r) => r.slipRisks?.length);
    expect(flagged.length).toBeGreaterThan(0);
    for (const locale of ["de", "en"] as const) {
      const csv = await buildPortfolioExport(demo.prisma, demo.council, new URLSearchParams(`${all}&format=csv`), locale, { now: NOW });
      const records: string[][] = parse(csvText(csv.body), { bom: true });
      expect(records[0]![2]).toBe(locale === "de" ? "Gefährdet durch" : "At risk from");
      const byCode = new Map(records.slice(1).map((r) => [r[0]!, r[2]!]));
      for (const r of rows) expect(byCode.get(r.code), r.code).toBe((r.slipRisks ?? []).map(inWords[locale]).join("; "));
    }
    const xlsx = await buildPortfolioExport(demo.prisma, demo.council, new URLSearchParams(`${all}&format=xlsx`), "de", { now: NOW });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(3).value).toBe("Gefährdet durch");
    const target = flagged[0]!;
    let found = false;
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === target.code) {
        found = true;
        expect(row.getCell(3).value).toBe(target.slipRisks!.map(inWords.de).join("; "));
      }
    });
    expect(found).toBe(true);
  });

  it("has no at-risk column when the title column is hidden", async () => {
    const csv = await buildPortfolioExport(demo.prisma, demo.council, new URLSearchParams("cols=code,delay&format=csv"), "de", { now: NOW });
    const records: string[][] = parse(csvText(csv.body), { bom: true });
    expect(records[0]).toEqual(["Kennung", "Verzug (Tage)"]);
  });
});

describe("who may export", () => {
  it("refuses viewers and project leads, whom the policy does not grant report.export", async () => {
    for (const email of ["betrachter@demo.masterplan.example", "projektleitung@demo.masterplan.example"]) {
      await expect(exportAs("csv", await actorFor(demo.t, email))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(exportAs("csv", null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("lets department heads and admins export and rejects an unknown format", async () => {
    const head = await actorFor(demo.t, "abteilungsleitung@demo.masterplan.example");
    expect((await exportAs("xlsx", head)).filename).toBe("portfolio-2026-11-25.xlsx");
    await expect(exportAs("pdf", head)).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
