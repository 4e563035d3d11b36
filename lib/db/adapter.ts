// Chooses the database engine: PGlite under DATA_DIR when DATABASE_URL is unset,
// otherwise the PostgreSQL server. Nothing outside lib/db knows which one runs.
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabasePoolStats } from "@/lib/metrics/registry";
import { lockDataDir } from "./data-dir-lock";

export type DatabaseTarget = { engine: "embedded"; dataDir: string } | { engine: "server"; url: string } | { engine: "memory"; pglite?: PGlite };

export type OpenDatabase = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
  describe: string;
  /** The connection pool's state for the metrics (lib/metrics/registry.ts); null before the first query opens it. */
  poolStats: () => DatabasePoolStats | null;
};

/** An in-memory PGlite serves as shadow database for both engines (diffs from the migrations folder). */
async function memoryShadow(): Promise<SqlDriverAdapter> {
  return new PrismaPGlite(new PGlite()).connect();
}

function withMemoryShadow(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: memoryShadow,
  };
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on ";", which breaks function bodies
 * and comments with semicolons, and is not atomic. We send the whole script as one simple query
 * instead, as `prisma migrate deploy` does: PostgreSQL then runs it in one implicit transaction.
 */
function withWholeScripts(factory: SqlMigrationAwareDriverAdapterFactory, url: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    ...factory,
    connect: async () => {
      const adapter = await factory.connect();
      adapter.executeScript = async (script: string) => {
        const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
        try {
          await client.connect();
          await client.query(script);
        } catch (e) {
          const err = e as pg.DatabaseError;
          if (typeof err.code === "string" && err.severity) {
            throw new DriverAdapterError({
              kind: "postgres",
              code: err.code,
              severity: err.severity,
              message: err.message,
              detail: err.detail,
              column: err.column,
              hint: err.hint,
            });
          }
          throw e;
        } finally {
          await client.end().catch(() => {});
        }
      };
      return adapter;
    },
    connectToShadowDb: factory.connectToShadowDb,
  };
}

export function pglitePath(dataDir: string) {
  return path.join(dataDir, "pglite");
}

/**
 * Session settings of the app's connections, after any the URL gives (`?options=`). JIT off:
 * PostgreSQL compiles every statement its planner costs above jit_above_cost, which the portfolio
 * aggregations over all initiatives are at 2,000 initiatives; the compilation took 20–30 ms per
 * statement, longer than the statements run (the dashboard's health flags: 55 ms with JIT, 33 ms
 * without). An app of short statements gains nothing from it (docs/performance.md).
 */
export function sessionOptions(url: string): string {
  let given: string | null = null;
  try {
    given = new URL(url).searchParams.get("options");
  } catch {
    /* not a URL: nothing given */
  }
  return [given, "-c jit=off"].filter(Boolean).join(" ");
}

/** PGlite is one connection inside the process; its queries queue in PGlite itself, unseen. */
const embeddedStats = (): DatabasePoolStats => ({ engine: "embedded", total: 1, idle: 0, waiting: 0 });

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.engine === "server") {
    const factory = new PrismaPg({ connectionString: target.url, options: sessionOptions(target.url), max: 10, connectionTimeoutMillis: 5000 });
    // The adapter makes its pool when Prisma connects; keep a hand on it for the pool metrics.
    let pool: pg.Pool | undefined;
    const watched = withWholeScripts(withMemoryShadow(factory), target.url);
    const connectAdapter = watched.connect.bind(watched);
    watched.connect = async () => {
      const adapter = await connectAdapter();
      const driver = (adapter as { underlyingDriver?: () => unknown }).underlyingDriver?.();
      if (driver instanceof pg.Pool) pool = driver;
      return adapter;
    };
    return {
      factory: watched,
      close: async () => {},
      describe: redactUrl(target.url),
      poolStats: () => (pool ? { engine: "server", total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null),
    };
  }
  if (target.engine === "memory") {
    const pg = target.pglite ?? new PGlite();
    await pg.waitReady;
    return { factory: withMemoryShadow(new PrismaPGlite(pg)), close: () => pg.close(), describe: "in-memory PGlite", poolStats: embeddedStats };
  }
  const release = lockDataDir(target.dataDir);
  try {
    const pg = new PGlite(pglitePath(target.dataDir));
    await pg.waitReady;
    return {
      factory: withMemoryShadow(new PrismaPGlite(pg)),
      close: async () => {
        await pg.close();
        release();
      },
      describe: `embedded PGlite in ${target.dataDir}`,
      poolStats: embeddedStats,
    };
  } catch (e) {
    release();
    throw e;
  }
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}
