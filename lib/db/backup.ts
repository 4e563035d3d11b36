// Backup and restore of the configured database (npm run db:backup / db:restore): a pg_dump archive
// (custom format) for a PostgreSQL server, PGlite's data-directory dump (tar.gz) for the embedded
// engine. A restore refuses the other engine's file (lib/db/backup-format.ts).
import { backupServer, restoreServer } from "./backup-pg";
import { backupEmbedded, restoreEmbedded } from "./backup-pglite";
import { checkFormat, formatOf, readHead, type BackupOptions, type BackupResult, type RestoreOptions, type RestoreResult, type ServerOrEmbedded } from "./backup-format";

export { BackupError, type BackupResult, type RestoreResult } from "./backup-format";

export async function backupDatabase(target: ServerOrEmbedded, file: string, options: BackupOptions = {}): Promise<BackupResult> {
  return target.engine === "server" ? backupServer(target.url, file, options) : backupEmbedded(target.dataDir, file, options);
}

export async function restoreDatabase(target: ServerOrEmbedded, file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  checkFormat(file, formatOf(await readHead(file)), target.engine);
  return target.engine === "server" ? restoreServer(target.url, file, options) : restoreEmbedded(target.dataDir, file, options);
}
