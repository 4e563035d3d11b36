// npm run import -- <file.xlsx|file.csv> --as <e-mail> [--dry-run]
// Imports a workbook or one sheet's CSV the way the upload page does (same checks, same audit, the
// named user as the actor), for scheduled transfers from other systems. Prints the changed and the
// failed rows and `created N, updated N, unchanged N, errors N`; exits 1 when any row has an error.
// Works on both engines: embedded on DATA_DIR (while the app is stopped), or DATABASE_URL.
import { runCli } from "../lib/cli";
import { connect } from "../lib/db/client";
import { pendingFor } from "../lib/db/status";
import { importFromFile, parseImportArgs, reportLines } from "../lib/transfer/cli-import";

const NAME = "import";

runCli(NAME, async () => {
  const args = parseImportArgs(process.argv.slice(2), NAME);
  const conn = await connect();
  try {
    const pending = await pendingFor(conn);
    if (pending.length) throw new Error(`run \`npm run db:migrate\` first (${pending.length} pending migration(s))`);
    const { report, exitCode } = await importFromFile(conn.prisma, args);
    // One write, awaited: runCli ends with process.exit, which would cut off output still queued for a pipe.
    await new Promise<void>((resolve) => process.stdout.write(`${reportLines(report).join("\n")}\n`, () => resolve()));
    process.exitCode = exitCode;
  } finally {
    await conn.close();
  }
});
