// The CSV writer on its own: quoting by RFC 4180, the byte order mark, and cells that would run
// as spreadsheet formulas.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, neutraliseFormula, toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a BOM, a header row and CRLF-terminated records that csv-parse reads back", () => {
    const rows = [{ a: 'say "hi", then\nleave', b: 3 }, { a: "Straße", b: null }];
    const text = toCsv([{ header: "a", value: (r: (typeof rows)[number]) => r.a }, { header: "b", value: (r) => r.b }], rows);
    expect(text.startsWith("\uFEFFa,b\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parse(text, { bom: true, columns: true })).toEqual([
      { a: 'say "hi", then\nleave', b: "3" },
      { a: "Straße", b: "" },
    ]);
  });
});

describe("formula neutralisation", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("prefixes %j with an apostrophe", (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
    expect((parse(`x\r\n${csvCell(value)}\r\n`, { columns: true }) as { x: string }[])[0]!.x).toBe(`'${value}`);
  });

  it("leaves ordinary text and numbers (also negative ones) alone", () => {
    expect(csvCell("Radverkehr 2030")).toBe("Radverkehr 2030");
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell("a=b")).toBe("a=b");
  });
});
