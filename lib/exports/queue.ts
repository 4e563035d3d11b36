// Who may export now, and who waits: a fixed number of places (EXPORT_WORKERS, one per worker
// thread) and a bounded line behind them (EXPORT_QUEUE_LENGTH). An export holds its place from the
// database read to the last byte rendered, so the memory a burst of exports takes is bounded too.
// Two kinds of waiting, in one line, first come first served:
// - a program (API token, curl, the bench) waits on its open request: `acquire` resolves when a
//   place is free;
// - a browser gets a ticket and the status page ("Ihr Export wartet, Position n"), which asks again
//   every few seconds with its ticket (`admit`). When a place frees up for a ticket, it is kept for
//   the ticket for TICKET_TTL_MS; a ticket not asked for within that time is given up (the
//   visitor has left), and so is its place.
// The line lives in this process: with several instances each has its own places and line (a
// ticket that reaches another instance is a newcomer there). Kept on globalThis like the pool.
import crypto from "node:crypto";

/** How often the status page asks again. */
export const POLL_SECONDS = 2;
/** A ticket not asked for within this time is given up (several missed polls). */
export const TICKET_TTL_MS = 15_000;

export type Release = () => void;
export type Admission =
  | { kind: "run"; release: Release }
  | { kind: "wait"; ticket: string; position: number }
  | { kind: "full" };

type Waiter = { ticket: string | null; grant: (() => void) | null; granted: boolean; seen: number };

export class ExportQueue {
  private running = 0;
  private line: Waiter[] = [];

  constructor(
    readonly places: number,
    readonly maxWaiting: number,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = TICKET_TTL_MS,
  ) {}

  /** Exports holding a place, and those waiting (tickets and open requests). */
  stats(): { running: number; waiting: number } {
    this.expire();
    return { running: this.running, waiting: this.line.filter((w) => !w.granted).length };
  }

  /**
   * A program's export: a place now or when one frees up; null when the line is full. A program
   * that hangs up (`signal` aborts) leaves the line, and its export is not made.
   */
  acquire(signal?: AbortSignal): Promise<Release> | null {
    this.expire();
    if (this.running < this.places && this.line.length === 0) return Promise.resolve(this.take());
    if (this.line.length >= this.maxWaiting) return null;
    return new Promise((resolve, reject) => {
      const leave = () => {
        const at = this.line.indexOf(waiter);
        if (at >= 0) this.line.splice(at, 1);
        reject(signal?.reason ?? new Error("aborted"));
      };
      const waiter: Waiter = {
        ticket: null,
        granted: false,
        seen: this.now(),
        grant: () => {
          signal?.removeEventListener("abort", leave);
          resolve(this.releaser());
        },
      };
      this.line.push(waiter);
      signal?.addEventListener("abort", leave, { once: true });
    });
  }

  /** A browser's export: runs now, or waits with a ticket (new, or the one it brought), or is refused. */
  admit(ticket?: string | null): Admission {
    this.expire();
    const mine = ticket ? this.line.find((w) => w.ticket === ticket) : undefined;
    if (mine) {
      if (mine.granted) {
        this.line.splice(this.line.indexOf(mine), 1);
        return { kind: "run", release: this.releaser() };
      }
      mine.seen = this.now();
      return { kind: "wait", ticket: mine.ticket!, position: this.positionOf(mine) };
    }
    if (this.running < this.places && this.line.length === 0) return { kind: "run", release: this.take() };
    if (this.line.length >= this.maxWaiting) return { kind: "full" };
    const waiter: Waiter = { ticket: crypto.randomUUID(), grant: null, granted: false, seen: this.now() };
    this.line.push(waiter);
    return { kind: "wait", ticket: waiter.ticket!, position: this.positionOf(waiter) };
  }

  private positionOf(w: Waiter): number {
    return this.line.filter((o) => !o.granted).indexOf(w) + 1;
  }

  private take(): Release {
    this.running++;
    return this.releaser();
  }

  /** A release that counts once, however often it is called. */
  private releaser(): Release {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running--;
      this.dispatch();
    };
  }

  /** Hands free places to the head of the line. */
  private dispatch(): void {
    for (const w of this.line) {
      if (this.running >= this.places) return;
      if (w.granted) continue;
      this.running++;
      if (w.grant) {
        this.line.splice(this.line.indexOf(w), 1);
        w.grant();
        this.dispatch();
        return;
      }
      // A ticket: its place is kept until it asks again (at most the TTL, see expire).
      w.granted = true;
      w.seen = this.now();
      setTimeout(() => this.expire(), this.ttlMs + 50).unref();
    }
  }

  /** Gives up tickets that were not asked for within the TTL (and a kept place with them). */
  private expire(): void {
    const limit = this.now() - this.ttlMs;
    const gone = this.line.filter((w) => w.ticket && w.seen < limit);
    if (gone.length === 0) return;
    this.line = this.line.filter((w) => !gone.includes(w));
    for (const w of gone) if (w.granted) this.running--;
    this.dispatch();
  }
}
