// npm run db:migrate: applies pending migrations to the configured database (PGlite or PostgreSQL).
import { runCli } from "../lib/cli";
import { connect } from "../lib/db/client";
import { migrate } from "../lib/db/status";

runCli("db:migrate", async () => {
  const conn = await connect();
  try {
    const applied = await migrate(conn);
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
  } finally {
    await conn.close();
  }
});
