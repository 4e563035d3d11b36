// What the app does with its database on start. Shared by the server (instrumentation.ts)
// and `npm start`'s checks, so both behave the same.
import { describeStartupError } from "@/lib/cli";
import { env } from "@/lib/env";
import { onShutdown } from "@/lib/server/shutdown";
import { sharedConnection } from "./client";
import { isEmpty, migrate, pendingFor, PendingMigrationsError } from "./status";

export async function prepareDatabase(): Promise<void> {
  const e = env();
  const conn = await sharedConnection();
  if (e.engine === "embedded") {
    const applied = await migrate(conn);
    if (applied.length) log(`applied ${applied.length} migration(s): ${applied.join(", ")}`);
    if (e.seedDemoOnEmpty && (await isEmpty(conn.prisma))) {
      const { DEMO_PASSWORD, seedDemo } = await import("@/prisma/seed/demo");
      const result = await seedDemo(conn.prisma, { password: e.demoMode ? DEMO_PASSWORD : null });
      log(`empty database: loaded the demo data (${result.initiatives} initiatives, ${result.users} users)`);
    }
  } else {
    const pending = await pendingFor(conn);
    if (pending.length) throw new PendingMigrationsError(pending);
  }
  if (e.fixedNow) log(`FIXED_NOW pins the app's clock to ${e.fixedNow.toISOString()} (tests and demonstrations only)`);
  log(`database ready (${conn.database.describe})`);
  // Closed cleanly on SIGTERM/SIGINT, after the requests in flight (lib/server/shutdown.ts), so
  // the embedded data directory is never left mid-write.
  onShutdown("database", conn.close);
}

/** For the server: on failure, one line on stderr and exit code 1 (no stack trace unless DEBUG). */
export async function prepareDatabaseOrExit(): Promise<void> {
  try {
    await prepareDatabase();
  } catch (e) {
    console.error(`Masterplan Monitor cannot start: ${describeStartupError(e)}`);
    if (process.env.DEBUG) console.error(e);
    process.exit(1);
  }
}

function log(msg: string) {
  console.log(JSON.stringify({ level: "info", at: new Date().toISOString(), msg: `startup: ${msg}` }));
}
