// The portfolio download below the route handler (testable without a session): checks
// "report.export", validates the request (format, dialect, the table's URL state) and has the
// file made — by an export worker that reads and draws it when the database is a PostgreSQL
// server, else read here and drawn by a worker (lib/portfolio/export-file.ts has both halves).
import { assertCan, type Actor } from "@/lib/authz/policy";
import { appNow } from "@/lib/dates";
import { serverUrlOf, type Db } from "@/lib/db/client";
import { readAndRenderInWorker, renderInWorker } from "@/lib/exports/pool";
import type { Locale } from "@/lib/i18n/config";
import { makePortfolioExport, parsePortfolioExportRequest } from "./export-file";
import type { PortfolioOptions } from "./queries";

export async function buildPortfolioExport(
  db: Db,
  viewer: Actor | null | undefined,
  searchParams: URLSearchParams,
  locale: Locale,
  options: PortfolioOptions = {},
): Promise<{ body: Uint8Array; contentType: string; filename: string }> {
  assertCan(viewer, "report.export");
  const actor = viewer;
  const request = parsePortfolioExportRequest(searchParams);
  const dbUrl = serverUrlOf(db);
  const out = dbUrl
    ? await readAndRenderInWorker({
        kind: "portfolio-export",
        dbUrl,
        actor,
        search: searchParams.toString(),
        locale,
        now: (options.now ?? appNow()).toISOString(),
        staleAfterDays: options.staleAfterDays,
      })
    : await makePortfolioExport(db, actor, request, locale, options, renderInWorker);
  return { body: out.bytes, contentType: out.contentType, filename: out.filename };
}
