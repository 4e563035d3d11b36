// The export line on its own (a clock the test moves): places, first come first served for
// programs and browsers alike, positions, tickets kept and given up, and the bound.
import { describe, expect, it } from "vitest";
import { ExportQueue, TICKET_TTL_MS, type Admission, type Release } from "./queue";

function line(places: number, maxWaiting: number) {
  const clock = { t: 1_000_000 };
  return { queue: new ExportQueue(places, maxWaiting, () => clock.t), clock };
}
const run = (a: Admission): Release => {
  if (a.kind !== "run") throw new Error(`expected run, got ${a.kind}`);
  return a.release;
};
const wait = (a: Admission) => {
  if (a.kind !== "wait") throw new Error(`expected wait, got ${a.kind}`);
  return a;
};

describe("the export line", () => {
  it("lets as many exports run as there are places and makes programs wait in order", async () => {
    const { queue } = line(2, 5);
    const first = await queue.acquire()!;
    await queue.acquire()!;
    const order: string[] = [];
    void queue.acquire()!.then(() => order.push("third"));
    void queue.acquire()!.then(() => order.push("fourth"));
    expect(queue.stats()).toEqual({ running: 2, waiting: 2 });
    first();
    first(); // a second release of the same place counts once
    await Promise.resolve();
    expect(order).toEqual(["third"]);
    expect(queue.stats()).toEqual({ running: 2, waiting: 1 });
  });

  it("gives a browser a ticket with its position and the place when its turn comes", () => {
    const { queue } = line(1, 5);
    const busy = run(queue.admit());
    const a = wait(queue.admit());
    const b = wait(queue.admit());
    expect([a.position, b.position]).toEqual([1, 2]);
    expect(wait(queue.admit(b.ticket)).position).toBe(2);
    busy();
    // The place is kept for the first ticket: a newcomer and the second ticket wait.
    expect(wait(queue.admit()).position).toBe(2);
    expect(wait(queue.admit(b.ticket)).position).toBe(1);
    const mine = run(queue.admit(a.ticket));
    expect(queue.stats().running).toBe(1);
    mine();
    expect(run(queue.admit(b.ticket))).toBeTypeOf("function");
  });

  it("serves programs and browsers first come, first served", async () => {
    const { queue } = line(1, 5);
    const busy = run(queue.admit());
    let programRuns = false;
    const ticket = wait(queue.admit()).ticket;
    void queue.acquire()!.then(() => (programRuns = true));
    busy();
    await Promise.resolve();
    expect(programRuns).toBe(false);
    run(queue.admit(ticket))();
    await Promise.resolve();
    expect(programRuns).toBe(true);
  });

  it("gives up a ticket nobody asks for, and hands the place kept for it to the next", () => {
    const { queue, clock } = line(1, 5);
    const busy = run(queue.admit());
    const gone = wait(queue.admit());
    const next = wait(queue.admit());
    busy(); // the place is kept for the first ticket, whose visitor has left
    clock.t += TICKET_TTL_MS / 2;
    expect(wait(queue.admit(next.ticket)).position).toBe(1);
    clock.t += TICKET_TTL_MS / 2 + 1;
    run(queue.admit(next.ticket));
    // The given-up ticket is a newcomer now, behind the running export.
    expect(wait(queue.admit(gone.ticket)).ticket).not.toBe(gone.ticket);
  });

  it("lets a program that hangs up leave the line", async () => {
    const { queue } = line(1, 5);
    const busy = (await queue.acquire())!;
    const hangsUp = new AbortController();
    const gone = queue.acquire(hangsUp.signal)!;
    let nextRuns = false;
    void queue.acquire()!.then(() => (nextRuns = true));
    hangsUp.abort();
    await expect(gone).rejects.toBeDefined();
    expect(queue.stats()).toEqual({ running: 1, waiting: 1 });
    busy();
    await Promise.resolve();
    expect(nextRuns).toBe(true);
  });

  it("refuses when the line is full, for programs and browsers", () => {
    const { queue } = line(1, 1);
    run(queue.admit());
    wait(queue.admit());
    expect(queue.admit().kind).toBe("full");
    expect(queue.acquire()).toBeNull();
  });
});
