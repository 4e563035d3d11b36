// The portfolio as CSV: UTF-8 with a byte order mark (so Excel detects the encoding), comma
// separated, CRLF line ends and RFC 4180 quoting. Numbers are written machine-readably (dot as
// decimal separator, dates as YYYY-MM-DD), so the file round-trips exactly; text is neutralised.
import type { ExportCell } from "./export-cells";
import { fromCents } from "./row";

const BOM = "\uFEFF";

/** RFC 4180: quote a field that holds a comma, quote, CR or LF; double the quotes inside. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cellText(cell: ExportCell): string {
  if (!cell) return "";
  switch (cell.kind) {
    case "text":
    case "date":
      return cell.value;
    case "integer":
    case "percent":
      return String(cell.value);
    case "money":
      return fromCents(cell.cents);
  }
}

export function toCsv(table: { headers: string[]; rows: ExportCell[][] }): string {
  const lines = [table.headers.map(csvField).join(","), ...table.rows.map((row) => row.map((c) => csvField(cellText(c))).join(","))];
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
