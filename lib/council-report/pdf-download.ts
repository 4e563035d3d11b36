// The PDF download of the council report, as the handler `apiDownload("report.export", …)` runs
// (app/(internal)/app/council-report/pdf/route.ts): same query parameters as the page, plus
// `lang` to choose the PDF's language regardless of the request's locale.
import { appNow } from "@/lib/dates";
import { serverUrlOf } from "@/lib/db/client";
import { readAndRenderInWorker, renderInWorker } from "@/lib/exports/pool";
import type { ReadContext } from "@/lib/api/route";
import { buildCouncilReport } from "./build";
import { councilReportQuery, parseScope, pdfFilename } from "./params";

export async function downloadCouncilReportPdf(ctx: ReadContext<Record<string, string | string[]>>, now: Date = appNow()) {
  const query = ctx.query(councilReportQuery);
  const locale = query.lang ?? ctx.locale;
  const dbUrl = serverUrlOf(ctx.db);
  if (dbUrl) {
    // A PostgreSQL server: an export worker reads the report over its own connection and draws it.
    const out = await readAndRenderInWorker({
      kind: "council-report-pdf",
      dbUrl,
      actor: ctx.actor,
      request: { quarter: query.quarter, scope: query.scope },
      locale,
      now: now.toISOString(),
    });
    return { body: out.bytes as Uint8Array<ArrayBuffer>, contentType: out.contentType, filename: out.filename };
  }
  // The embedded PGlite lives in this thread: the report is read here, pdfkit draws it on a worker.
  const report = await buildCouncilReport(ctx.db, ctx.actor, { quarter: query.quarter, scope: query.scope }, locale, now);
  const pdf = await renderInWorker({ kind: "council-report-pdf", report, locale });
  return {
    body: pdf as Uint8Array<ArrayBuffer>,
    contentType: "application/pdf",
    filename: pdfFilename(report.quarter, parseScope(report.scope.param)),
  };
}
