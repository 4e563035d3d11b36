// Writes the masterplan workbook (template and export share it): README first, then one sheet per
// entity with the headers from columns.ts, data-validation lists for every choice and ja/nein
// column (kept on a hidden sheet "Listen"), real dates and numbers where the column says so.
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { dateValue } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { ENUMS, LISTS_SHEET, README_SHEET, SHEETS, enumLabel, type Column, type EntityKey, type EnumName } from "./columns";

/** One exported row: canonical cell texts by column key (dates YYYY-MM-DD, decimals "1234.5"). */
export type ExportRow = Record<string, string>;
export type WorkbookData = Partial<Record<EntityKey, ExportRow[]>>;

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DATE_FMT = "DD.MM.YYYY";
/** Rows below the data that still get the validation lists, for clerks adding rows. */
const SPARE_ROWS = 500;

const catalogues = { de, en } as const;
type T = (key: string, values?: Record<string, string | number>) => string;

function cellValue(column: Column, text: string | undefined): ExcelJS.CellValue {
  if (text === undefined || text === "") return null;
  if (column.type === "date") return dateValue(text);
  if (column.type === "decimal" || column.type === "integer") return Number(text);
  return text;
}

/** The list names on the Listen sheet: one column per enum, and ja/nein. */
type ListName = EnumName | "boolean";
function listValues(name: ListName): string[] {
  return name === "boolean" ? ["ja", "nein"] : ENUMS[name].values.map((v) => enumLabel(name, v));
}

function addListsSheet(workbook: ExcelJS.Workbook): Map<ListName, string> {
  const ws = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  const refs = new Map<ListName, string>();
  const names: ListName[] = [...(Object.keys(ENUMS) as EnumName[]), "boolean"];
  names.forEach((name, i) => {
    const col = ws.getColumn(i + 1);
    const values = listValues(name);
    ws.getCell(1, i + 1).value = name;
    values.forEach((v, r) => (ws.getCell(r + 2, i + 1).value = v));
    refs.set(name, `${LISTS_SHEET}!$${col.letter}$2:$${col.letter}$${values.length + 1}`);
  });
  return refs;
}

function addReadme(workbook: ExcelJS.Workbook, locale: Locale) {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "transfer" }) as unknown as T;
  const ws = workbook.addWorksheet(README_SHEET);
  ws.columns = [{ width: 18 }, { width: 28 }, { width: 16 }, { width: 9 }, { width: 48 }, { width: 80 }];
  ws.addRow([t("readme.title")]).font = { bold: true, size: 14 };
  ws.addRow([t("readme.intro")]);
  ws.addRow([t("readme.milestoneNote")]);
  ws.addRow([]);
  ws.addRow(["sheet", "column", "type", "required", "allowed", "help"].map((k) => t(`readme.${k}`))).font = { bold: true };
  for (const sheet of SHEETS) {
    for (const c of sheet.columns) {
      const allowed = c.enum ? listValues(c.enum).join(", ") : c.type === "boolean" ? "ja, nein" : "";
      ws.addRow([sheet.name, c.header, t(`types.${c.type}`), c.required ? t("readme.yes") : t("readme.no"), allowed, t(`help.${sheet.entity}.${c.key}`)]);
    }
  }
  ws.views = [{ state: "frozen", ySplit: 5 }];
}

/** The workbook with README, every entity sheet (with `data`'s rows) and the validation lists. */
export async function writeWorkbook(data: WorkbookData, locale: Locale): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0); // reproducible files: no wall-clock metadata
  addReadme(workbook, locale);
  const sheets = SHEETS.map((spec) => {
    const ws = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: Math.min(48, Math.max(12, c.header.length + 4)) }));
    ws.getRow(1).font = { bold: true };
    const rows = data[spec.entity] ?? [];
    for (const row of rows) {
      const added = ws.addRow(spec.columns.map((c) => cellValue(c, row[c.key])));
      spec.columns.forEach((c, i) => {
        if (c.type === "date") added.getCell(i + 1).numFmt = DATE_FMT;
      });
    }
    return { spec, ws, rows: rows.length };
  });
  const refs = addListsSheet(workbook);
  for (const { spec, ws, rows } of sheets) {
    spec.columns.forEach((c, i) => {
      const list: ListName | undefined = c.enum ?? (c.type === "boolean" ? "boolean" : undefined);
      if (!list) return;
      const letter = ws.getColumn(i + 1).letter;
      // exceljs 4 supports range validations at runtime; its typings only know the per-cell form.
      (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
        `${letter}2:${letter}${rows + SPARE_ROWS + 1}`,
        { type: "list", allowBlank: !c.required, formulae: [refs.get(list)!], showErrorMessage: true },
      );
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** "Vorlage herunterladen": the empty workbook. */
export function buildTemplateWorkbook(locale: Locale): Promise<Uint8Array> {
  return writeWorkbook({}, locale);
}
