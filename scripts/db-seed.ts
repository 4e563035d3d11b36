// npm run db:seed: loads the Duisburg demo data into an empty, migrated database.
// Demo users get the shared demo password only when DEMO_MODE is on; otherwise they have no
// password at all (production never gets users with known passwords).
import { runCli } from "../lib/cli";
import { connect } from "../lib/db/client";
import { isEmpty, pendingFor } from "../lib/db/status";
import { env } from "../lib/env";
import { DEMO_PASSWORD, seedDemo } from "../prisma/seed/demo";

runCli("db:seed", async () => {
  const conn = await connect();
  try {
    const pending = await pendingFor(conn);
    if (pending.length) throw new Error(`run \`npm run db:migrate\` first (${pending.length} pending migration(s))`);
    if (!(await isEmpty(conn.prisma))) {
      console.log("database already holds a masterplan; nothing seeded (use `npm run db:reset` to start over)");
      return;
    }
    const demo = env().demoMode;
    const result = await seedDemo(conn.prisma, { password: demo ? DEMO_PASSWORD : null });
    console.log(`seeded demo data: ${result.initiatives} initiatives, ${result.users} users${demo ? "" : " (without passwords: DEMO_MODE is off)"}`);
  } finally {
    await conn.close();
  }
});
