// The portfolio as an Excel workbook (exceljs): one sheet, a bold frozen header row with an auto
// filter, real numbers and dates with German number formats. Text is neutralised upstream.
import ExcelJS from "exceljs";
import { dateValue } from "@/lib/dates";
import type { ExportCell } from "./export-cells";

export const NUM_FMT = {
  money: '#,##0.00 "€"',
  date: "DD.MM.YYYY",
  percent: "0%",
  integer: "0",
} as const;

function cellValue(cell: ExportCell): ExcelJS.CellValue {
  if (!cell) return null;
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "integer":
      return cell.value;
    case "percent":
      return cell.value / 100;
    case "money":
      return cell.cents / 100;
    case "date":
      return dateValue(cell.value);
  }
}

export async function toXlsx(table: { headers: string[]; rows: ExportCell[][] }, sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0); // reproducible files: no wall-clock metadata
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.headers.map((header) => ({ header, width: Math.min(48, Math.max(12, header.length + 2)) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(cellValue));
    row.forEach((cell, i) => {
      if (cell && cell.kind !== "text") added.getCell(i + 1).numFmt = NUM_FMT[cell.kind];
    });
  }
  if (table.headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
