// `npm run jobs -- list | run <name> [--dry-run]` below scripts/jobs.ts, testable in-process.
// `list` shows each job with its schedule and next run; `run` runs one now, in this process,
// on whichever engine the environment names (embedded: while the app is stopped).
import { cityTimeZone } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { JOBS, jobByName } from "./definitions";
import { runJob } from "./run";
import { nextRun } from "./schedule";

export const JOBS_USAGE = "usage: npm run jobs -- list | run <name> [--dry-run]";

export async function jobsCommand(db: Db, argv: string[], now: Date, timeZone = cityTimeZone()): Promise<{ lines: string[]; exitCode: number }> {
  const [command, name, ...rest] = argv;
  if (command === "list" && !name) {
    return {
      lines: JOBS.map((j) =>
        `${j.name.padEnd(24)} ${j.cron.padEnd(14)} ${j.scheduled === false ? "by hand only" : `next ${nextRun(j.cron, now, timeZone).toISOString()} (${timeZone})`}  ${j.description}`,
      ),
      exitCode: 0,
    };
  }
  const dryRun = rest.length === 1 && rest[0] === "--dry-run";
  if (command !== "run" || !name || (rest.length && !dryRun)) throw new Error(JOBS_USAGE);
  const job = jobByName(name);
  if (!job) throw new Error(`no job named ${name}; jobs: ${JOBS.map((j) => j.name).join(", ")}`);
  const outcome = await runJob(db, job, { now, dryRun, trigger: "cli" });
  return { lines: [`${job.name}: ${outcome.ok ? "" : "FAILED: "}${outcome.summary}${dryRun ? " (dry run)" : ""} in ${outcome.ms} ms`], exitCode: outcome.ok ? 0 : 1 };
}
