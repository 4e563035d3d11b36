// Applies and diffs Prisma migrations offline through Prisma's WebAssembly schema engine.
// Records `_prisma_migrations` exactly as `prisma migrate deploy` does, on PGlite and PostgreSQL alike.
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");
const NO_FILTER = { externalTables: [], externalEnums: [] };

type MigrationList = {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  shadowDbInitScript: string;
  migrationDirectories: {
    path: string;
    migrationFile: { path: string; content: { tag: "ok"; value: string } | { tag: "error"; value: string } };
  }[];
};

type WasmEngine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

type EngineModule = { SchemaEngine: { new (...args: unknown[]): never; new: (o: unknown, cb: unknown, a: unknown) => Promise<WasmEngine> } };

let engineModule: Promise<EngineModule> | undefined;

/** Instantiates the schema engine's WebAssembly by hand (Node 20 cannot import .wasm modules). */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(path.join(process.cwd(), "package.json"));
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(gluePath).href);
    const bytes = await fs.readFile(/* turbopackIgnore: true */ path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue as EngineModule;
  })();
  return engineModule;
}

async function withEngine<T>(factory: SqlMigrationAwareDriverAdapterFactory, fn: (e: WasmEngine) => Promise<T>): Promise<T> {
  const mod = await loadEngineModule();
  const log = process.env.MIGRATE_DEBUG ? (m: string) => console.error(m) : () => {};
  const engine = await mod.SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await fn(engine);
  } finally {
    engine.free();
  }
}

export async function listMigrationNames(dir = MIGRATIONS_DIR): Promise<string[]> {
  const entries = await fs.readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export async function loadMigrationList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = await listMigrationNames(dir);
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: await fs.readFile(/* turbopackIgnore: true */ lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: await fs
            .readFile(/* turbopackIgnore: true */ path.join(dir, name, "migration.sql"), "utf8")
            .then((value) => ({ tag: "ok" as const, value }))
            .catch((e: Error) => ({ tag: "error" as const, value: e.message })),
        },
      })),
    ),
  };
}

/** Applies every pending migration; returns the names applied. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrationsList = await loadMigrationList(dir);
  const out = await withEngine(factory, (e) => e.applyMigrations({ migrationsList, filters: NO_FILTER }));
  return out.appliedMigrationNames;
}

/**
 * SQL that takes the database built by the migrations folder to the state of schema.prisma.
 * Empty when they agree. Uses an in-memory PGlite as shadow database.
 */
export async function diffMigrationsToSchema(
  factory: SqlMigrationAwareDriverAdapterFactory,
  opts: { dir?: string; schemaPath?: string } = {},
): Promise<string> {
  const dir = opts.dir ?? MIGRATIONS_DIR;
  const schemaPath = opts.schemaPath ?? SCHEMA_PATH;
  const migrationsList = await loadMigrationList(dir);
  const content = await fs.readFile(/* turbopackIgnore: true */ schemaPath, "utf8");
  const result = await withEngine(factory, (e) =>
    e.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    }),
  );
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
}

/** Names of migrations in the folder that are not in `applied` (names recorded as finished). */
export async function pendingMigrations(applied: Iterable<string>, dir = MIGRATIONS_DIR): Promise<string[]> {
  const done = new Set(applied);
  return (await listMigrationNames(dir)).filter((n) => !done.has(n));
}
