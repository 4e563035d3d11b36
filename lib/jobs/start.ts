// Starts the scheduled jobs with the server (instrumentation.ts): pg-boss on PostgreSQL, the
// in-process runner on the embedded database. JOBS=off leaves them to another process (or to
// `npm run jobs -- run <name>` from cron).
import { cityTimeZone } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { JOBS } from "./definitions";

export async function startJobs(): Promise<void> {
  if (process.env.JOBS === "off") {
    log.info("jobs: off (JOBS=off)");
    return;
  }
  const e = env();
  const timeZone = cityTimeZone();
  const database = await db();
  if (e.engine === "server" && e.databaseUrl) {
    const { startQueue } = await import("./queue");
    await startQueue(database, JOBS, { connectionString: e.databaseUrl, timeZone });
    log.info(`jobs: ${JOBS.length} scheduled on PostgreSQL (pg-boss), time zone ${timeZone}`);
  } else {
    const { startEmbeddedRunner } = await import("./embedded-runner");
    startEmbeddedRunner(database, JOBS, { timeZone });
    log.info(`jobs: ${JOBS.length} scheduled in-process (embedded database), time zone ${timeZone}`);
  }
}
