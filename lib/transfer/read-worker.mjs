// The upload reader's worker (piscina loads this file in a worker thread, see read-pool.ts). As the
// export workers do (lib/exports/worker.mjs), it loads read.ts from the TypeScript sources through
// tsx's API. A refusal of the file (TransferFileError) comes back as plain data: class instances do
// not survive the trip between threads.
import { tsImport } from "tsx/esm/api";

const { readUpload, TransferFileError } = await tsImport("./read.ts", import.meta.url);

/** { bytes, fileName } → { ok: true, result } (read.ts ReadResult) or { ok: false, messageKey, message }. */
export default async function read({ bytes, fileName }) {
  try {
    return { ok: true, result: await readUpload(bytes, fileName) };
  } catch (e) {
    if (e instanceof TransferFileError) return { ok: false, messageKey: e.messageKey, message: e.message };
    throw e;
  }
}
