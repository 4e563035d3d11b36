// Backup and restore on a PostgreSQL server with the server's own tools: pg_dump's custom format
// (compressed, restorable table by table with pg_restore) while the app runs — pg_dump reads one
// consistent snapshot and blocks no writer. The restore runs as one transaction (pg_restore's SQL fed
// to psql --single-transaction, after reading the whole archive once): a failure half-way leaves the
// database as it was, also with --force, where replacing what is there (dropping the schemas public
// and pgboss) is part of that transaction.
import fs from "node:fs/promises";
import os from "node:os";
import pg from "pg";
import { redactUrl } from "./adapter";
import { BackupError, prepareOutput, unknownMigrations, type BackupOptions, type BackupResult, type RestoreOptions, type RestoreResult } from "./backup-format";
import { connect } from "./client";
import { findPgTool, libpqConnection, runPipeline } from "./pg-tools";
import { migrate, pendingFor } from "./status";

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function recordedMigrations(client: pg.Client): Promise<string[]> {
  const present = await client.query<{ present: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present");
  if (!present.rows[0]?.present) return [];
  const rows = await client.query<{ name: string }>(
    "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
  );
  return rows.rows.map((r) => r.name);
}

export async function backupServer(url: string, file: string, options: BackupOptions): Promise<BackupResult> {
  const pgDump = findPgTool("pg_dump");
  const partial = await prepareOutput(file, !!options.force);
  const migrations = await withClient(url, recordedMigrations);
  if (!migrations.length) throw new BackupError(`The database ${redactUrl(url)} has no Masterplan Monitor tables (no _prisma_migrations); nothing to back up.`);
  const conn = libpqConnection(url);
  try {
    await runPipeline([{ tool: "pg_dump", file: pgDump, args: ["--format=custom", `--file=${partial}`, `--dbname=${conn.url}`] }], conn.env);
    await fs.rename(partial, file);
  } catch (e) {
    await fs.rm(partial, { force: true });
    throw e;
  }
  const { size } = await fs.stat(file);
  return { file, bytes: size, format: "pg-custom", migrations: migrations.length, latest: migrations.at(-1) ?? null, describe: redactUrl(url) };
}

type TargetState = { tables: string[]; sessions: number; version: number; database: string };

async function targetState(client: pg.Client): Promise<TargetState> {
  const tables = await client.query<{ name: string }>(
    `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
     ORDER BY 1`,
  );
  const sessions = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
  );
  const info = await client.query<{ version: number; database: string }>("SELECT current_setting('server_version_num')::int AS version, current_database() AS database");
  return { tables: tables.rows.map((r) => r.name), sessions: sessions.rows[0]!.n, version: info.rows[0]!.version, database: info.rows[0]!.database };
}

/**
 * Empties the database inside the restore's transaction: the app's schemas go, public comes back as a
 * new database has it (PostgreSQL 15 and later: owned by pg_database_owner, usable by everyone; the
 * archive then restores the owner and rights it recorded, e.g. those of scripts/db-roles.sql).
 */
function replaceSql(version: number): string {
  const publicDefaults =
    version >= 150000 ? "ALTER SCHEMA public OWNER TO pg_database_owner; GRANT USAGE ON SCHEMA public TO PUBLIC;" : "GRANT USAGE, CREATE ON SCHEMA public TO PUBLIC;";
  return `DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; ${publicDefaults}`;
}

export async function restoreServer(url: string, file: string, options: RestoreOptions): Promise<RestoreResult> {
  const pgRestore = findPgTool("pg_restore");
  const psql = findPgTool("psql");
  const contents = await runPipeline([{ tool: "pg_restore", file: pgRestore, args: ["--list", file] }], {}).catch((e: Error) => {
    throw new BackupError(`${file} is not a readable pg_dump archive (${e.message}).`);
  });
  if (!/ TABLE public _prisma_migrations /.test(contents))
    throw new BackupError(`${file} is a pg_dump archive without Masterplan Monitor's tables (no _prisma_migrations); nothing was restored.`);
  // The whole archive read once before anything changes: psql would commit what a truncated archive
  // yields up to a statement's end, so a damaged file has to be caught before the restore begins.
  await runPipeline([{ tool: "pg_restore", file: pgRestore, args: [`--file=${os.devNull}`, file] }], {}).catch((e: Error) => {
    throw new BackupError(`${file} is damaged (${e.message}); nothing was restored.`);
  });
  const state = await withClient(url, targetState);
  if (state.tables.length && !options.force)
    throw new BackupError(
      `The database ${state.database} is not empty (${state.tables.length} tables and sequences, e.g. ${state.tables.slice(0, 3).join(", ")}). ` +
        `Restore into a new database (createdb), or pass --force to replace everything in it.`,
    );
  if (state.sessions > 0)
    throw new BackupError(
      `${state.sessions} other connection(s) to the database ${state.database}: stop the app (every instance) and any ` +
        `\`npm run jobs\` before restoring, then start it again after.`,
    );
  const conn = libpqConnection(url);
  const replace = state.tables.length ? ["--command", replaceSql(state.version)] : [];
  const hint = (e: Error) => {
    if (/role "[^"]+" does not exist/.test(e.message))
      return new BackupError(`${e.message} — create the roles first (scripts/db-roles.sql, docs/operations.md); nothing was restored.`);
    if (/must be owner|permission denied|must be member/.test(e.message))
      return new BackupError(`${e.message} — restore as a superuser (e.g. postgres): the backup holds objects of several roles; nothing was restored.`);
    return e;
  };
  await runPipeline(
    [
      { tool: "pg_restore", file: pgRestore, args: ["--file=-", file] },
      {
        tool: "psql",
        file: psql,
        args: ["--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1", "--single-transaction", ...replace, "--file=-", `--dbname=${conn.url}`],
      },
    ],
    conn.env,
  ).catch((e: Error) => {
    throw hint(e);
  });
  const migrations = await withClient(url, recordedMigrations);
  const target = await connect({ engine: "server", url });
  try {
    const applied = options.migrate === false ? [] : await migrate(target);
    const pending = options.migrate === false ? await pendingFor(target) : [];
    return { describe: redactUrl(url), migrations: migrations.length, applied, pending, unknown: await unknownMigrations(migrations), replacedTo: null };
  } finally {
    await target.close();
  }
}
