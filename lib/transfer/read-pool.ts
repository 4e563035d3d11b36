// Reading an uploaded workbook off the server's heap. exceljs builds an object per cell, with styles,
// so an 1.4 MB workbook of the large plan (44,000 rows) takes a few hundred MB while it is read; the
// server runs with a capped heap (SERVER_HEAP_MB, scripts/start.ts), and the pages of everyone else
// must not pay for one upload. So the reading — exceljs and the turning of cells into rows
// (read.ts) — runs on a worker thread with a heap limit of its own (piscina, as the exports do,
// lib/exports/pool.ts). Only the rows come back; planning and the transaction stay on the request's
// thread. A file that needs more than the limit ends that thread (V8 stops it at the limit; piscina
// starts another for the next file), and the user reads "too large to read" instead of the server
// running out of memory. One thread: imports are rare and an admin's; a second upload waits.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { onShutdown } from "@/lib/server/shutdown";
import { TransferFileError, type ReadResult } from "./read";

/**
 * The reading thread's heap (old generation), MB. The large plan's workbook (2,000 initiatives,
 * 20,000 milestones, 12,000 KPI values: 1.4 MB, 44,000 rows) needs about a third of it
 * (docs/performance.md, session 14).
 */
export const READ_HEAP_MB = 512;

type Answer = { ok: true; result: ReadResult } | { ok: false; messageKey: TransferFileError["messageKey"]; message: string };

const KEY = Symbol.for("masterplan-monitor.upload-read-pools");
const slot = globalThis as unknown as Record<symbol, Map<number, Piscina> | undefined>;

function pool(heapMb: number): Piscina {
  const pools = (slot[KEY] ??= new Map());
  let p = pools.get(heapMb);
  if (p) return p;
  p = new Piscina({
    filename: pathToFileURL(path.join(process.cwd(), "lib", "transfer", "read-worker.mjs")).href,
    minThreads: 0,
    maxThreads: 1,
    // The thread holds exceljs and the last file's garbage: give the memory back soon after.
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    // The parent's flags (its own heap limit among them) are not the thread's; tsx is loaded by the worker itself.
    execArgv: [],
  });
  pools.set(heapMb, p);
  const closing = p;
  onShutdown(`upload reader (${heapMb} MB)`, async () => {
    pools.delete(heapMb);
    await closing.close();
  });
  return p;
}

/** Whether `e` is the end of a worker thread at its heap limit. */
function outOfMemory(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";
}

/**
 * read.ts `readUpload` on the reading thread: the same result, the same refusals
 * (TransferFileError), and `tooComplex` for a file the thread cannot read within `heapMb`.
 */
export async function readUploadInWorker(bytes: Uint8Array, fileName: string, { heapMb = READ_HEAP_MB }: { heapMb?: number } = {}): Promise<ReadResult> {
  let answer: Answer;
  try {
    answer = (await pool(heapMb).run({ bytes, fileName })) as Answer;
  } catch (e) {
    if (outOfMemory(e)) throw new TransferFileError("tooComplex", `The file needs more than ${heapMb} MB to read.`);
    throw e;
  }
  if (!answer.ok) throw new TransferFileError(answer.messageKey, answer.message);
  return answer.result;
}

/** Tests only: ends the reading threads. */
export async function closeUploadReaders(): Promise<void> {
  const pools = slot[KEY];
  slot[KEY] = undefined;
  await Promise.all([...(pools?.values() ?? [])].map((p) => p.destroy()));
}
