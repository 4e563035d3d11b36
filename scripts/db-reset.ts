// npm run db:reset: drops everything in the configured database, re-applies all migrations and
// loads the demo data. Asks for confirmation against a PostgreSQL server unless --yes is given.
import readline from "node:readline/promises";
import { runCli } from "../lib/cli";
import { connect } from "../lib/db/client";
import { migrate } from "../lib/db/status";
import { env } from "../lib/env";
import { DEMO_PASSWORD, seedDemo } from "../prisma/seed/demo";

runCli("db:reset", async () => {
  const e = env();
  if (e.engine === "server" && !process.argv.includes("--yes")) {
    if (!process.stdin.isTTY) throw new Error("refusing to reset a PostgreSQL server without --yes");
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question("This deletes ALL data in the database named by DATABASE_URL. Type 'reset' to continue: ");
    rl.close();
    if (answer.trim() !== "reset") throw new Error("aborted");
  }
  const conn = await connect();
  try {
    await conn.prisma.$executeRaw`DROP SCHEMA public CASCADE`;
    await conn.prisma.$executeRaw`CREATE SCHEMA public`;
    const applied = await migrate(conn);
    const result = await seedDemo(conn.prisma, { password: e.demoMode ? DEMO_PASSWORD : null });
    console.log(`reset: applied ${applied.length} migration(s), seeded ${result.initiatives} initiatives`);
  } finally {
    await conn.close();
  }
});
