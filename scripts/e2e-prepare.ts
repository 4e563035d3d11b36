// Prepares the end-to-end database before the server starts (playwright.config.ts runs it ahead
// of scripts/start.ts with the same environment): migrates, loads the demo data exactly as the
// server would on an empty database, then plants the leak markers (prisma/seed/leak-markers.ts)
// that e2e/public-leak.spec.ts looks for. Running it again on a prepared directory changes nothing.
import { runCli } from "../lib/cli";
import { connect } from "../lib/db/client";
import { isEmpty, migrate } from "../lib/db/status";
import { env } from "../lib/env";
import { DEMO_PASSWORD, seedDemo } from "../prisma/seed/demo";
import { seedLeakMarkers } from "../prisma/seed/leak-markers";

runCli("e2e:prepare", async () => {
  const e = env();
  if (e.engine !== "embedded") throw new Error("e2e:prepare is for the embedded test database only; unset DATABASE_URL");
  const conn = await connect();
  try {
    const applied = await migrate(conn);
    console.log(`e2e: ${applied.length} migration(s) applied in ${e.dataDir}`);
    if (await isEmpty(conn.prisma)) {
      const result = await seedDemo(conn.prisma, { password: e.demoMode ? DEMO_PASSWORD : null });
      console.log(`e2e: demo data loaded (${result.initiatives} initiatives, ${result.users} users)`);
    }
    const leaks = await seedLeakMarkers(conn.prisma);
    console.log(leaks ? `e2e: leak markers planted (public host ${leaks.hostSlug})` : "e2e: leak markers already present");
  } finally {
    // The server opens the same data directory next; it must be closed cleanly first.
    await conn.close();
  }
});
