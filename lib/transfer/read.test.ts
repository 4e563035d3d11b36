// The upload reader on real bytes: CSV as German Excel writes it (BOM, Windows-1252, ; and decimal
// comma, quoted separators and line breaks), XLSX with formula, link and rich-text cells built
// with exceljs, and the file limits. No database needed: the reader only turns bytes into text.
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { SHEETS, sheetSpec } from "./columns";
import { describeProblem, parseCell, parseDateText, parseDecimalText } from "./cells";
import { MAX_DATA_ROWS, readUpload, TransferFileError } from "./read";

const utf8 = (s: string) => Buffer.from(s, "utf8");
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

afterEach(() => vi.restoreAllMocks());

describe("readUpload: CSV as German Excel writes it", () => {
  it("reads UTF-8 with BOM, ; separator, decimal comma, German dates and quoted ; and line breaks", async () => {
    const csv =
      "Vorhaben;Jahr;Finanzierungsquelle;Geplant (EUR);Ist (EUR);Öffentlich;Anmerkung\r\n" +
      'MOB-01;2027;Land NRW;1234,56;0,5;ja;"Förderbescheid; Teil 1"\r\n' +
      'MOB-02;2028;Städtische Mittel;10;;nein;"Zeile eins\r\nZeile zwei"\r\n' +
      "\r\n" +
      "MOB-03;2026;EU;7;1;ja;31.12.2026\r\n";
    const result = await readUpload(Buffer.concat([BOM, utf8(csv)]), "Haushalt.csv");
    expect(result.format).toBe("csv");
    expect(result.detected).toEqual({ encoding: "utf-8", bom: true, separator: ";", decimal: ",", dateFormat: "dd.mm.yyyy" });
    expect(result.problems).toEqual([]);
    const [sheet] = result.sheets;
    expect(sheet!.entity).toBe("budgetLines");
    expect(sheet!.header[0]).toBe("Vorhaben"); // the BOM is not part of the first header
    expect(sheet!.rows.map((r) => r.rowNumber)).toEqual([2, 3, 5]);
    expect(sheet!.rows[0]!.cells).toEqual({
      initiativeCode: "MOB-01",
      year: "2027",
      fundingSource: "Land NRW",
      planned: "1234,56",
      actual: "0,5",
      isPublic: "ja",
      note: "Förderbescheid; Teil 1",
    });
    expect(sheet!.rows[1]!.cells.note).toBe("Zeile eins\r\nZeile zwei");
    const planned = sheetSpec("budgetLines").columns.find((c) => c.key === "planned")!;
    expect(parseCell(planned, sheet!.rows[0]!.cells.planned, { sheet: "Haushalt.csv", row: 2 })).toEqual({ ok: true, value: "1234.56" });
  });

  it("detects Windows-1252 when the bytes are not valid UTF-8 and decodes Straße and Bürgerbüro", async () => {
    // "Kürzel;Name\r\nBB;Bürgerbüro\r\nSTR;Straße" in Windows-1252: ü = 0xFC, ß = 0xDF.
    const bytes = Buffer.from([
      0x4b, 0xfc, 0x72, 0x7a, 0x65, 0x6c, 0x3b, 0x4e, 0x61, 0x6d, 0x65, 0x0d, 0x0a,
      0x42, 0x42, 0x3b, 0x42, 0xfc, 0x72, 0x67, 0x65, 0x72, 0x62, 0xfc, 0x72, 0x6f, 0x0d, 0x0a,
      0x53, 0x54, 0x52, 0x3b, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x0d, 0x0a,
    ]);
    const result = await readUpload(bytes, "Ämter.csv");
    expect(result.detected).toMatchObject({ encoding: "windows-1252", bom: false, separator: ";" });
    expect(result.sheets[0]!.entity).toBe("departments");
    expect(result.sheets[0]!.rows.map((r) => r.cells)).toEqual([
      { code: "BB", name: "Bürgerbüro" },
      { code: "STR", name: "Straße" },
    ]);
  });

  it("finds the entity by its headers and accepts commas, ISO dates and English headers", async () => {
    const csv = "Initiative,Title,Baseline,Forecast,Completed,Weight,Public\nMOB-01,Ausschreibung,2026-03-31,2026-06-30,,2,yes\n";
    const result = await readUpload(utf8(csv), "upload.csv");
    expect(result.detected).toEqual({ encoding: "utf-8", bom: false, separator: ",", decimal: null, dateFormat: "yyyy-mm-dd" });
    expect(result.sheets[0]!.entity).toBe("milestones");
    expect(result.sheets[0]!.rows[0]!.cells).toMatchObject({ initiativeCode: "MOB-01", baselineDate: "2026-03-31", isPublic: "yes" });
  });

  it("reports a CSV whose content cannot be told, and unknown or missing columns", async () => {
    const unclear = await readUpload(utf8("Kürzel;Name\nA;B\n"), "liste.csv");
    expect(unclear.sheets).toEqual([]);
    expect(unclear.problems.map((p) => p.key)).toEqual(["unknownEntity"]);
    const columns = await readUpload(utf8("Kürzel;Titel;Farbe;Sonstiges\nMOB;Mobilität;;x\n"), "Handlungsfelder.csv");
    expect(columns.problems).toEqual([{ key: "unknownColumn", params: { header: "Sonstiges" }, sheet: "Handlungsfelder.csv" }]);
    const missing = await readUpload(utf8("Kürzel\nMOB\n"), "Handlungsfelder.csv");
    expect(describeProblem(missing.problems[0]!, "de")).toBe("Blatt 'Handlungsfelder.csv': Die Pflichtspalte 'Titel' fehlt.");
  });

  it(`refuses a file with ${MAX_DATA_ROWS + 1} data rows and accepts ${MAX_DATA_ROWS}`, async () => {
    const file = (n: number) => utf8("Kürzel;Name\n" + Array.from({ length: n }, (_, i) => `A${i};Amt ${i}\n`).join(""));
    await expect(readUpload(file(MAX_DATA_ROWS + 1), "Ämter.csv")).rejects.toMatchObject({
      messageKey: "tooManyRows",
      details: { fieldErrors: { file: ["#transfer.errors.tooManyRows"] } },
    });
    const ok = await readUpload(file(MAX_DATA_ROWS), "Ämter.csv");
    expect(ok.sheets[0]!.rows).toHaveLength(MAX_DATA_ROWS);
  });

  it(`refuses a workbook with ${MAX_DATA_ROWS + 1} rows on one sheet, but not ${MAX_DATA_ROWS} plus others on other sheets`, async () => {
    const workbook = async (milestones: number, others: number) => {
      const wb = new ExcelJS.Workbook();
      const m = wb.addWorksheet("Meilensteine");
      m.addRow(["Vorhaben", "Titel", "Basisplan", "Prognose"]);
      for (let i = 0; i < milestones; i++) m.addRow(["VER-01", `M${i}`, "2027-01-31", "2027-01-31"]);
      const d = wb.addWorksheet("Ämter");
      d.addRow(["Kürzel", "Name"]);
      for (let i = 0; i < others; i++) d.addRow([`A${i}`, `Amt ${i}`]);
      return new Uint8Array(await wb.xlsx.writeBuffer());
    };
    await expect(readUpload(await workbook(MAX_DATA_ROWS + 1, 0), "plan.xlsx")).rejects.toMatchObject({ messageKey: "tooManyRows" });
    const ok = await readUpload(await workbook(MAX_DATA_ROWS, 10), "plan.xlsx");
    expect(Object.fromEntries(ok.sheets.map((s) => [s.entity, s.rows.length]))).toEqual({ milestones: MAX_DATA_ROWS, departments: 10 });
  }, 60_000);

  it("refuses a file larger than 10 MB before reading it", async () => {
    const error = await readUpload(Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), "Vorhaben.csv").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransferFileError);
    expect((error as TransferFileError).messageKey).toBe("tooLarge");
  });
});

describe("readUpload: XLSX", () => {
  async function workbookBytes(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    fill(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it("reads formula cells as their cached value without evaluating them and never follows links", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Haushalt");
      ws.addRow(["Vorhaben", "Jahr", "Finanzierungsquelle", "Geplant (EUR)", "Anmerkung"]);
      ws.addRow([
        "MOB-01",
        { formula: "2000+26", result: 2027 }, // cached value differs from the formula: it must win
        { formula: "'[Haushalt 2027.xlsx]Tabelle1'!$C$4", result: "Land NRW" }, // external link
        { formula: "HYPERLINK(\"https://example.invalid/x\",1)", result: 1234.5 },
        { text: "Bescheid", hyperlink: "https://example.invalid/bescheid" },
      ]);
      ws.addRow(["MOB-02", 2028, "EU", { formula: "A1/0", result: { error: "#DIV/0!" } }, { richText: [{ text: "Teil " }, { font: { bold: true }, text: "zwei" }] }]);
    });
    const result = await readUpload(bytes, "haushalt.xlsx");
    expect(result.format).toBe("xlsx");
    expect(result.sheets[0]!.rows.map((r) => r.cells)).toEqual([
      { initiativeCode: "MOB-01", year: "2027", fundingSource: "Land NRW", planned: "1234.5", note: "Bescheid" },
      { initiativeCode: "MOB-02", year: "2028", fundingSource: "EU", planned: "#DIV/0!", note: "Teil zwei" },
    ]);
    expect(fetchSpy).not.toHaveBeenCalled();
    const planned = sheetSpec("budgetLines").columns.find((c) => c.key === "planned")!;
    const bad = parseCell(planned, "#DIV/0!", { sheet: "Haushalt", row: 3 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(describeProblem(bad.problem, "de")).toBe("Blatt 'Haushalt', Zeile 3, Spalte 'Geplant (EUR)': '#DIV/0!' ist keine Zahl; erwartet wird z. B. 1234,56.");
  });

  it("reads date cells as days, maps English sheet names and reports unknown sheets", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Milestones");
      ws.addRow(["Vorhaben", "Titel", "Basisplan", "Prognose"]);
      ws.addRow(["MOB-01", "Ausschreibung", new Date("2026-12-31T00:00:00Z"), "15.01.2027"]);
      wb.addWorksheet("Notizen").addRow(["irgendwas"]);
    });
    const result = await readUpload(bytes, "plan.xlsx");
    expect(result.sheets[0]!.entity).toBe("milestones");
    expect(result.sheets[0]!.rows[0]!.cells).toEqual({ initiativeCode: "MOB-01", title: "Ausschreibung", baselineDate: "2026-12-31", forecastDate: "15.01.2027" });
    expect(result.problems).toEqual([{ key: "unknownSheet", params: { name: "Notizen" }, sheet: "Notizen" }]);
  });

  it("refuses bytes that are not a workbook with a clear error", async () => {
    await expect(readUpload(Buffer.from("PK\u0003\u0004kaputt"), "plan.xlsx")).rejects.toMatchObject({ messageKey: "unreadable" });
  });
});

describe("typed cell parsing", () => {
  const place = { sheet: "Vorhaben", row: 14 };
  const initiatives = sheetSpec("initiatives").columns;
  const column = (key: string) => initiatives.find((c) => c.key === key)!;

  /** Expects `parse` to read each text of `table` as the value beside it (null: refused). */
  const expectReads = (parse: (text: string) => string | null, table: Record<string, string | null>) => {
    for (const [text, value] of Object.entries(table)) expect(parse(text), text).toBe(value);
  };

  it("reads German and ISO dates and refuses impossible ones", () => {
    expectReads(parseDateText, { "31.12.2026": "2026-12-31", "1.2.2027": "2027-02-01", "2026-12-31": "2026-12-31", "31.02.2026": null, "12/31/2026": null });
  });

  it("reads decimals with comma, thousands dots and plain dots", () => {
    expectReads(parseDecimalText, {
      "1.234.567,89": "1234567.89",
      "1234,50": "1234.5",
      "-0,25": "-0.25",
      "12.5": "12.5",
      "1.000.000": "1000000",
      "1 234,5 €": "1234.5",
      zwölf: null,
      "1,2,3": null,
    });
  });

  it("accepts enum labels in German and English and the values, and names the allowed ones otherwise", () => {
    expect(parseCell(column("status"), "In Umsetzung", place)).toEqual({ ok: true, value: "IN_PROGRESS" });
    expect(parseCell(column("status"), "in progress", place)).toEqual({ ok: true, value: "IN_PROGRESS" });
    expect(parseCell(column("status"), "PLANNED", place)).toEqual({ ok: true, value: "PLANNED" });
    const bad = parseCell(column("status"), "läuft", place);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(describeProblem(bad.problem, "de")).toBe(
        "Blatt 'Vorhaben', Zeile 14, Spalte 'Status': 'läuft' ist nicht erlaubt; erlaubt sind: Vorgeschlagen, Geplant, In Umsetzung, Pausiert, Abgeschlossen, Eingestellt.",
      );
      expect(describeProblem(bad.problem, "en")).toContain("Sheet 'Vorhaben', row 14, column 'Status': 'läuft' is not allowed");
    }
  });

  it("reports empty required cells and splits lists at semicolons", () => {
    const empty = parseCell(column("departmentCode"), "  ", place);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(describeProblem(empty.problem, "de")).toBe("Blatt 'Vorhaben', Zeile 14, Spalte 'Amt': Pflichtfeld ist leer.");
    expect(parseCell(column("tags"), "Verkehr; Daten ;;Sensorik", place)).toEqual({ ok: true, value: ["Verkehr", "Daten", "Sensorik"] });
    expect(parseCell(column("tags"), "", place)).toEqual({ ok: true, value: [] });
    expect(parseCell(column("plannedEnd"), "", place)).toEqual({ ok: true, value: null });
  });
});

describe("the workbook description", () => {
  it("has a help text for every column in German and English, and unique headers per sheet", () => {
    for (const catalogue of [de, en]) {
      const help = catalogue.transfer.help as Record<string, Record<string, string>>;
      for (const sheet of SHEETS) for (const c of sheet.columns) expect(help[sheet.entity]?.[c.key], `${sheet.entity}.${c.key}`).toBeTruthy();
    }
    for (const sheet of SHEETS) {
      const names = sheet.columns.flatMap((c) => [c.header.toLowerCase(), c.alias.toLowerCase()]);
      const clashes = sheet.columns.filter((c) => names.filter((n) => n === c.header.toLowerCase()).length > (c.header.toLowerCase() === c.alias.toLowerCase() ? 2 : 1));
      expect(clashes, sheet.name).toEqual([]);
    }
  });
});
