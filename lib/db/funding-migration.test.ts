// The funding-programmes migration on a database that holds budget lines of the old fixed list
// (LAND_NRW and the other five sources): it migrates them to levels without loss, so the count and
// the planned/actual sums per level are what they were per source, and the lines start without a
// programme. Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { connect, type Connection } from "./client";
import { applyMigrations, listMigrationNames, MIGRATIONS_DIR } from "./migrate";
import { createServerTestDatabase, dropServerTestDatabase } from "./testing";

const MIGRATION = "20261206055852_funding_programmes";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh, empty database on the engine the tests run on. */
async function emptyDatabase(): Promise<Connection> {
  const templates = inject("templates");
  if (templates.engine === "pglite") {
    const conn = await connect({ engine: "memory" });
    cleanups.push(() => conn.close());
    return conn;
  }
  const { name, url } = await createServerTestDatabase(templates, null);
  cleanups.push(() => dropServerTestDatabase(templates, name));
  const conn = await connect({ engine: "server", url });
  cleanups.push(() => conn.close());
  return conn;
}

/** A migrations folder with every migration before the funding one (the state the old rows were written in). */
async function migrationsBefore(name: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mm-migrations-"));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  await fs.copyFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
  for (const m of (await listMigrationNames()).filter((m) => m < name)) {
    await fs.cp(path.join(MIGRATIONS_DIR, m), path.join(dir, m), { recursive: true });
  }
  return dir;
}

type Sum = { source: string; lines: number; planned: string; actual: string };

const sumsPerLevel = (conn: Connection) =>
  conn.prisma.$queryRaw<Sum[]>`
    SELECT funding_source::text AS source, COUNT(*)::int AS lines, SUM(planned)::text AS planned, SUM(actual)::text AS actual
    FROM budget_lines GROUP BY funding_source ORDER BY funding_source::text`;

describe("funding programmes migration", () => {
  it("maps the old funding sources to levels, keeping the count and the sums per level", async () => {
    const conn = await emptyDatabase();
    await applyMigrations(conn.database.factory, await migrationsBefore(MIGRATION));

    // Old-style rows, written as the app before the migration did: every source of the fixed list,
    // several years, cents that a float would lose, an internal line.
    await conn.prisma.$executeRaw`INSERT INTO departments (id, code, name, updated_at) VALUES ('00000000-0000-7000-8000-000000000001', 'AMT-1', 'Amt', now())`;
    await conn.prisma.$executeRaw`INSERT INTO masterplans (id, slug, title, vision, period_start, period_end, updated_at)
      VALUES ('00000000-0000-7000-8000-000000000002', 'plan', 'Plan', 'Vision', '2025-01-01', '2030-12-31', now())`;
    await conn.prisma.$executeRaw`INSERT INTO fields_of_action (id, masterplan_id, code, slug, title, updated_at)
      VALUES ('00000000-0000-7000-8000-000000000003', '00000000-0000-7000-8000-000000000002', 'MOB', 'mob', 'Mobilität', now())`;
    await conn.prisma.$executeRaw`INSERT INTO initiatives (id, code, slug, title, field_of_action_id, department_id, updated_at)
      VALUES ('00000000-0000-7000-8000-000000000004', 'MOB-01', 'mob-01', 'Vorhaben', '00000000-0000-7000-8000-000000000003', '00000000-0000-7000-8000-000000000001', now()),
             ('00000000-0000-7000-8000-000000000005', 'MOB-02', 'mob-02', 'Vorhaben 2', '00000000-0000-7000-8000-000000000003', '00000000-0000-7000-8000-000000000001', now())`;
    const sources = ["CITY", "LAND_NRW", "FEDERAL", "EU", "PARTNER", "OTHER"];
    let n = 0;
    for (const initiative of ["00000000-0000-7000-8000-000000000004", "00000000-0000-7000-8000-000000000005"]) {
      for (const year of [2026, 2027]) {
        for (const source of sources) {
          n++;
          const planned = `${n * 1000 + 0.01 * n}`;
          const actual = `${n * 100 + 0.07}`;
          await conn.prisma.$executeRaw`INSERT INTO budget_lines (id, initiative_id, year, funding_source, planned, actual, is_public, note, updated_at)
            VALUES (gen_random_uuid(), ${initiative}::uuid, ${year}, ${source}::"FundingSource", ${planned}::numeric, ${actual}::numeric, ${n % 3 !== 0}, ${`Zeile ${n}`}, now())`;
        }
      }
    }
    const before = await sumsPerLevel(conn);
    expect(before.map((s) => s.source)).toEqual([...sources].sort());

    const applied = await applyMigrations(conn.database.factory);
    expect(applied).toContain(MIGRATION);

    const after = await sumsPerLevel(conn);
    const renamed = (s: string) => (s === "LAND_NRW" ? "LAND" : s);
    expect(after).toEqual(before.map((s) => ({ ...s, source: renamed(s.source) })).sort((a, b) => a.source.localeCompare(b.source)));
    // The whole-plan total and every line's own fields are untouched; no line has a programme yet.
    const lines = await conn.prisma.budgetLine.findMany({ select: { programmeId: true, grantReference: true, note: true } });
    expect(lines).toHaveLength(n);
    expect(lines.every((l) => l.programmeId === null && l.grantReference === "")).toBe(true);
    expect(new Set(lines.map((l) => l.note)).size).toBe(n);
    expect(await conn.prisma.budgetLine.count({ where: { fundingSource: "LAND" } })).toBe(4);

    // Still one line per initiative, year and level without a programme (NULLS NOT DISTINCT).
    await expect(
      conn.prisma.$executeRaw`INSERT INTO budget_lines (id, initiative_id, year, funding_source, planned, updated_at)
        VALUES (gen_random_uuid(), '00000000-0000-7000-8000-000000000004', 2026, 'LAND', 1, now())`,
    ).rejects.toThrow();
  }, 120_000);
});
