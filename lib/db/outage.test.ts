// Which failures mean "the database cannot be reached now", with the errors the real stack throws:
// Prisma through @prisma/adapter-pg against a port nothing listens on, and (on PostgreSQL, with
// TEST_DATABASE_URL) a session the server terminates as it does when it shuts down (57P01).
import { afterAll, describe, expect, it } from "vitest";
import { AppError, fromPrismaError } from "@/lib/errors/app-error";
import { connect, type Connection } from "./client";
import { isDatabaseDown, isDatabaseUnavailable, noteDatabaseAvailable } from "./outage";
import { useTestDatabase } from "@/tests/db";

const opened: Connection[] = [];
afterAll(async () => {
  for (const c of opened) await c.close();
});

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  throw new Error("expected a failure");
}

describe("isDatabaseUnavailable", () => {
  it("recognises a server nobody answers on, for queries and for transactions", async () => {
    // Port 9 (discard) on this machine: connection refused.
    const conn = await connect({ engine: "server", url: "postgresql://postgres@127.0.0.1:9/none" });
    opened.push(conn);
    const query = await failure(() => conn.prisma.user.count());
    const transaction = await failure(() => conn.prisma.$transaction(async (tx) => tx.user.count()));
    const raw = await failure(() => conn.prisma.$queryRaw`SELECT 1`);
    for (const e of [query, transaction, raw]) expect(isDatabaseUnavailable(e)).toBe(true);
  });

  it.runIf(!!process.env.TEST_DATABASE_URL)("recognises a session the server terminates (57P01); the pool replaces it by itself; a constraint violation is no outage", async () => {
    const database = await useTestDatabase();
    const terminated = await failure(() => database.prisma.$transaction(async (tx) => tx.$queryRaw`SELECT pg_terminate_backend(pg_backend_pid())`));
    expect(isDatabaseUnavailable(terminated)).toBe(true);
    expect(await database.prisma.department.count()).toBe(0);
    await database.prisma.department.create({ data: { code: "OUT", name: "Outage" } });
    const duplicate = await failure(() => database.prisma.department.create({ data: { code: "OUT", name: "Outage" } }));
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(fromPrismaError(duplicate)?.code).toBe("CONFLICT");
  });

  it("is false for errors that are not about reaching the database", () => {
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(new AppError("VALIDATION", "bad"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe("fromPrismaError", () => {
  it("maps an unreachable database to UNAVAILABLE (503) and notes the outage until the database answers", async () => {
    const conn = await connect({ engine: "server", url: "postgresql://postgres@127.0.0.1:9/none" });
    opened.push(conn);
    const mapped = fromPrismaError(await failure(() => conn.prisma.user.count()));
    expect(mapped?.code).toBe("UNAVAILABLE");
    expect((mapped as AppError & { digest?: string }).digest).toBe("MM_UNAVAILABLE");
    expect(isDatabaseDown()).toBe(true);
    noteDatabaseAvailable();
    expect(isDatabaseDown()).toBe(false);
  });
});
