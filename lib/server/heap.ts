// The server's heap limit (SERVER_HEAP_MB). V8 sizes its heap from the machine's memory (4 GB on a
// 24 GB machine) and grows it lazily: under 8 users on the dashboard, portfolio and roadmap at
// 2,000 initiatives a server process grew to 600–900 MB although what it keeps alive is far less
// (docs/performance.md, session 14). With a limit V8 collects sooner and the process stays near it.
// Node takes heap flags only when a process starts, so `npm start` (scripts/start.ts) runs the
// server in a cluster worker started with the flag (lib/server/workers.ts) — unless the flag is
// already given (NODE_OPTIONS=--max-old-space-size=…, or on node's command line), which wins.
// What may need much memory at once — reading an uploaded workbook — runs on a thread with its own
// limit (lib/transfer/read-pool.ts), as the exports do (lib/exports/pool.ts).

/** Measured (docs/performance.md, session 14): RSS under the 600 MB target under load, GC cost small. */
export const DEFAULT_SERVER_HEAP_MB = 384;

const HEAP_FLAG = /(^|\s)--max[-_]old[-_]space[-_]size(=|\s|$)/;

/** Whether Node's options for this process already set the old space's size. */
export function heapLimitGiven(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((a) => HEAP_FLAG.test(a)) || HEAP_FLAG.test(nodeOptions ?? "");
}

/**
 * The flag a server process must start with for `heapMb` (SERVER_HEAP_MB), or null: 0 means no
 * limit of ours, and a limit already given in Node's options is left as it is.
 */
export function serverHeapFlag(heapMb: number, execArgv: readonly string[], nodeOptions: string | undefined): string | null {
  if (heapMb <= 0 || heapLimitGiven(execArgv, nodeOptions)) return null;
  return `--max-old-space-size=${heapMb}`;
}
