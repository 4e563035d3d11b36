// Backup and restore of the embedded database: PGlite's own dump of its data directory (a tar.gz),
// loaded into a new data directory on restore. PGlite serves one process at a time, so both take
// the data-directory lock and refuse while the app (or a script) has the database open: a copy
// taken beside a running PGlite could miss what it holds in memory. Stopping the app for the few
// seconds a backup takes is the price of the embedded engine; a city that cannot stop runs PostgreSQL.
import fs from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pglitePath } from "./adapter";
import { BackupError, prepareOutput, unknownMigrations, type BackupOptions, type BackupResult, type RestoreOptions, type RestoreResult } from "./backup-format";
import { connect } from "./client";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock";
import { migrate, pendingFor } from "./status";

function lockOrRefuse(dataDir: string, what: "back it up" | "restore"): () => void {
  try {
    return lockDataDir(dataDir);
  } catch (e) {
    if (!(e instanceof DataDirInUseError)) throw e;
    const pid = /pid (\d+)/.exec(e.message)?.[1] ?? "?";
    throw new BackupError(
      `The embedded database in ${dataDir} is open in another process (pid ${pid}), e.g. the running app. ` +
        `PGlite serves one process at a time: stop the app, ${what}, then start the app again.`,
    );
  }
}

async function hasDatabase(dir: string): Promise<boolean> {
  return fs.stat(path.join(dir, "PG_VERSION")).then(
    () => true,
    () => false,
  );
}

async function recordedMigrations(pg: PGlite): Promise<string[]> {
  const present = await pg.query<{ present: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present");
  if (!present.rows[0]?.present) return [];
  const rows = await pg.query<{ name: string }>(
    "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
  );
  return rows.rows.map((r) => r.name);
}

export async function backupEmbedded(dataDir: string, file: string, options: BackupOptions): Promise<BackupResult> {
  const dir = pglitePath(dataDir);
  if (!(await hasDatabase(dir))) throw new BackupError(`There is no embedded database in ${dataDir} (DATA_DIR) to back up.`);
  const partial = await prepareOutput(file, !!options.force);
  const release = lockOrRefuse(dataDir, "back it up");
  try {
    const pg = new PGlite(dir);
    let migrations: string[];
    try {
      await pg.waitReady;
      // Everything on disk first; the dump also carries the write-ahead log, so it is consistent either way.
      await pg.exec("CHECKPOINT");
      migrations = await recordedMigrations(pg);
      const dump = await pg.dumpDataDir("gzip");
      await fs.writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await pg.close();
    }
    await fs.rename(partial, file);
    const { size } = await fs.stat(file);
    return { file, bytes: size, format: "pglite-dump", migrations: migrations.length, latest: migrations.at(-1) ?? null, describe: `embedded PGlite in ${dataDir}` };
  } catch (e) {
    await fs.rm(partial, { force: true });
    throw e;
  } finally {
    release();
  }
}

/** "2026-11-25T10-00-00" — for the name the replaced database is kept under. */
function stamp(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/:/g, "-");
}

export async function restoreEmbedded(dataDir: string, file: string, options: RestoreOptions): Promise<RestoreResult> {
  const dir = pglitePath(dataDir);
  const release = lockOrRefuse(dataDir, "restore");
  const staging = `${dir}.restoring-${process.pid}`;
  try {
    const existing = await fs.readdir(dir).then(
      (entries) => entries.length > 0,
      () => false,
    );
    if (existing && !options.force)
      throw new BackupError(
        `${dataDir} (DATA_DIR) already holds an embedded database. Restore into an empty DATA_DIR, or pass --force ` +
          `to replace it (the current one is kept beside it).`,
      );
    // Into a directory of its own first: a damaged file never costs the database that is there.
    await fs.rm(staging, { recursive: true, force: true });
    let migrations: string[];
    try {
      const pg = new PGlite(staging, { loadDataDir: new Blob([await fs.readFile(file)]) });
      try {
        await pg.waitReady;
        migrations = await recordedMigrations(pg);
      } finally {
        await pg.close().catch(() => {});
      }
    } catch (e) {
      await fs.rm(staging, { recursive: true, force: true });
      throw new BackupError(`${file} could not be loaded as an embedded database: ${(e as Error).message}`);
    }
    if (!migrations.length) {
      await fs.rm(staging, { recursive: true, force: true });
      throw new BackupError(`${file} holds a PGlite database without Masterplan Monitor's tables (no _prisma_migrations); nothing was restored.`);
    }
    let replacedTo: string | null = null;
    if (existing) {
      replacedTo = `${dir}.replaced-${stamp(new Date())}`;
      await fs.rename(dir, replacedTo);
    } else {
      await fs.rm(dir, { recursive: true, force: true });
    }
    await fs.rename(staging, dir);

    const conn = await connect({ engine: "embedded", dataDir });
    try {
      const applied = options.migrate === false ? [] : await migrate(conn);
      const pending = options.migrate === false ? await pendingFor(conn) : [];
      return { describe: `embedded PGlite in ${dataDir}`, migrations: migrations.length, applied, pending, unknown: await unknownMigrations(migrations), replacedTo };
    } finally {
      await conn.close();
    }
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
    release();
  }
}
