// The export workers: a piscina pool of worker threads that draw the PDFs and write the workbooks
// (render.ts), so that the request's thread — which serves the public site too — stays free while
// a long export renders. On a PostgreSQL server a worker also reads and shapes the data over its
// own connection (read-render.ts); with an embedded PGlite (one thread only) the request's thread
// reads and the worker gets plain data. Access is always checked on the request's thread first.
// How many exports run at once and how many wait is decided before (queue.ts); the pool has as
// many threads as there are places, so a task handed to it starts at once.
// One pool per process, kept on globalThis: Next bundles each route handler on its own, and all of
// them must share the threads. It is closed after the server has drained (lib/server/shutdown.ts).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { env } from "@/lib/env";
import { onShutdown } from "@/lib/server/shutdown";
import { AppError, unavailableError } from "@/lib/errors/app-error";
import type { ReadingResult, ReadingTask } from "./read-render";
import type { ExportTask } from "./render";

const KEY = Symbol.for("masterplan-monitor.export-pool");
const slot = globalThis as unknown as Record<symbol, Piscina | undefined>;

/** The worker entry, from the source tree (the app runs from its sources under tsx, see worker.mjs). */
export function workerFile(): string {
  return pathToFileURL(path.join(process.cwd(), "lib", "exports", "worker.mjs")).href;
}

function pool(): Piscina {
  let p = slot[KEY];
  if (p) return p;
  const threads = env().exportWorkers;
  p = new Piscina({
    filename: workerFile(),
    minThreads: 0,
    maxThreads: threads,
    // A thread loads pdfkit, exceljs and the catalogues once (~0.5 s) and then serves the next
    // exports; it ends after 5 idle minutes and gives its memory back.
    idleTimeout: 5 * 60_000,
    // No limit here: the app's exports are bounded before they reach the pool (queue.ts); the
    // command line's export is one task.
    // The worker loads TypeScript through tsx's API itself; the parent's flags are not needed.
    execArgv: [],
  });
  slot[KEY] = p;
  onShutdown("export workers", async () => {
    slot[KEY] = undefined;
    await p!.close();
  });
  return p;
}

/** Renders `task` on a worker thread; resolves with the file's bytes. */
export async function renderInWorker(task: ExportTask): Promise<Uint8Array> {
  return (await pool().run(task)) as Uint8Array;
}

/**
 * Reads, shapes and renders `task` on a worker thread over the worker's own connection to the
 * same PostgreSQL database; the file and its name come back, or the AppError the worker met.
 */
export async function readAndRenderInWorker(task: ReadingTask): Promise<{ bytes: Uint8Array; filename: string; contentType: string }> {
  const result = (await pool().run(task)) as ReadingResult;
  if (result.ok) return result;
  if (result.code === "UNAVAILABLE") throw unavailableError();
  throw new AppError(result.code, result.message, result.fieldErrors ? { fieldErrors: result.fieldErrors } : undefined);
}

/** Threads currently alive (tests, metrics). */
export function workerThreads(): number {
  return slot[KEY]?.threads.length ?? 0;
}

/** Tests only: ends the threads. */
export async function closeExportPool(): Promise<void> {
  const p = slot[KEY];
  slot[KEY] = undefined;
  await p?.destroy();
}
