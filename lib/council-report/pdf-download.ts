// The PDF download of the council report, as the handler `apiDownload("report.export", …)` runs
// (app/(internal)/app/council-report/pdf/route.ts): same query parameters as the page, plus
// `lang` to choose the PDF's language regardless of the request's locale.
import { appNow } from "@/lib/dates";
import { renderInWorker } from "@/lib/exports/pool";
import type { ReadContext } from "@/lib/api/route";
import { buildCouncilReport } from "./build";
import { councilReportQuery, parseScope, pdfFilename } from "./params";

export async function downloadCouncilReportPdf(ctx: ReadContext<Record<string, string | string[]>>, now: Date = appNow()) {
  const query = ctx.query(councilReportQuery);
  const locale = query.lang ?? ctx.locale;
  const report = await buildCouncilReport(ctx.db, ctx.actor, { quarter: query.quarter, scope: query.scope }, locale, now);
  // The report is read here (the database lives in this thread); pdfkit draws it on a worker thread.
  const pdf = await renderInWorker({ kind: "council-report-pdf", report, locale });
  return {
    body: pdf as Uint8Array<ArrayBuffer>,
    contentType: "application/pdf",
    filename: pdfFilename(report.quarter, parseScope(report.scope.param)),
  };
}
