// Runs once when the server starts (Node.js runtime only): prepares the database before the
// first request, or stops the process with one clear line.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabaseOrExit } = await import("./lib/db/startup");
  await prepareDatabaseOrExit();
}
