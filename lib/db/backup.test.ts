// Backup and restore (npm run db:backup / db:restore) on real databases: the demo data backed up and
// restored into a fresh database serves the same public pages, portfolio and audit log; an older
// backup is migrated; a database with data, the other engine's file and a running app are refused.
// Embedded engine on the PGlite run, PostgreSQL on the run with TEST_DATABASE_URL. The embedded tests
// open data directories on disk, several seconds each on a busy machine: hence the long time limits.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { listPortfolioRows } from "@/lib/portfolio/queries";
import { loadPublicInitiative } from "@/lib/public/initiative-queries";
import { loadPublicInitiativeList, parseListFilters } from "@/lib/public/list-queries";
import { loadPublicOverview } from "@/lib/public/queries";
import { startQueue } from "@/lib/jobs/queue";
import { demoActors } from "@/tests/db";
import { pglitePath } from "./adapter";
import { backupDatabase, BackupError, restoreDatabase } from "./backup";
import { formatOf } from "./backup-format";
import { connect } from "./client";
import { applyMigrations, listMigrationNames, MIGRATIONS_DIR } from "./migrate";
import { findPgTool, libpqConnection } from "./pg-tools";
import { createServerTestDatabase, dropServerTestDatabase } from "./testing";

const TODAY = "2026-11-25";
const NOW = new Date("2026-11-25T10:00:00Z");
const serverUrl = process.env.TEST_DATABASE_URL;

/** What the app shows from a database, through its own queries, and how many rows each table holds. */
async function servedData(prisma: PrismaClient) {
  const actors = await demoActors({ prisma });
  const list = await loadPublicInitiativeList(prisma, parseListFilters({}), TODAY);
  const initiatives = await Promise.all(list.items.slice(0, 5).map((i) => loadPublicInitiative(prisma, i.slug, TODAY)));
  const counts: Record<string, number> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (prisma as unknown as Record<string, { count: () => Promise<number> }>)[model[0]!.toLowerCase() + model.slice(1)]!;
    counts[model] = await delegate.count();
  }
  return {
    overview: await loadPublicOverview(prisma, TODAY),
    list,
    initiatives,
    portfolio: await listPortfolioRows(prisma, actors.council, { now: NOW }),
    portfolioOfLead: await listPortfolioRows(prisma, actors.lead, { now: NOW }),
    audit: await prisma.auditEvent.findMany({ orderBy: { chainSeq: "asc" } }),
    users: await prisma.user.findMany({ orderBy: { email: "asc" } }),
    counts,
  };
}

async function expectSameData(source: PrismaClient, restored: PrismaClient) {
  const [before, after] = [await servedData(source), await servedData(restored)];
  expect(before.counts.Initiative).toBeGreaterThan(40);
  expect(before.counts.AuditEvent).toBeGreaterThan(0);
  expect(before.list.items.length).toBeGreaterThan(0);
  expect(after).toEqual(before);
  expect(await verifyAuditChain(restored)).toMatchObject({ ok: true, checked: before.audit.length });
}

/** prisma/migrations without its newest migration: what an older version's backup holds. */
async function olderMigrationsDir(root: string): Promise<{ dir: string; newest: string }> {
  const names = await listMigrationNames();
  const dir = path.join(root, "older-migrations");
  await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
  await fs.rm(path.join(dir, names.at(-1)!), { recursive: true });
  return { dir, newest: names.at(-1)! };
}

describe("backup files and tools", () => {
  it("tells the engine of a backup by its first bytes", () => {
    expect(formatOf(Buffer.from("PGDMP\x01\x0e"))).toBe("pg-custom");
    expect(formatOf(Buffer.from([0x1f, 0x8b, 8, 0]))).toBe("pglite-dump");
    expect(formatOf(Buffer.from('{ "name": "x" }'))).toBeNull();
  });

  it("names the missing tool and the Debian package when pg_dump is nowhere", () => {
    expect(() => findPgTool("pg_dump", { path: "", libDir: "/nonexistent" })).toThrow(/^pg_dump not found: .*apt-get install postgresql-client/);
  });

  it("hands the password to the tools in PGPASSWORD, never on their command line", () => {
    const c = libpqConnection("postgresql://mm_app:s%40cret@db.example:5433/masterplan?sslmode=require&schema=public");
    expect(c).toEqual({ url: "postgresql://mm_app@db.example:5433/masterplan?sslmode=require", env: { PGPASSWORD: "s@cret" } });
  });
});

describe.skipIf(!!serverUrl)("backup and restore of the embedded database (PGlite)", () => {
  let root: string;
  const dirs = { source: "", target: "" };
  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), "mm-backup-"));
    dirs.source = path.join(root, "source");
    dirs.target = path.join(root, "target");
    // The demo data (seeded once per run by the global setup) as the data directory of an app.
    const templates = inject("templates");
    if (templates.engine !== "pglite") throw new Error("expected the PGlite templates");
    await fs.mkdir(dirs.source);
    const pg = new PGlite(pglitePath(dirs.source), { loadDataDir: new Blob([await fs.readFile(templates.files.demo)]) });
    await pg.waitReady;
    await pg.close();
  });
  afterAll(async () => {
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  it("restores a backup into a fresh data directory that serves the same data", async () => {
    const file = path.join(root, "demo.tar.gz");
    const backup = await backupDatabase({ engine: "embedded", dataDir: dirs.source }, file);
    expect(backup).toMatchObject({ format: "pglite-dump", migrations: (await listMigrationNames()).length });
    expect(formatOf(await fs.readFile(file))).toBe("pglite-dump");

    const restored = await restoreDatabase({ engine: "embedded", dataDir: dirs.target }, file);
    expect(restored).toMatchObject({ applied: [], pending: [], unknown: [], replacedTo: null });
    const [source, target] = [await connect({ engine: "embedded", dataDir: dirs.source }), await connect({ engine: "embedded", dataDir: dirs.target })];
    try {
      await expectSameData(source.prisma, target.prisma);
    } finally {
      await source.close();
      await target.close();
    }
  }, 300_000);

  it("refuses a data directory that holds a database unless --force, and keeps the replaced one", async () => {
    const file = path.join(root, "demo.tar.gz");
    await expect(restoreDatabase({ engine: "embedded", dataDir: dirs.target }, file)).rejects.toThrow(/already holds an embedded database.*--force/);
    const r = await restoreDatabase({ engine: "embedded", dataDir: dirs.target }, file, { force: true });
    expect(r.replacedTo).toMatch(/pglite\.replaced-/);
    expect(await fs.readdir(r.replacedTo!)).toContain("PG_VERSION");
  }, 180_000);

  it("refuses a PostgreSQL archive and a file that is no backup", async () => {
    const dump = path.join(root, "server.dump");
    await fs.writeFile(dump, "PGDMP\x01\x0e\x00");
    const target = { engine: "embedded", dataDir: path.join(root, "never") } as const;
    await expect(restoreDatabase(target, dump)).rejects.toThrow(/pg_dump archive of a PostgreSQL server, but DATABASE_URL is not set/);
    await expect(restoreDatabase(target, path.join(process.cwd(), "package.json"))).rejects.toThrow(/not a backup made by npm run db:backup/);
    await expect(restoreDatabase(target, path.join(root, "missing.tar.gz"))).rejects.toThrow(BackupError);
  });

  it("applies the migrations an older backup lacks", async () => {
    // An older version's backup: its data directory dumped as db:backup does (in memory, which is quicker).
    const { dir, newest } = await olderMigrationsDir(root);
    const pg = new PGlite();
    const conn = await connect({ engine: "memory", pglite: pg });
    await applyMigrations(conn.database.factory, dir);
    const file = path.join(root, "old.tar.gz");
    await fs.writeFile(file, Buffer.from(await (await pg.dumpDataDir("gzip")).arrayBuffer()));
    await conn.close();
    const kept = await restoreDatabase({ engine: "embedded", dataDir: path.join(root, "old-kept") }, file, { migrate: false });
    expect(kept).toMatchObject({ applied: [], pending: [newest] });
    const r = await restoreDatabase({ engine: "embedded", dataDir: path.join(root, "old-restored") }, file);
    expect(r).toMatchObject({ applied: [newest], pending: [], unknown: [] });
  }, 300_000);

  it("refuses, in one line with exit code 1, to back up while the app holds the data directory", async () => {
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      await fs.writeFile(path.join(dirs.source, "lock"), String(holder.pid));
      const r = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/db-backup.ts", path.join(root, "while-running.tar.gz")], {
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", DATA_DIR: dirs.source },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toBe(
        `db:backup: The embedded database in ${dirs.source} is open in another process (pid ${holder.pid}), e.g. the running app. ` +
          `PGlite serves one process at a time: stop the app, back it up, then start the app again.`,
      );
      await expect(fs.stat(path.join(root, "while-running.tar.gz"))).rejects.toThrow();
    } finally {
      holder.kill();
      await fs.rm(path.join(dirs.source, "lock"), { force: true });
    }
  }, 120_000);
});

describe.skipIf(!serverUrl)("backup and restore on a PostgreSQL server", () => {
  let root: string;
  const created: string[] = [];
  const templates = () => {
    const t = inject("templates");
    if (t.engine !== "pg") throw new Error("expected the PostgreSQL templates");
    return t;
  };
  const newDatabase = async (kind: "demo" | "empty" | null) => {
    const db = await createServerTestDatabase(templates(), kind);
    created.push(db.name);
    return db.url;
  };
  let source: string;
  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), "mm-backup-"));
    source = await newDatabase("demo");
    // The job queue's schema, as the app creates it on its first start.
    const conn = await connect({ engine: "server", url: source });
    const queue = await startQueue(conn.prisma, [], { connectionString: source, timeZone: "Europe/Berlin" });
    await queue.stop();
    await conn.close();
  });
  afterAll(async () => {
    for (const name of created) await dropServerTestDatabase(templates(), name);
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  const queueTables = async (prisma: PrismaClient) =>
    (await prisma.$queryRaw<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'pgboss' ORDER BY 1`).map((r) => r.name);

  it("restores a pg_dump backup into a new database that serves the same data, job queue included", async () => {
    const file = path.join(root, "demo.dump");
    const backup = await backupDatabase({ engine: "server", url: source }, file);
    expect(backup).toMatchObject({ format: "pg-custom", migrations: (await listMigrationNames()).length });
    const target = await newDatabase(null);
    expect(await restoreDatabase({ engine: "server", url: target }, file)).toMatchObject({ applied: [], pending: [], unknown: [] });
    const [a, b] = [await connect({ engine: "server", url: source }), await connect({ engine: "server", url: target })];
    try {
      await expectSameData(a.prisma, b.prisma);
      expect(await queueTables(a.prisma)).toContain("job");
      expect(await queueTables(b.prisma)).toEqual(await queueTables(a.prisma));
    } finally {
      await a.close();
      await b.close();
    }
  }, 120_000);

  it("refuses a database with data unless --force, then replaces all of it in one transaction", async () => {
    const file = path.join(root, "demo.dump");
    const target = await newDatabase("empty");
    const conn = await connect({ engine: "server", url: target });
    await conn.prisma.department.create({ data: { code: "ONLY-HERE", name: "Nur im Ziel" } });
    await conn.close();
    await expect(restoreDatabase({ engine: "server", url: target }, file)).rejects.toThrow(/is not empty .*--force/);

    // A damaged archive: refused before anything changes.
    const damaged = path.join(root, "damaged.dump");
    const bytes = await fs.readFile(file);
    await fs.writeFile(damaged, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(restoreDatabase({ engine: "server", url: target }, damaged, { force: true })).rejects.toThrow(/is damaged .*nothing was restored/);
    const still = await connect({ engine: "server", url: target });
    expect(await still.prisma.department.findMany({ select: { code: true } })).toEqual([{ code: "ONLY-HERE" }]);
    await still.close();

    await restoreDatabase({ engine: "server", url: target }, file, { force: true });
    const [a, b] = [await connect({ engine: "server", url: source }), await connect({ engine: "server", url: target })];
    try {
      await expectSameData(a.prisma, b.prisma);
      expect(await queueTables(b.prisma)).toEqual(await queueTables(a.prisma));
    } finally {
      await a.close();
      await b.close();
    }
  }, 120_000);

  it("refuses an embedded backup, and a restore while the app is connected", async () => {
    const tar = path.join(root, "embedded.tar.gz");
    await fs.writeFile(tar, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]));
    const target = await newDatabase(null);
    await expect(restoreDatabase({ engine: "server", url: target }, tar)).rejects.toThrow(/backup of the embedded database \(PGlite\), but DATABASE_URL names a PostgreSQL server/);
    const app = await connect({ engine: "server", url: target });
    await app.prisma.$queryRaw`SELECT 1`;
    try {
      await expect(restoreDatabase({ engine: "server", url: target }, path.join(root, "demo.dump"))).rejects.toThrow(/other connection\(s\) to the database .*stop the app/);
    } finally {
      await app.close();
    }
  }, 120_000);

  it("applies the migrations an older backup lacks", async () => {
    const { dir, newest } = await olderMigrationsDir(root);
    const old = await newDatabase(null);
    const conn = await connect({ engine: "server", url: old });
    await applyMigrations(conn.database.factory, dir);
    await conn.close();
    const file = path.join(root, "old.dump");
    await backupDatabase({ engine: "server", url: old }, file);
    const r = await restoreDatabase({ engine: "server", url: await newDatabase(null) }, file);
    expect(r).toMatchObject({ applied: [newest], pending: [], unknown: [] });
  }, 120_000);
});
