// The server's runner: jobs on PostgreSQL through pg-boss. Each job is a queue with a cron schedule
// (in the city's time zone); pg-boss's cron monitor creates one job per tick for all instances
// together, and one worker takes it, so with several app instances a job still runs once per
// period. Failed runs are retried by pg-boss with backoff and recorded by runJob.
import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { registerMetricsSource } from "@/lib/metrics/registry";
import type { JobDefinition } from "./definitions";
import { runJob } from "./run";

/** pg-boss keeps its tables in their own schema, apart from the app's migrations. */
export const QUEUE_SCHEMA = "pgboss";

export async function startQueue(db: Db, jobs: readonly JobDefinition[], opts: { connectionString: string; timeZone: string; schema?: string }) {
  const boss = new PgBoss({ connectionString: opts.connectionString, schema: opts.schema ?? QUEUE_SCHEMA, application_name: "masterplan-monitor-jobs" });
  boss.on("error", (error) => log.error("job queue error", { error: error.message }));
  await boss.start();
  for (const job of jobs.filter((j) => j.scheduled !== false)) {
    await boss.createQueue(job.name, { name: job.name, retryLimit: 3, retryBackoff: true });
    await boss.schedule(job.name, job.cron, {}, { tz: opts.timeZone });
    await boss.work(job.name, async ([j]) => {
      const outcome = await runJob(db, job, { now: new Date(), trigger: `queue:${j?.id ?? "?"}` });
      // Throwing lets pg-boss retry with backoff; the failure is already in the audit log.
      if (!outcome.ok) throw new Error(outcome.summary);
    });
  }
  // Jobs created or waiting for a retry, per queue, when Prometheus scrapes.
  const queues = jobs.filter((j) => j.scheduled !== false).map((j) => j.name);
  registerMetricsSource("queueDepth", async () => Object.fromEntries(await Promise.all(queues.map(async (q) => [q, await boss.getQueueSize(q)] as const))));
  return { boss, stop: () => boss.stop({ graceful: true, wait: true }) };
}
