// npm run jobs -- list | run <name> [--dry-run]
// Shows the scheduled jobs and runs one by hand (e.g. from the system's cron when JOBS=off).
// Works on both engines: embedded on DATA_DIR (while the app is stopped), or DATABASE_URL.
import { runCli } from "../lib/cli";
import { appNow } from "../lib/dates";
import { connect } from "../lib/db/client";
import { pendingFor } from "../lib/db/status";
import { jobsCommand } from "../lib/jobs/cli";

runCli("jobs", async () => {
  const conn = await connect();
  try {
    const pending = await pendingFor(conn);
    if (pending.length) throw new Error(`run \`npm run db:migrate\` first (${pending.length} pending migration(s))`);
    // The app's clock: FIXED_NOW (demos, tests) pins "today" for a job run by hand as it does for the app.
    const { lines, exitCode } = await jobsCommand(conn.prisma, process.argv.slice(2), appNow());
    await new Promise<void>((resolve) => process.stdout.write(`${lines.join("\n")}\n`, () => resolve()));
    process.exitCode = exitCode;
  } finally {
    await conn.close();
  }
});
