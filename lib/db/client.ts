// The one Prisma client of the app. PGlite under DATA_DIR or PostgreSQL by DATABASE_URL;
// nothing outside lib/db knows which engine runs.
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { registerMetricsSource } from "@/lib/metrics/registry";
import { openDatabase, type DatabaseTarget, type OpenDatabase } from "./adapter";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type Connection = { prisma: PrismaClient; database: OpenDatabase; close: () => Promise<void> };

export function targetFromEnv(): DatabaseTarget {
  const e = env();
  return e.engine === "server" ? { engine: "server", url: e.databaseUrl! } : { engine: "embedded", dataDir: e.dataDir };
}

/**
 * The PostgreSQL server each client was opened on (see serverUrlOf). On globalThis: Next bundles
 * this module into each route on its own, and the shared connection is made by whichever came first.
 */
const URLS = Symbol.for("masterplan-monitor.database-server-urls");
const serverUrls = ((globalThis as unknown as Record<symbol, WeakMap<PrismaClient, string> | undefined>)[URLS] ??= new WeakMap());

/**
 * The server's URL when `db` talks to a PostgreSQL server, null for an embedded PGlite. Lets the
 * export workers (lib/exports/pool.ts) open their own connection to the same database; a PGlite
 * lives in one thread and cannot be shared.
 */
export function serverUrlOf(db: PrismaClient): string | null {
  return serverUrls.get(db) ?? null;
}

export async function connect(target: DatabaseTarget = targetFromEnv()): Promise<Connection> {
  const database = await openDatabase(target);
  const prisma = new PrismaClient({ adapter: database.factory });
  if (target.engine === "server") serverUrls.set(prisma, target.url);
  return {
    prisma,
    database,
    close: async () => {
      await prisma.$disconnect();
      await database.close();
    },
  };
}

const globalForDb = globalThis as unknown as { __mmConnection?: Promise<Connection> };

/** The app's shared connection (one per process; survives hot reloads in development). */
export function sharedConnection(): Promise<Connection> {
  globalForDb.__mmConnection ??= connect().then(
    (connection) => {
      registerMetricsSource("pool", () => connection.database.poolStats());
      return connection;
    },
  ).catch((e) => {
    globalForDb.__mmConnection = undefined;
    throw e;
  });
  return globalForDb.__mmConnection;
}

export async function db(): Promise<PrismaClient> {
  return (await sharedConnection()).prisma;
}
