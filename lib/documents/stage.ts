// An upload on its way in: its bytes are streamed into the staging directory while they are counted
// and hashed (never held in memory), refused past MAX_DOCUMENT_BYTES, then checked by content. A
// staged file is known by a random token in this process only; the upload action takes it from
// here by that token (so no file path ever travels in an action's input), and whoever staged it
// discards it afterwards, whatever happened.
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { checkDocumentContent, type ContentProblem } from "./content-check";
import { stagingDir } from "./storage";
import { cleanFileName, MAX_DOCUMENT_BYTES, type DocumentType } from "./types";

export type Staged = { token: string; path: string; name: string; size: number; sha256: string; type: DocumentType; storedKey?: string };
export type StageProblem = ContentProblem | "tooLarge" | "empty" | "name";
export type StageResult = { ok: true; staged: Staged } | { ok: false; problem: StageProblem };

const staged = new Map<string, Staged>();

/** Streams `source` into a staging file and checks it; nothing is left behind when it is refused. */
export async function stageDocument(source: Readable, rawName: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<StageResult> {
  const name = cleanFileName(rawName);
  if (!name) {
    source.resume();
    return { ok: false, problem: "name" };
  }
  const dir = stagingDir();
  await fs.mkdir(dir, { recursive: true });
  const token = randomUUID();
  const file = path.join(dir, token);
  const hash = createHash("sha256");
  let size = 0;
  // Past the limit the rest is read and dropped (so the client gets to read the answer), never written.
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done();
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, counter, createWriteStream(file, { flags: "wx" }));
  } catch (e) {
    await fs.rm(file, { force: true });
    throw e;
  }
  if (size > maxBytes) {
    await fs.rm(file, { force: true });
    return { ok: false, problem: "tooLarge" };
  }
  if (size === 0) {
    await fs.rm(file, { force: true });
    return { ok: false, problem: "empty" };
  }
  const check = await checkDocumentContent(file, name).catch(() => ({ ok: false as const, problem: "type" as const }));
  if (!check.ok) {
    await fs.rm(file, { force: true });
    return { ok: false, problem: check.problem };
  }
  const entry: Staged = { token, path: file, name, size, sha256: hash.digest("hex"), type: check.type };
  staged.set(token, entry);
  return { ok: true, staged: entry };
}

/** The staged upload for `token`, or null (unknown, or taken by another request). */
export function stagedUpload(token: string): Staged | null {
  return staged.get(token) ?? null;
}

/** Removes the staging file and forgets the token; returns the entry (with the key it was stored under, if any). */
export async function discardStaged(token: string): Promise<Staged | null> {
  const entry = staged.get(token) ?? null;
  staged.delete(token);
  if (entry) await fs.rm(entry.path, { force: true });
  return entry;
}
