// Ending the process on SIGTERM (every deploy) or SIGINT without cutting anyone off. The app's
// server (lib/server/serve.ts) coordinates: it stops accepting connections at once, reports "not
// ready" (/api/health/ready answers 503, so the load balancer sends new visitors elsewhere), lets
// the requests in flight finish for up to SHUTDOWN_GRACE_SECONDS, and only then runs the steps
// registered here (closing the database, stopping the jobs), newest first, and exits 0.
//
// Without the coordinating server (plain `next start`, a CLI), the first registration installs a
// plain handler: run the steps, exit 0. The state lives on globalThis: Next bundles the
// instrumentation (which registers the database) apart from this server's own module.
type Step = { name: string; run: () => Promise<void> };
type State = { coordinated: boolean; shuttingDown: boolean; steps: Step[]; plainHandler: boolean };

const KEY = Symbol.for("masterplan-monitor.shutdown");
const slot = globalThis as unknown as Record<symbol, State | undefined>;

function state(): State {
  return (slot[KEY] ??= { coordinated: false, shuttingDown: false, steps: [], plainHandler: false });
}

export const SIGNALS = ["SIGTERM", "SIGINT"] as const;

/** Whether the process is on its way out (the readiness check reports it). */
export function isShuttingDown(): boolean {
  return state().shuttingDown;
}

/** Runs every registered step, newest first; a failing step is logged and does not stop the others. */
export async function runShutdownSteps(): Promise<void> {
  const s = state();
  const steps = s.steps.splice(0).reverse();
  for (const step of steps) {
    try {
      await step.run();
    } catch (e) {
      const { log } = await import("@/lib/log");
      log.error("shutdown step failed", { step: step.name, error: e instanceof Error ? e.message : String(e) });
    }
  }
}

/** Registers a step to run once the server has drained (or at once, without a coordinating server). */
export function onShutdown(name: string, run: () => Promise<void>): void {
  const s = state();
  if (s.steps.some((step) => step.name === name)) return;
  s.steps.push({ name, run });
  if (s.coordinated || s.plainHandler) return;
  s.plainHandler = true;
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      s.shuttingDown = true;
      void runShutdownSteps().finally(() => process.exit(0));
    });
  }
}

/**
 * Makes the caller (the app's server) the one that ends the process: on a signal it calls
 * `drain`, then the steps, then `exit(0)`. Returns the function that does so (tests call it, with
 * `signals: false` and their own `exit`).
 */
export function coordinateShutdown(
  drain: () => Promise<void>,
  { exit = (code) => process.exit(code), signals = true }: { exit?: (code: number) => void; signals?: boolean } = {},
): () => Promise<void> {
  const s = state();
  s.coordinated = true;
  let running: Promise<void> | undefined;
  const shutdown = () =>
    (running ??= (async () => {
      s.shuttingDown = true;
      await drain();
      await runShutdownSteps();
      const { log } = await import("@/lib/log");
      log.info("shutdown: done, exiting with 0");
      exit(0);
    })());
  if (signals) {
    for (const signal of SIGNALS) process.once(signal, () => void shutdown());
    watchParent(shutdown);
  }
  return shutdown;
}

/** Tests only: forget the state (registered steps, "shutting down"). */
export function resetShutdownForTests(): void {
  slot[KEY] = undefined;
}

/**
 * Shuts down when the process that started this one is gone (it is then adopted by another, and
 * its parent id changes). `npm start` runs the server through a shell: a SIGTERM to npm ends npm
 * and the shell but never reaches the server, which would stay behind as an orphan on the port.
 * (Where the server's parent is already init or none, as under systemd or as a container's first
 * process, the id never changes.) Portable, unlike `exec` in the npm script, which cmd.exe lacks.
 */
export function watchParent(shutdown: () => Promise<void>, everyMs = 500): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    void import("@/lib/log").then(({ log }) => log.info("shutdown: the parent process is gone", { parent }));
    void shutdown();
  }, everyMs);
  timer.unref();
}
