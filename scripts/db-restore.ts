// npm run db:restore -- <file> [--force] [--no-migrate]
// Restores a backup made by `npm run db:backup` into the configured database (DATABASE_URL, or the
// embedded one in DATA_DIR), then applies the migrations the backup is missing. Refuses a database
// that holds data unless --force, and a backup of the other engine. Stop the app first.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCli } from "../lib/cli";
import { restoreDatabase } from "../lib/db/backup";
import { targetFromEnv } from "../lib/db/client";
import { env } from "../lib/env";

const USAGE =
  "usage: npm run db:restore -- <file> [--force] [--no-migrate]   (--force replaces the data in the database; " +
  "--no-migrate leaves pending migrations for `npm run db:migrate`)";

runCli("db:restore", async () => {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { force: { type: "boolean" }, "no-migrate": { type: "boolean" } },
    });
  } catch {
    throw new Error(USAGE);
  }
  if (parsed.positionals.length !== 1) throw new Error(USAGE);
  const target = targetFromEnv();
  if (target.engine === "memory") throw new Error(USAGE);
  const file = parsed.positionals[0]!;
  const r = await restoreDatabase(target, file, { force: parsed.values.force, migrate: !parsed.values["no-migrate"] });
  console.log(`restore: restored ${file} into ${r.describe} (${r.migrations} migration(s) in the backup)`);
  if (r.replacedTo) console.log(`restore: the database that was there is kept in ${r.replacedTo}; delete it once the restored one is right`);
  if (r.applied.length) console.log(`restore: applied ${r.applied.length} pending migration(s): ${r.applied.join(", ")}`);
  if (r.pending.length) console.log(`restore: ${r.pending.length} migration(s) pending (${r.pending.join(", ")}): run \`npm run db:migrate\` before starting the app`);
  if (target.engine === "embedded" && !env().authSecret && !fs.existsSync(path.join(target.dataDir, "auth-secret")))
    console.log(
      `restore: note: copy the file auth-secret from the old DATA_DIR into ${target.dataDir} (or set AUTH_SECRET as before): ` +
        `two-factor secrets are encrypted with it, and without it everyone has to sign in again`,
    );
  if (r.unknown.length) {
    console.error(
      `restore: warning: the backup was made by a newer version (migrations unknown here: ${r.unknown.join(", ")}); ` +
        `run that version of the app on it, or restore an older backup`,
    );
    process.exitCode = 1;
  }
});
