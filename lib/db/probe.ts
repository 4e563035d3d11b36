// `npm start`'s first check with PostgreSQL: can the server be reached at all? Answers before the
// (slow) build, in one line, with where it tried (issue 14, item 8).
import pg from "pg";

export async function probeDatabase(url: string, timeoutMs = 5_000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    await client.end().catch(() => {});
  }
}
