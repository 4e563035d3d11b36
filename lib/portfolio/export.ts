// The portfolio download below the route handler (testable without a session): checks
// "report.export", parses the table state from the same URL parameters as the page, and writes
// exactly the rows the table shows after filtering, in its sort order, with its visible columns.
// CSV is RFC 4180 with a byte order mark by default (numbers machine-readable, so the file
// round-trips exactly); `dialect=excel-de` writes what German Excel opens directly.
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import type { Cell, CsvDialect } from "@/lib/csv/write";
import { renderInWorker } from "@/lib/exports/pool";
import { exportTable, type ExportCell } from "./export-cells";
import { applyPortfolioState } from "./filter-sort";
import { listPortfolioRows, type PortfolioOptions } from "./queries";
import { fromCents } from "./row";
import { parsePortfolioState } from "./table-state";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
const FORMAT = z.enum(EXPORT_FORMATS);
const DIALECT = z.enum(["rfc4180", "excel-de"] satisfies CsvDialect[]);

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;


export async function buildPortfolioExport(
  db: Db,
  viewer: Actor | null | undefined,
  searchParams: URLSearchParams,
  locale: Locale,
  options: PortfolioOptions = {},
): Promise<{ body: Uint8Array; contentType: string; filename: string }> {
  assertCan(viewer, "report.export");
  const format = FORMAT.safeParse(searchParams.get("format") ?? "csv");
  if (!format.success) throw new AppError("VALIDATION", "format must be csv or xlsx.", { fieldErrors: { format: ["csv | xlsx"] } });
  const dialect = DIALECT.safeParse(searchParams.get("dialect") ?? "rfc4180");
  if (!dialect.success) throw new AppError("VALIDATION", "dialect must be rfc4180 or excel-de.", { fieldErrors: { dialect: ["rfc4180 | excel-de"] } });
  const { state } = parsePortfolioState(searchParams);
  const rows = applyPortfolioState(await listPortfolioRows(db, viewer, options), state);
  const table = exportTable(rows, state.cols, locale);
  const filename = `${table.fileName}-${cityToday(options.now)}.${format.data}`;
  // The rows are read and shaped here; the file is written on a worker thread (lib/exports/pool.ts).
  if (format.data === "csv") {
    const body = await renderInWorker({ kind: "portfolio-csv", headers: table.headers, rows: table.rows.map((row) => row.map(csvCell)), dialect: dialect.data });
    return { body, contentType: CONTENT_TYPES.csv, filename };
  }
  return { body: await renderInWorker({ kind: "portfolio-xlsx", table: { headers: table.headers, rows: table.rows }, sheetName: table.sheetName }), contentType: CONTENT_TYPES.xlsx, filename };
}

/** A typed export cell as the CSV writer takes it: numbers as numbers, money as exact decimals. */
function csvCell(cell: ExportCell): Cell {
  if (!cell) return null;
  return cell.kind === "money" ? { decimal: fromCents(cell.cents) } : cell.value;
}
