// Benchmark databases: a fresh PostgreSQL database per data size, migrated and seeded (demo data
// with the demo password, then the generated medium/large data set), dropped at the end.
import crypto from "node:crypto";
import { connect } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { adminQuery, databaseUrl, safeIdent } from "@/lib/db/testing";
import { DEMO_PASSWORD, seedDemo } from "@/prisma/seed/demo";
import { SCALES, seedLarge, type LargeSeedResult } from "@/prisma/seed/large";

export type BenchSize = keyof typeof SCALES;

export const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export type BenchDatabase = {
  size: BenchSize;
  name: string;
  url: string;
  migrateMs: number;
  demoMs: number;
  seed: LargeSeedResult;
};

export async function createBenchDatabase(adminUrl: string, size: BenchSize, onCreated: (drop: () => Promise<void>) => void): Promise<BenchDatabase> {
  // BENCH_DB_PREFIX: several people benchmarking on one PostgreSQL server keep their databases apart.
  const name = `${process.env.BENCH_DB_PREFIX ?? "mm_bench"}_${size}_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${safeIdent(name)}`);
  onCreated(() => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${safeIdent(name)} WITH (FORCE)`));
  const url = databaseUrl(adminUrl, name);
  const conn = await connect({ engine: "server", url });
  try {
    let started = performance.now();
    await applyMigrations(conn.database.factory);
    const migrateMs = performance.now() - started;
    started = performance.now();
    // The bench signs in as the demo admin, so the demo users get the demo password here.
    await seedDemo(conn.prisma, { password: DEMO_PASSWORD });
    const demoMs = performance.now() - started;
    const seed = await seedLarge(conn.prisma, SCALES[size]);
    return { size, name, url, migrateMs, demoMs, seed };
  } finally {
    await conn.close();
  }
}
