// What the export workers run (lib/exports/worker.mjs): plain data in — loaded and authorised by
// the request's thread — and the file's bytes out. Only the CPU-heavy part lives here (pdfkit
// drawing, exceljs writing, the CSV text); nothing here reads the database or decides access.
import type { CouncilReport } from "@/lib/council-report/build";
import { renderCouncilReportPdf } from "@/lib/council-report/pdf";
import { writeCsv, type Cell, type CsvDialect } from "@/lib/csv/write";
import type { Locale } from "@/lib/i18n/config";
import type { ExportCell } from "@/lib/portfolio/export-cells";
import { toXlsx } from "@/lib/portfolio/xlsx";
import { writeWorkbook, type WorkbookData } from "@/lib/transfer/workbook";

export type ExportTask =
  | { kind: "council-report-pdf"; report: CouncilReport; locale: Locale }
  | { kind: "portfolio-xlsx"; table: { headers: string[]; rows: ExportCell[][] }; sheetName: string }
  | { kind: "portfolio-csv"; headers: string[]; rows: Cell[][]; dialect: CsvDialect }
  | { kind: "masterplan-xlsx"; data: WorkbookData; locale: Locale }
  /** Tests only: keeps a worker busy for `ms` (a stand-in for a long render). */
  | { kind: "busy"; ms: number };

/** Renders one export; the same function runs in the main thread when no pool is wanted (tests of the renderers). */
export async function renderExport(task: ExportTask): Promise<Uint8Array> {
  switch (task.kind) {
    case "council-report-pdf":
      return new Uint8Array(await renderCouncilReportPdf(task.report, task.locale));
    case "portfolio-xlsx":
      return toXlsx(task.table, task.sheetName);
    case "portfolio-csv":
      return new TextEncoder().encode(writeCsv(task.headers, task.rows, { dialect: task.dialect, bom: true }));
    case "masterplan-xlsx":
      return writeWorkbook(task.data, task.locale);
    case "busy": {
      const until = Date.now() + task.ms;
      while (Date.now() < until); // a synchronous render, as pdfkit's is
      return new Uint8Array([1]);
    }
  }
}
