// The reminder benchmark (issue 13): the real reminder run (notifications and digests, mails to the
// outbox as without SMTP_URL) on each bench database, in-process through a counting Prisma client,
// with wall time and SQL queries:
//   1. "today": the first run of the day with the default rules (14 days due-soon, 90 days stale);
//   2. "rerun": the same day again (nothing new to send);
//   3. "worst case": the next day with every open milestone due (due-soon window 10 years) and every
//      initiative stale (1 day) — the most items the data can give.
// The query count depends on the number of recipients, never on initiatives or items: at most
// QUERY_BOUND.fixed + QUERY_BOUND.perRecipient × recipients (a recipient with nothing new, changed
// or resolved needs fewer), else EXCEEDS. Target: the large data set in under 30 s.
import { openDatabase } from "@/lib/db/adapter";
import { countingClient, countQueries } from "@/lib/db/query-counter";
import { runReminders, type ReminderOptions } from "@/lib/notifications/digest";
import type { BenchDatabase } from "./databases";

export const REMINDERS_TARGET_MS = 30_000;
/**
 * Fixed: the due items (3), addressing (5: Prisma reads the leads and their users in two), users,
 * preferences, deactivated (3), resolving for everyone else (1). Per recipient: own rows, create, update, resolve, the
 * digest's check and insert, the "sent" marks, COMMIT.
 */
export const QUERY_BOUND = { fixed: 12, perRecipient: 8 };
const DAY_MS = 86_400_000;

type Row = { size: string; scenario: string; recipients: number; items: number; digests: number; ms: number; queries: number; failed: number };

async function measure(db: BenchDatabase, now: Date): Promise<Row[]> {
  const database = await openDatabase({ engine: "server", url: db.url });
  const prisma = countingClient(database.factory);
  try {
    await prisma.$queryRaw`SELECT 1`; // connect first: the pool's start is not the run's cost
    const base: ReminderOptions = { now, staleAfterDays: 90, appUrl: "http://localhost:3000", smtp: false };
    const scenarios: [string, ReminderOptions][] = [
      ["today", base],
      ["rerun", { ...base, now: new Date(now.getTime() + 60_000) }],
      ["worst case", { ...base, now: new Date(now.getTime() + DAY_MS), staleAfterDays: 1, dueSoonDays: 3650 }],
    ];
    const rows: Row[] = [];
    for (const [scenario, opts] of scenarios) {
      const started = performance.now();
      const { result: r, count } = await countQueries(prisma, () => runReminders(prisma, opts));
      rows.push({ size: db.size, scenario, recipients: r.recipients, items: r.items, digests: r.digestsQueued, ms: performance.now() - started, queries: count, failed: r.failed.length });
    }
    return rows;
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

export async function benchReminders(databases: BenchDatabase[], now = new Date()): Promise<void> {
  console.log(`\n== reminders: the real run (mails to the outbox), target < ${REMINDERS_TARGET_MS / 1000} s`);
  console.log(`${"size".padEnd(8)}${"run".padEnd(12)}${"recipients".padStart(11)}${"items".padStart(8)}${"digests".padStart(9)}${"seconds".padStart(9)}${"queries".padStart(9)}${"q/recip.".padStart(10)}  result`);
  const all: Row[] = [];
  for (const db of databases) {
    for (const r of await measure(db, now)) {
      all.push(r);
      const verdict = r.failed > 0 ? `MISSED (${r.failed} recipients failed)` : r.ms <= REMINDERS_TARGET_MS ? "met" : "MISSED";
      const perRecipient = r.recipients ? (r.queries / r.recipients).toFixed(2) : "–";
      console.log(
        `${r.size.padEnd(8)}${r.scenario.padEnd(12)}${String(r.recipients).padStart(11)}${String(r.items).padStart(8)}${String(r.digests).padStart(9)}` +
          `${(r.ms / 1000).toFixed(1).padStart(9)}${String(r.queries).padStart(9)}${perRecipient.padStart(10)}  ${verdict}`,
      );
    }
  }
  const exceeding = all.filter((r) => r.queries > QUERY_BOUND.fixed + QUERY_BOUND.perRecipient * r.recipients);
  console.log(
    `queries: at most ${QUERY_BOUND.fixed} + ${QUERY_BOUND.perRecipient} per recipient, whatever the number of initiatives and items — ` +
      (exceeding.length ? `EXCEEDS in ${exceeding.map((r) => `${r.size} ${r.scenario}`).join(", ")}` : "within at every size"),
  );
}
