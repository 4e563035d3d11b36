// npm run db:backup -- <file> [--force]
// Backs up the configured database: pg_dump's custom format for a PostgreSQL server (while the app
// runs), PGlite's data-directory dump (tar.gz) for the embedded engine (while the app is stopped).
import path from "node:path";
import { parseArgs } from "node:util";
import { runCli } from "../lib/cli";
import { backupDatabase } from "../lib/db/backup";
import { targetFromEnv } from "../lib/db/client";
import { env } from "../lib/env";

const USAGE = "usage: npm run db:backup -- <file> [--force]   (--force replaces an existing file)";

runCli("db:backup", async () => {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { force: { type: "boolean" } } });
  } catch {
    throw new Error(USAGE);
  }
  if (parsed.positionals.length !== 1) throw new Error(USAGE);
  const target = targetFromEnv();
  if (target.engine === "memory") throw new Error(USAGE);
  const r = await backupDatabase(target, parsed.positionals[0]!, { force: parsed.values.force });
  const kind = r.format === "pg-custom" ? "pg_dump custom format" : "PGlite data-directory dump";
  console.log(`backup: wrote ${r.file} (${r.bytes} bytes, ${kind}) from ${r.describe}; ${r.migrations} migration(s), the newest ${r.latest}`);
  if (target.engine === "embedded" && !env().authSecret)
    console.log(`backup: keep ${path.join(target.dataDir, "auth-secret")} safe as well (not in the backup): two-factor secrets are encrypted with it`);
});
