// The reader of uploaded files: an XLSX workbook (one sheet per entity) or a single CSV for one
// entity, as German Excel writes it. Every cell becomes text; nothing is evaluated, no link is
// followed. The typed parsing of cells is in cells.ts, the workbook's description in columns.ts.
// The dry-run/apply engine builds on the result: rows keep their sheet row number for messages.
import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import { AppError } from "@/lib/errors/app-error";
import { LISTS_SHEET, README_SHEET, SHEETS, columnByHeader, sheetByName, type EntityKey, type SheetSpec } from "./columns";
import { parseDateText, type TransferProblem } from "./cells";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/**
 * Per sheet (a CSV is one sheet): the whole large plan — 2,000 initiatives with 20,000 milestones and
 * their KPI values — must fit in one workbook, while no single sheet grows beyond what a clerk's
 * Excel and a dry-run page can show.
 */
export const MAX_DATA_ROWS = 20_000;

export type CsvDetected = {
  encoding: "utf-8" | "windows-1252";
  separator: ";" | "," | "\t";
  /** The decimal mark seen in number-like cells (German Excel: ","); null when no decimals were seen. */
  decimal: "," | "." | null;
  /** The date notation seen; null when no dates were seen. */
  dateFormat: "dd.mm.yyyy" | "yyyy-mm-dd" | null;
  bom: boolean;
};

export type ReadRow = { rowNumber: number; cells: Record<string, string> };

export type ReadSheet = {
  /** The sheet's name as in the file (for CSV: the file name). */
  name: string;
  entity: EntityKey;
  /** The header cells as written. */
  header: string[];
  /** Keys of the columns present (absent columns are not in `cells`: "leave unchanged" for updates). */
  columns: string[];
  rows: ReadRow[];
};

export type ReadResult = {
  format: "xlsx" | "csv";
  detected?: CsvDetected;
  sheets: ReadSheet[];
  problems: TransferProblem[];
};

/** A file the reader refuses as a whole (too large, too many rows, unreadable; too complex: read-pool.ts). */
export class TransferFileError extends AppError {
  constructor(
    readonly messageKey: "tooLarge" | "tooManyRows" | "unreadable" | "unknownFormat" | "tooComplex",
    message: string,
  ) {
    super("VALIDATION", message, { fieldErrors: { file: [`#transfer.errors.${messageKey}`] } });
  }
}

export async function readUpload(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new TransferFileError("tooLarge", "The file is larger than 10 MB.");
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": an XLSX is a zip archive
  const ext = fileName.toLowerCase().split(".").pop();
  if (ext === "xlsx" || (ext !== "csv" && isZip)) return readXlsx(bytes);
  if (ext === "csv" || ext === "txt") return readCsv(bytes, fileName);
  throw new TransferFileError("unknownFormat", "Unknown file format; expected .xlsx or .csv.");
}

const tooManyRows = () => new TransferFileError("tooManyRows", `A sheet of the file has more than ${MAX_DATA_ROWS} data rows.`);

// ---------------------------------------------------------------------------
// Header → columns
// ---------------------------------------------------------------------------

/** Maps header cells to column keys; unknown, duplicate and missing required columns are problems. */
function mapHeader(spec: SheetSpec, header: string[], sheetName: string, problems: TransferProblem[]): (string | null)[] {
  const seen = new Set<string>();
  const keys = header.map((h) => {
    if (!h.trim()) return null;
    const column = columnByHeader(spec, h);
    if (!column) {
      problems.push({ key: "unknownColumn", params: { header: h }, sheet: sheetName });
      return null;
    }
    if (seen.has(column.key)) {
      problems.push({ key: "duplicateColumn", params: { header: h }, sheet: sheetName });
      return null;
    }
    seen.add(column.key);
    return column.key;
  });
  for (const c of spec.columns) {
    if (c.required && !seen.has(c.key)) problems.push({ key: "missingColumn", params: { header: c.header }, sheet: sheetName });
  }
  return keys;
}

function toRows(keys: (string | null)[], records: { rowNumber: number; values: string[] }[]): ReadRow[] {
  const rows: ReadRow[] = [];
  for (const r of records) {
    if (r.values.every((v) => !v.trim())) continue; // blank lines are not rows
    const cells: Record<string, string> = {};
    keys.forEach((k, i) => {
      if (k) cells[k] = r.values[i] ?? "";
    });
    rows.push({ rowNumber: r.rowNumber, cells });
  }
  return rows;
}

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

/** Valid UTF-8 (with or without BOM) is UTF-8; anything else is read as Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvDetected["encoding"]; bom: boolean } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8", bom };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(body), encoding: "windows-1252", bom };
  }
}

/** The separator of the header line: the most frequent of ; , tab outside quotes (ties: ;). */
export function detectSeparator(text: string): CsvDetected["separator"] {
  const counts = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const order = [";", "\t", ","] as const;
  return order.reduce((best, c) => (counts[c] > counts[best] ? c : best), order[0]);
}

function detectNotation(records: string[][]): Pick<CsvDetected, "decimal" | "dateFormat"> {
  let comma = 0, dot = 0, german = 0, iso = 0;
  for (const record of records) {
    for (const raw of record) {
      const v = raw.trim();
      if (/^-?\d+,\d+$/.test(v) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(v)) comma++;
      else if (/^-?\d+\.\d+$/.test(v) && !/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(v)) dot++;
      if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(v) && parseDateText(v)) german++;
      else if (/^\d{4}-\d{2}-\d{2}$/.test(v) && parseDateText(v)) iso++;
    }
  }
  return {
    decimal: comma || dot ? (comma >= dot ? "," : ".") : null,
    dateFormat: german || iso ? (german >= iso ? "dd.mm.yyyy" : "yyyy-mm-dd") : null,
  };
}

const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");

/** The entity a single CSV holds: by file name ("Vorhaben.csv", "vorhaben-2026.csv"), else by its headers. */
function csvEntity(fileName: string, header: string[]): SheetSpec | undefined {
  const base = baseName(fileName);
  const exact = sheetByName(base);
  if (exact) return exact;
  const scores = SHEETS.map((spec) => {
    const matched = new Set(header.map((h) => columnByHeader(spec, h)?.key).filter(Boolean));
    const complete = spec.columns.every((c) => !c.required || matched.has(c.key));
    return { spec, score: complete ? matched.size : 0 };
  }).sort((a, b) => b.score - a.score);
  if (scores[0]!.score > 0 && scores[0]!.score > scores[1]!.score) return scores[0]!.spec;
  // Headers alike (Kürzel;Name fits Ämter and Bezirke): a file name starting with a sheet name decides.
  const lower = base.toLowerCase();
  const prefixed = SHEETS.filter((s) => [s.name, s.alias, s.entity].some((n) => lower.startsWith(n.toLowerCase())));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

function readCsv(bytes: Uint8Array, fileName: string): ReadResult {
  const { text, encoding, bom } = decodeCsv(bytes);
  const separator = detectSeparator(text);
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter: separator, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (e) {
    throw new TransferFileError("unreadable", `The CSV file cannot be read: ${(e as Error).message}`);
  }
  const problems: TransferProblem[] = [];
  const detected: CsvDetected = { encoding, separator, bom, ...detectNotation(records.slice(1)) };
  const [header = [], ...data] = records;
  if (data.filter((r) => r.some((v) => v.trim())).length > MAX_DATA_ROWS) throw tooManyRows();
  const name = fileName.replace(/^.*[\\/]/, "");
  const spec = csvEntity(fileName, header);
  if (!spec) return { format: "csv", detected, sheets: [], problems: [{ key: "unknownEntity", sheet: name }] };
  const keys = mapHeader(spec, header, name, problems);
  const rows = toRows(keys, data.map((values, i) => ({ rowNumber: i + 2, values })));
  return { format: "csv", detected, sheets: [{ name, entity: spec.entity, header, columns: keys.filter((k): k is string => !!k), rows }], problems };
}

// ---------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------

/** A number as Excel shows it in general format: at most 15 significant digits, no float noise. */
const numberText = (n: number) => (Number.isFinite(n) ? String(Number(n.toPrecision(15))) : "");

/**
 * Every cell as text. Formula cells give their cached result (never evaluated: a formula without a
 * cached result is empty); hyperlinks give their text (never followed); rich text is flattened;
 * date cells give YYYY-MM-DD; booleans ja/nein; error cells their code (#REF!), which then fails
 * the column's typed parsing.
 */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result as ExcelJS.CellValue);
  if ("hyperlink" in value) return cellText((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  if ("text" in value) return String((value as { text: unknown }).text ?? "");
  return "";
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs reads the stored values; it neither evaluates formulas nor runs macros nor fetches links.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new TransferFileError("unreadable", `The workbook cannot be read: ${(e as Error).message}`);
  }
  for (const ws of workbook.worksheets) if (sheetByName(ws.name) && ws.actualRowCount - 1 > MAX_DATA_ROWS) throw tooManyRows();

  const problems: TransferProblem[] = [];
  const sheets: ReadSheet[] = [];
  for (const ws of workbook.worksheets) {
    const spec = sheetByName(ws.name);
    if (!spec) {
      if (![README_SHEET, LISTS_SHEET].some((n) => n.toLowerCase() === ws.name.trim().toLowerCase())) {
        problems.push({ key: "unknownSheet", params: { name: ws.name }, sheet: ws.name });
      }
      continue;
    }
    const width = ws.getRow(1).cellCount;
    const rowValues = (n: number) => Array.from({ length: width }, (_, i) => cellText(ws.getRow(n).getCell(i + 1).value));
    const header = rowValues(1).map((h) => h.trim());
    const keys = mapHeader(spec, header, ws.name, problems);
    const records: { rowNumber: number; values: string[] }[] = [];
    for (let n = 2; n <= ws.rowCount; n++) records.push({ rowNumber: n, values: rowValues(n) });
    sheets.push({ name: ws.name, entity: spec.entity, header, columns: keys.filter((k): k is string => !!k), rows: toRows(keys, records) });
  }
  sheets.sort((a, b) => SHEETS.findIndex((s) => s.entity === a.entity) - SHEETS.findIndex((s) => s.entity === b.entity));
  return { format: "xlsx", sheets, problems };
}
