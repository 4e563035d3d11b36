// The one CSV writer on its own: quoting by RFC 4180, the German Excel dialect (semicolon,
// decimal comma, byte order mark), and cells that would run as spreadsheet formulas.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv, writeCsv, type Column } from "./write";

type Row = { a: string; b: number | null };
const columns: Column<Row>[] = [
  { header: "a", value: (r) => r.a },
  { header: "b", value: (r) => r.b },
];
const rows: Row[] = [
  { a: 'say "hi", then\nleave', b: 3 },
  { a: "Straße; Ecke", b: null },
  { a: "CR\ronly", b: -1.25 },
];

describe("the RFC 4180 dialect", () => {
  it("writes a header row and CRLF-terminated records without a BOM, quoting quotes, commas and line breaks", () => {
    const text = toCsv(columns, rows);
    expect(text).toBe('a,b\r\n"say ""hi"", then\nleave",3\r\nStraße; Ecke,\r\n"CR\ronly",-1.25\r\n');
    expect(parse(text, { columns: true })).toEqual([
      { a: 'say "hi", then\nleave', b: "3" },
      { a: "Straße; Ecke", b: "" },
      { a: "CR\ronly", b: "-1.25" },
    ]);
  });

  it("starts with a BOM when asked", () => {
    expect(toCsv(columns, rows.slice(1, 2), { bom: true })).toBe("\uFEFFa,b\r\nStraße; Ecke,\r\n");
  });

  it("writes decimals with a dot, exact decimals as given, booleans as words and nothing for null", () => {
    expect(writeCsv(["n", "money", "flag", "none"], [[1.5, { decimal: "1234.50" }, true, null]])).toBe("n,money,flag,none\r\n1.5,1234.50,true,\r\n");
  });
});

describe("the German Excel dialect", () => {
  it("separates by semicolon, writes a decimal comma and starts with a UTF-8 BOM", () => {
    const text = toCsv(columns, rows, { dialect: "excel-de" });
    expect(text).toBe('\uFEFFa;b\r\n"say ""hi"", then\nleave";3\r\n"Straße; Ecke";\r\n"CR\ronly";-1,25\r\n');
    expect(parse(text, { bom: true, delimiter: ";", columns: true })).toEqual([
      { a: 'say "hi", then\nleave', b: "3" },
      { a: "Straße; Ecke", b: "" },
      { a: "CR\ronly", b: "-1,25" },
    ]);
  });

  it("writes exact decimals (money from cents) with a comma too", () => {
    expect(writeCsv(["money"], [[{ decimal: "-1234.05" }]], { dialect: "excel-de" })).toBe("\uFEFFmoney\r\n-1234,05\r\n");
  });

  it("can leave the BOM out", () => {
    expect(writeCsv(["x"], [[0.5]], { dialect: "excel-de", bom: false })).toBe("x\r\n0,5\r\n");
  });
});

describe("formula neutralisation", () => {
  it.each(['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("prefixes %j with an apostrophe in both dialects", (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
    expect((parse(writeCsv(["x"], [[value]]), { columns: true }) as { x: string }[])[0]!.x).toBe(`'${value}`);
    expect((parse(writeCsv(["x"], [[value]], { dialect: "excel-de" }), { bom: true, delimiter: ";", columns: true }) as { x: string }[])[0]!.x).toBe(`'${value}`);
  });

  it("leaves ordinary text and numbers (also negative ones) alone", () => {
    expect(writeCsv(["x"], [["Radverkehr 2030"], [-3.5], ["a=b"]])).toBe("x\r\nRadverkehr 2030\r\n-3.5\r\na=b\r\n");
  });

  it("does not neutralise twice", () => {
    expect(writeCsv(["x"], [[neutraliseFormula("=1")]])).toBe("x\r\n'=1\r\n");
  });
});
