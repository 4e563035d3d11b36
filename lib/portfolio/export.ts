// The portfolio download below the route handler (testable without a session): checks
// "report.export", parses the table state from the same URL parameters as the page, and writes
// exactly the rows the table shows after filtering, in its sort order, with its visible columns.
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { toCsv } from "./csv";
import { exportTable } from "./export-cells";
import { applyPortfolioState } from "./filter-sort";
import { listPortfolioRows, type PortfolioOptions } from "./queries";
import { parsePortfolioState } from "./table-state";
import { toXlsx } from "./xlsx";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
const FORMAT = z.enum(EXPORT_FORMATS);

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
): Promise<{ body: Uint8Array | string; contentType: string; filename: string }> {
  assertCan(viewer, "report.export");
  const format = FORMAT.safeParse(searchParams.get("format") ?? "csv");
  if (!format.success) throw new AppError("VALIDATION", "format must be csv or xlsx.", { fieldErrors: { format: ["csv | xlsx"] } });
  const { state } = parsePortfolioState(searchParams);
  const rows = applyPortfolioState(await listPortfolioRows(db, viewer, options), state);
  const table = exportTable(rows, state.cols, locale);
  const filename = `${table.fileName}-${cityToday(options.now)}.${format.data}`;
  if (format.data === "csv") return { body: toCsv(table), contentType: CONTENT_TYPES.csv, filename };
  return { body: await toXlsx(table, table.sheetName), contentType: CONTENT_TYPES.xlsx, filename };
}
