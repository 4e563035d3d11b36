// CSV for the open-data downloads: UTF-8 with a byte order mark (so spreadsheet programs pick the
// right encoding), RFC 4180 (comma, CRLF, quotes doubled, header row), and cells that a spreadsheet
// would run as a formula neutralised with a leading apostrophe (OWASP "CSV injection").
export type Cell = string | number | boolean | null | undefined;
export type Column<R> = { header: string; value: (row: R) => Cell };

const BOM = "\uFEFF";
/** Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula or command. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet. Numbers are written as numbers and left alone. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole document: BOM, header row, one record per row, every record ended by CRLF. */
export function toCsv<R>(columns: Column<R>[], rows: R[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** Several values in one cell (e.g. district slugs), separated by a semicolon. */
export const joinList = (values: string[]): string => values.join(";");
