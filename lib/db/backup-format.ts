// What backup and restore share for both engines: which engine a backup file is for (told by its
// first bytes), the refusals an operator can act on, and writing the output safely.
import fs from "node:fs/promises";
import type { DatabaseTarget } from "./adapter";
import { listMigrationNames } from "./migrate";

export type BackupFormat = "pg-custom" | "pglite-dump";
export type ServerOrEmbedded = Extract<DatabaseTarget, { engine: "server" } | { engine: "embedded" }>;

/** A refusal the operator can act on (wrong file, target not empty, app still running): one line, exit 1. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

export function formatOf(head: Uint8Array): BackupFormat | null {
  const ascii = Buffer.from(head).toString("latin1");
  if (ascii.startsWith("PGDMP")) return "pg-custom";
  if (head[0] === 0x1f && head[1] === 0x8b) return "pglite-dump"; // gzip
  if (ascii.slice(257, 262) === "ustar") return "pglite-dump"; // an uncompressed tar
  return null;
}

export async function readHead(file: string): Promise<Uint8Array> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, "r");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new BackupError(`${file} does not exist.`);
    throw e;
  }
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buf, 0, 512, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Refuses a file of the other engine, or no backup at all, with what to do instead. */
export function checkFormat(file: string, found: BackupFormat | null, engine: ServerOrEmbedded["engine"]) {
  const wanted: BackupFormat = engine === "server" ? "pg-custom" : "pglite-dump";
  if (found === wanted) return;
  if (found === "pg-custom")
    throw new BackupError(
      `${file} is a pg_dump archive of a PostgreSQL server, but DATABASE_URL is not set (embedded database). ` +
        `Set DATABASE_URL to the server database to restore it into.`,
    );
  if (found === "pglite-dump")
    throw new BackupError(
      `${file} is a backup of the embedded database (PGlite), but DATABASE_URL names a PostgreSQL server. ` +
        `Unset DATABASE_URL and set DATA_DIR to restore it as the embedded database.`,
    );
  throw new BackupError(`${file} is not a backup made by npm run db:backup (neither a pg_dump custom-format archive nor a PGlite dump).`);
}

/** Writes through a temporary file beside the target, so a failed backup never leaves a truncated file under the name. */
export async function prepareOutput(file: string, force: boolean): Promise<string> {
  if (!force) {
    const exists = await fs.stat(file).then(
      () => true,
      () => false,
    );
    if (exists) throw new BackupError(`${file} exists already; choose another name or pass --force to replace it.`);
  }
  return `${file}.partial-${process.pid}`;
}

export type BackupResult = { file: string; bytes: number; format: BackupFormat; migrations: number; latest: string | null; describe: string };
export type RestoreResult = {
  describe: string;
  /** Migrations recorded in the restored backup. */
  migrations: number;
  /** Pending migrations applied after the restore (none with migrate: false). */
  applied: string[];
  /** Still pending (migrate: false). */
  pending: string[];
  /** Migrations in the backup this version does not know: it was made by a newer version. */
  unknown: string[];
  /** Embedded engine with --force: where the replaced database was moved. */
  replacedTo: string | null;
};

export type BackupOptions = { force?: boolean };
export type RestoreOptions = { force?: boolean; migrate?: boolean };

/** Recorded migrations this version does not have in prisma/migrations. */
export async function unknownMigrations(recorded: string[]): Promise<string[]> {
  const known = new Set(await listMigrationNames());
  return recorded.filter((m) => !known.has(m));
}
