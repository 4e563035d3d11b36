// For tests, end-to-end specs and the bench that start a server process themselves: a free port
// to give it, and waiting until it answers. The wait fails at once, with the server's output, when
// the process ends before it answers (a port in use, a failed migration), instead of polling on
// until the time is up.
import type { ChildProcess } from "node:child_process";
import net from "node:net";

/** A port of 127.0.0.1 nobody listens on right now (the kernel's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export type WaitForServerOptions = {
  /** The server's process: if it ends before `url` answers, the wait fails at once. */
  process?: Pick<ChildProcess, "exitCode" | "signalCode">;
  /** The server's output so far, quoted in the error. */
  output?: () => string;
  /** Whether an answer's status means ready; default any 2xx. */
  ready?: (status: number) => boolean;
  /** Default 120 s (the first start of a production build prepares the database and the demo). */
  timeoutMs?: number;
  /** Pause between attempts; default 300 ms. */
  intervalMs?: number;
  /** Asked before each attempt; throws to give up (the bench: the server began building). */
  check?: () => void | Promise<void>;
};

/** Resolves once GET `url` answers with a ready status. */
export async function waitForServer(url: string, o: WaitForServerOptions = {}): Promise<void> {
  const { timeoutMs = 120_000, intervalMs = 300, ready = (status) => status >= 200 && status < 300 } = o;
  const deadline = Date.now() + timeoutMs;
  const said = () => (o.output ? `\n--- server output ---\n${o.output().slice(-6000)}` : "");
  let last = "no answer";
  for (;;) {
    const p = o.process;
    if (p && (p.exitCode !== null || p.signalCode !== null)) throw new Error(`the server ended (${p.exitCode ?? p.signalCode}) before ${url} answered${said()}`);
    await o.check?.();
    const status = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(Math.min(10_000, timeoutMs)) }).then(
      async (r) => {
        await r.body?.cancel();
        return r.status;
      },
      (e: unknown) => {
        last = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
        return null;
      },
    );
    if (status !== null && ready(status)) return;
    if (status !== null) last = `status ${status}`;
    if (Date.now() > deadline) throw new Error(`${url} was not ready within ${timeoutMs / 1000} s (last: ${last})${said()}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
