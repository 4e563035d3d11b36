// Starts the scheduled jobs with the server (instrumentation.ts): pg-boss on PostgreSQL, the
// in-process runner on the embedded database. JOBS=off leaves them to another process (or to
// `npm run jobs -- run <name>` from cron).
import { appNow, cityTimeZone } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { onShutdown } from "@/lib/server/shutdown";
import { JOBS, jobByName } from "./definitions";
import { runJob } from "./run";

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
    const queue = await startQueue(database, JOBS, { connectionString: e.databaseUrl, timeZone });
    // A job running at shutdown finishes first (pg-boss's graceful stop), before the database closes.
    onShutdown("jobs", queue.stop);
    log.info(`jobs: ${JOBS.length} scheduled on PostgreSQL (pg-boss), time zone ${timeZone}`);
  } else {
    const { startEmbeddedRunner } = await import("./embedded-runner");
    const stop = startEmbeddedRunner(database, JOBS, { timeZone });
    onShutdown("jobs", async () => stop());
    log.info(`jobs: ${JOBS.length} scheduled in-process (embedded database), time zone ${timeZone}`);
  }
}

/**
 * Demo mode: the reminders run once right after the start (at the app's clock, FIXED_NOW when set),
 * so a first visitor finds notifications in the bell and the first digests in the outbox instead of
 * waiting for NOTIFY_HOUR. Once per city day: a restart the same day changes nothing (the run is
 * idempotent per day). Never blocks the start; a failure is logged and audited like any run.
 */
export function runRemindersOnDemoStart(): void {
  if (process.env.JOBS === "off" || !env().demoMode) return;
  const job = jobByName("reminders");
  if (!job) return;
  void (async () => {
    const outcome = await runJob(await db(), job, { now: appNow(), trigger: "demo-start" });
    log.info(`jobs: reminders at start (demo mode): ${outcome.summary.split("\n")[0]}`);
  })().catch((e: unknown) => log.error("jobs: reminders at start failed", { error: e instanceof Error ? e.message : String(e) }));
}
