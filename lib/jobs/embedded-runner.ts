// The embedded database's runner: the same jobs, in-process, on the same schedule. One timer per
// job, set to its next run (city time) and set again after each run; timers never keep the
// process alive. There is one process per embedded database (PGlite is single-writer), so "once per
// period" holds without a queue.
import type { Db } from "@/lib/db/client";
import { registerMetricsSource } from "@/lib/metrics/registry";
import type { JobDefinition } from "./definitions";
import { runJob, type JobOutcome } from "./run";
import { nextRun } from "./schedule";

export type Clock = { now: () => Date; setTimer: (fn: () => void, ms: number) => unknown; clearTimer: (t: unknown) => void };

const realClock: Clock = {
  now: () => new Date(),
  setTimer: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref();
    return t;
  },
  clearTimer: (t) => clearTimeout(t as NodeJS.Timeout),
};

/** setTimeout takes at most 2^31-1 ms (24.8 days); a later run is reached in steps. */
const MAX_DELAY = 2 ** 31 - 1;

export function startEmbeddedRunner(
  db: Db,
  jobs: readonly JobDefinition[],
  opts: { timeZone: string; clock?: Clock; onRun?: (o: JobOutcome) => void },
): () => void {
  const clock = opts.clock ?? realClock;
  const timers = new Map<string, unknown>();
  let stopped = false;
  // No queue here: the metrics' queue depth is the jobs running (0 or 1 each).
  const running = new Map<string, number>(jobs.map((j) => [j.name, 0]));
  registerMetricsSource("queueDepth", async () => Object.fromEntries(running));
  const plan = (job: JobDefinition) => {
    if (stopped) return;
    const at = nextRun(job.cron, clock.now(), opts.timeZone);
    const wait = () => {
      const delay = at.getTime() - clock.now().getTime();
      if (delay > MAX_DELAY) return timers.set(job.name, clock.setTimer(wait, MAX_DELAY));
      timers.set(
        job.name,
        clock.setTimer(async () => {
          running.set(job.name, (running.get(job.name) ?? 0) + 1);
          const outcome = await runJob(db, job, { now: at, trigger: "schedule" }).finally(() => running.set(job.name, (running.get(job.name) ?? 1) - 1));
          opts.onRun?.(outcome);
          plan(job);
        }, Math.max(0, delay)),
      );
    };
    wait();
  };
  for (const job of jobs) if (job.scheduled !== false) plan(job);
  return () => {
    stopped = true;
    for (const t of timers.values()) clock.clearTimer(t);
  };
}
