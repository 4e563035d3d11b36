// Exports that a worker thread reads AND renders (lib/exports/worker.mjs): on a PostgreSQL server
// the worker opens its own connection to the same database, so the request's thread — which also
// serves the public site — only checks access, waits for a place in the line and streams the
// bytes back. Reading and shaping 2,000 initiatives took that thread 0.3–0.8 s per export, which
// is what held up the home page during a burst of exports (docs/performance.md, issue 17).
// An embedded PGlite lives in one thread: there the request's thread reads and only the drawing
// moves (render.ts). Access is decided before a task is made (apiDownload's permission check);
// the builders check it again against the same actor, as on the request's thread.
import { LRUCache } from "lru-cache";
import type { Actor } from "@/lib/authz/policy";
import { buildCouncilReport } from "@/lib/council-report/build";
import { parseScope, pdfFilename } from "@/lib/council-report/params";
import { renderCouncilReportPdf } from "@/lib/council-report/pdf";
import { connect, type Connection } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/outage";
import type { AppError, ErrorCode } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { makePortfolioExport, parsePortfolioExportRequest } from "@/lib/portfolio/export-file";
import { renderExport } from "./render";

export type ReadingTask =
  | {
      kind: "council-report-pdf";
      dbUrl: string;
      actor: Actor;
      request: { quarter?: string; scope?: string };
      locale: Locale;
      /** The request's clock, as an ISO instant (the worker must not decide "today" itself). */
      now: string;
    }
  | { kind: "portfolio-export"; dbUrl: string; actor: Actor; search: string; locale: Locale; now: string; staleAfterDays?: number };

/** What crosses back to the request's thread: the file, or the AppError to answer with. */
export type ReadingResult =
  | { ok: true; bytes: Uint8Array; filename: string; contentType: string }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

// One connection per database and thread, opened on the first task. Tests use many databases:
// beyond a few, the least recently used is closed (lru-cache, as lib/cache/data-memo.ts uses).
const connections = new LRUCache<string, Promise<Connection>>({
  max: 4,
  dispose: (conn) => void conn.then((x) => x.close()).catch(() => {}),
});

function connectionFor(url: string): Promise<Connection> {
  let c = connections.get(url);
  if (!c) {
    c = connect({ engine: "server", url });
    c.catch(() => connections.delete(url));
    connections.set(url, c);
  }
  return c;
}

function isAppError(e: unknown): e is AppError {
  return e instanceof Error && e.name === "AppError" && typeof (e as AppError).code === "string";
}

export async function readAndRender(task: ReadingTask): Promise<ReadingResult> {
  try {
    const db = (await connectionFor(task.dbUrl)).prisma;
    const now = new Date(task.now);
    if (task.kind === "council-report-pdf") {
      const report = await buildCouncilReport(db, task.actor, task.request, task.locale, now);
      const bytes = new Uint8Array(await renderCouncilReportPdf(report, task.locale));
      return { ok: true, bytes, filename: pdfFilename(report.quarter, parseScope(report.scope.param)), contentType: "application/pdf" };
    }
    const request = parsePortfolioExportRequest(new URLSearchParams(task.search));
    const out = await makePortfolioExport(db, task.actor, request, task.locale, { now, staleAfterDays: task.staleAfterDays }, renderExport);
    return { ok: true, ...out };
  } catch (e) {
    // Errors lose their class on the way back: the code travels as data. (Not `instanceof`: tsx may
    // load the error module more than once in this thread, each a class of its own.)
    if (isAppError(e)) return { ok: false, code: e.code, message: e.message, fieldErrors: e.details?.fieldErrors };
    if (isDatabaseUnavailable(e)) return { ok: false, code: "UNAVAILABLE", message: "The database cannot be reached." };
    throw e;
  }
}
