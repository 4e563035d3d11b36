// The export pool's worker (piscina loads this file in each worker thread, see pool.ts). The app
// runs from its TypeScript sources under tsx, in the main thread as in the workers: tsx's API loads
// render.ts (and what it imports, with the "@/…" paths of tsconfig.json) into this thread, and
// read-render.ts with the database client on the first task that reads.
import { tsImport } from "tsx/esm/api";

const { renderExport } = await tsImport("./render.ts", import.meta.url);
let reading;

/** One task → the file's bytes (render.ts ExportTask), or, for a task naming a database to read (read-render.ts ReadingTask), the file with its name. */
export default async function run(task) {
  if (!("dbUrl" in task)) return renderExport(task);
  reading ??= tsImport("./read-render.ts", import.meta.url);
  return (await reading).readAndRender(task);
}
