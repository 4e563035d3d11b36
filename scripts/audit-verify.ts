// npm run audit:verify — checks the audit log's hash chain and names the first broken link.
// Exit 0 when intact, 1 when not. Prints the head (position and hash): keep that line outside the
// database (e.g. in the operations log) to detect a rewrite of the whole chain later.
import { runCli } from "../lib/cli";
import { connect } from "../lib/db/client";
import { verifyAuditChain } from "../lib/audit/verify";

runCli("audit:verify", async () => {
  const conn = await connect();
  try {
    const r = await verifyAuditChain(conn.prisma);
    if (r.ok) console.log(`audit chain intact: ${r.checked} events; head ${r.head.seq} ${r.head.hash}`);
    else {
      const b = r.firstBreak!;
      console.log(`audit chain BROKEN at position ${b.position}${b.eventId ? ` (event ${b.eventId})` : ""}: ${b.problem}; ${r.checked} events intact before it`);
      process.exitCode = 1;
    }
  } finally {
    await conn.close();
  }
});
