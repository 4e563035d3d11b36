// The portfolio download's request and file, shared by the two places that make it: the request's
// thread (embedded PGlite: it reads, a worker draws) and an export worker (PostgreSQL server: the
// worker reads and draws, lib/exports/read-render.ts). Exactly the rows the table shows after
// filtering, in its sort order, with its visible columns. CSV is RFC 4180 with a byte order mark
// by default (numbers machine-readable, so the file round-trips exactly); `dialect=excel-de`
// writes what German Excel opens directly.
import { z } from "zod";
import type { Actor } from "@/lib/authz/policy";
import type { Cell, CsvDialect } from "@/lib/csv/write";
import { cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ExportTask } from "@/lib/exports/render";
import type { Locale } from "@/lib/i18n/config";
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

export type PortfolioExportRequest = {
  format: (typeof EXPORT_FORMATS)[number];
  dialect: CsvDialect;
  state: ReturnType<typeof parsePortfolioState>["state"];
};

/** The download's parameters (format, dialect, the table's URL state); a VALIDATION error names the wrong one. */
export function parsePortfolioExportRequest(searchParams: URLSearchParams): PortfolioExportRequest {
  const format = FORMAT.safeParse(searchParams.get("format") ?? "csv");
  if (!format.success) throw new AppError("VALIDATION", "format must be csv or xlsx.", { fieldErrors: { format: ["csv | xlsx"] } });
  const dialect = DIALECT.safeParse(searchParams.get("dialect") ?? "rfc4180");
  if (!dialect.success) throw new AppError("VALIDATION", "dialect must be rfc4180 or excel-de.", { fieldErrors: { dialect: ["rfc4180 | excel-de"] } });
  return { format: format.data, dialect: dialect.data, state: parsePortfolioState(searchParams).state };
}

/** Reads and shapes the rows, and has `render` write the file (on this thread or handed to the pool). */
export async function makePortfolioExport(
  db: Db,
  viewer: Actor | null | undefined,
  request: PortfolioExportRequest,
  locale: Locale,
  options: PortfolioOptions,
  render: (task: ExportTask) => Promise<Uint8Array>,
): Promise<{ bytes: Uint8Array; contentType: string; filename: string }> {
  const rows = applyPortfolioState(await listPortfolioRows(db, viewer, options), request.state);
  const table = exportTable(rows, request.state.cols, locale);
  const filename = `${table.fileName}-${cityToday(options.now)}.${request.format}`;
  const bytes =
    request.format === "csv"
      ? await render({ kind: "portfolio-csv", headers: table.headers, rows: table.rows.map((row) => row.map(csvCell)), dialect: request.dialect })
      : await render({ kind: "portfolio-xlsx", table: { headers: table.headers, rows: table.rows }, sheetName: table.sheetName });
  return { bytes, contentType: CONTENT_TYPES[request.format], filename };
}

/** A typed export cell as the CSV writer takes it: numbers as numbers, money as exact decimals. */
function csvCell(cell: ExportCell): Cell {
  if (!cell) return null;
  return cell.kind === "money" ? { decimal: fromCents(cell.cents) } : cell.value;
}
