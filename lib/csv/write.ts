// The one CSV writer, for the open-data downloads and the internal exports alike, built on
// csv-stringify (the sibling of the csv-parse our import reads with). Two dialects:
// - "rfc4180": comma, dot as decimal separator, CRLF, no byte order mark: what machines read.
// - "excel-de": semicolon, decimal comma, CRLF and a UTF-8 byte order mark: what German Excel opens
//   by double-click with umlauts and numbers intact.
// Either way a text cell that a spreadsheet would run as a formula gets a leading apostrophe
// (OWASP "CSV injection"); numbers are written as numbers, so negative ones stay as they are.
import { stringify } from "csv-stringify/sync";

export type CsvDialect = "rfc4180" | "excel-de";

/** A fixed-point number given as its exact decimal text ("1234.50"), e.g. money from cents. */
export type CsvDecimal = { decimal: string };
export type Cell = string | number | boolean | CsvDecimal | null | undefined;
export type Column<R> = { header: string; value: (row: R) => Cell };

export type CsvOptions = {
  dialect?: CsvDialect;
  /** Start with a UTF-8 byte order mark; by default only "excel-de" does. */
  bom?: boolean;
};

const DIALECTS: Record<CsvDialect, { delimiter: string; decimal: string; bom: boolean }> = {
  rfc4180: { delimiter: ",", decimal: ".", bom: false },
  "excel-de": { delimiter: ";", decimal: ",", bom: true },
};

/** Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula or command. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(value: Cell, decimal: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return neutraliseFormula(value);
  if (typeof value === "number") return decimal === "." ? String(value) : String(value).replace(".", decimal);
  if (typeof value === "boolean") return String(value);
  return decimal === "." ? value.decimal : value.decimal.replace(".", decimal);
}

/** A header row and records as one document, every record ended by CRLF. */
export function writeCsv(headers: readonly string[], records: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  const dialect = DIALECTS[options.dialect ?? "rfc4180"];
  const rows = [headers, ...records].map((record) => record.map((cell) => cellText(cell, dialect.decimal)));
  return stringify(rows, {
    delimiter: dialect.delimiter,
    record_delimiter: "\r\n",
    bom: options.bom ?? dialect.bom,
    // RFC 4180 quotes a field holding a line break of either kind, not only the record delimiter.
    quoted_match: /[\r\n]/,
  });
}

/** The same, from rows and the columns that read them. */
export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[], options: CsvOptions = {}): string {
  return writeCsv(
    columns.map((c) => c.header),
    rows.map((row) => columns.map((c) => c.value(row))),
    options,
  );
}

/** Several values in one cell (e.g. district slugs), separated by a semicolon. */
export const joinList = (values: string[]): string => values.join(";");
