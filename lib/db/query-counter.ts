// Counts the SQL statements a PrismaClient sends while an async function runs, so benchmarks and
// tests can show that a page's number of queries does not grow with the amount of data.
// Prisma only reports queries for clients created with query events on, hence `countingClient`.
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";

type Listener = (query: string) => void;

/** The listeners of each counting client; Prisma offers no way to remove a `$on` handler, so we keep one per client. */
const listeners = new WeakMap<PrismaClient, Set<Listener>>();

/** A PrismaClient over `adapter` that reports every SQL statement it sends (and nothing else: no console output). */
export function countingClient(adapter: SqlDriverAdapterFactory): PrismaClient {
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const set = new Set<Listener>();
  prisma.$on("query", (e) => {
    for (const listener of set) listener(e.query);
  });
  listeners.set(prisma, set);
  return prisma;
}

export type Counted<T> = { result: T; count: number; queries: string[] };

/**
 * Runs `fn` and returns its result with the SQL statements `prisma` sent meanwhile. Statements
 * from other work running concurrently on the same client are counted too, so measure alone.
 * Interactive and batch transactions also report their COMMIT (Prisma does not report BEGIN).
 */
export async function countQueries<T>(prisma: PrismaClient, fn: () => Promise<T>): Promise<Counted<T>> {
  const set = listeners.get(prisma);
  if (!set) throw new Error("countQueries needs a client made by countingClient(); other clients do not report their queries");
  const queries: string[] = [];
  const listener: Listener = (q) => queries.push(q);
  set.add(listener);
  try {
    const result = await fn();
    return { result, count: queries.length, queries };
  } finally {
    set.delete(listener);
  }
}
