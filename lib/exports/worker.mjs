// The export pool's worker (piscina loads this file in each worker thread, see pool.ts). The app
// runs from its TypeScript sources under tsx, in the main thread as in the workers: tsx's API loads
// render.ts (and what it imports, with the "@/…" paths of tsconfig.json) into this thread.
import { tsImport } from "tsx/esm/api";

const { renderExport } = await tsImport("./render.ts", import.meta.url);

/** One task (see render.ts ExportTask) → the file's bytes. */
export default function run(task) {
  return renderExport(task);
}
