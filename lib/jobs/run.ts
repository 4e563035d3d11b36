// Runs one job once and records it: a real run leaves an audit event `job.run` (actor label
// "jobs", the summary and the duration) or, when it fails, `job.failed` with the error, so admins
// see failed jobs in the audit log. Dry runs and idle runs (nothing to do) leave nothing.
import { actorFields, toAuditJson } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { metrics } from "@/lib/metrics/registry";
import type { JobDefinition } from "./definitions";

/** `idle`: the job found nothing to do; such runs (the mail job, every minute) leave no audit event. */
export type JobOutcome = { name: string; ok: boolean; summary: string; ms: number; idle?: boolean };

export async function runJob(db: Db, job: JobDefinition, opts: { now: Date; dryRun?: boolean; trigger: string }): Promise<JobOutcome> {
  const started = performance.now();
  const dryRun = opts.dryRun ?? false;
  let outcome: JobOutcome;
  try {
    const result = await job.run({ db, now: opts.now, dryRun });
    const { summary, idle } = typeof result === "string" ? { summary: result, idle: false } : result;
    outcome = { name: job.name, ok: true, summary, ms: Math.round(performance.now() - started), idle };
  } catch (e) {
    outcome = { name: job.name, ok: false, summary: e instanceof Error ? e.message : String(e), ms: Math.round(performance.now() - started) };
    log.error("job failed", { job: job.name, trigger: opts.trigger, error: outcome.summary });
  }
  if (!dryRun) metrics().jobRuns.inc({ job: job.name, outcome: outcome.ok ? "ok" : "failed" });
  if (!dryRun && !outcome.idle) {
    await db.auditEvent.create({
      data: {
        ...actorFields(null, "jobs"),
        action: outcome.ok ? "job.run" : "job.failed",
        entityType: "Job",
        entityId: job.name,
        after: toAuditJson({ summary: outcome.summary, ms: outcome.ms, trigger: opts.trigger, at: opts.now.toISOString() }),
      },
    });
  }
  return outcome;
}
