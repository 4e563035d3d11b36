// npm run export -- <file.xlsx>
// Writes the whole masterplan in the import template's format (for scheduled transfers to other
// systems). Works on both engines: embedded on DATA_DIR (while the app is stopped), or the
// PostgreSQL server named by DATABASE_URL. Acts as the system; the export is audited.
import { runCli } from "../lib/cli";
import { connect } from "../lib/db/client";
import { pendingFor } from "../lib/db/status";
import { exportToFile, exportUsage } from "../lib/transfer/cli-export";

const NAME = "export";

runCli(NAME, async () => {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0]!.startsWith("-")) throw new Error(exportUsage(NAME));
  const conn = await connect();
  try {
    const pending = await pendingFor(conn);
    if (pending.length) throw new Error(`run \`npm run db:migrate\` first (${pending.length} pending migration(s))`);
    const result = await exportToFile(conn.prisma, args[0]!);
    const counts = Object.entries(result.counts).map(([k, n]) => `${k} ${n}`).join(", ");
    console.log(`wrote ${args[0]} (${result.bytes} bytes): ${counts}`);
  } finally {
    await conn.close();
  }
});
