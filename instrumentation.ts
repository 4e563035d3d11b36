// Runs once when the server starts (Node.js runtime only): prepares the database before the
// first request, or stops the process with one clear line; then starts the scheduled jobs. Also logs unexpected request errors
// with the request id that the user sees as reference.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabaseOrExit } = await import("./lib/db/startup");
  await prepareDatabaseOrExit();
  // Scheduled jobs (housekeeping, reminders, mail): pg-boss on PostgreSQL, in-process when embedded.
  const { runRemindersOnDemoStart, startJobs } = await import("./lib/jobs/start");
  await startJobs().catch(async (e: unknown) => {
    const { log } = await import("./lib/log");
    log.error("jobs: could not start", { error: e instanceof Error ? e.message : String(e) });
  });
  runRemindersOnDemoStart();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  // A page's own query that found the database down marks the outage too (the server then answers
  // 503); one short line per request, not an error with the driver's dump.
  const { noteIfDatabaseUnavailable } = await import("./lib/db/outage");
  if (noteIfDatabaseUnavailable(error)) {
    log.warn("request failed: database unavailable", { requestId: headers["x-request-id"], path: request.path, method: request.method, route: context.routePath });
    return;
  }
  log.error("request failed", {
    requestId: headers["x-request-id"],
    digest: (error as { digest?: string }).digest,
    path: request.path,
    method: request.method,
    route: context.routePath,
    error: error instanceof Error ? error.message : String(error),
  });
};
