// Vitest global setup: builds the template databases once per run (migrated; migrated + demo).
import crypto from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { connect } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { adminQuery, databaseUrl, safeIdent, type TestTemplates } from "../lib/db/testing";
import { seedDemo } from "../prisma/seed/demo";

declare module "vitest" {
  export interface ProvidedContext {
    templates: TestTemplates;
  }
}

/** Fixed "today" for the demo template, so tests are reproducible; the same instant as FIXED_NOW in vitest.config.mts. */
export const DEMO_TODAY = new Date("2026-11-25T10:00:00Z");
const DEMO_TEST_PASSWORD = "correct horse battery staple";

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const run = crypto.randomBytes(4).toString("hex");
    const names = { empty: `mm_tmpl_${run}_empty`, demo: `mm_tmpl_${run}_demo` };
    const dropAll = async () => {
      for (const n of Object.values(names)) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${safeIdent(n)} WITH (FORCE)`);
    };
    try {
      for (const kind of ["empty", "demo"] as const) {
        await adminQuery(adminUrl, `CREATE DATABASE ${safeIdent(names[kind])}`);
        const conn = await connect({ engine: "server", url: databaseUrl(adminUrl, names[kind]) });
        try {
          await applyMigrations(conn.database.factory);
          if (kind === "demo") await seedDemo(conn.prisma, { today: DEMO_TODAY, password: DEMO_TEST_PASSWORD });
        } finally {
          await conn.close();
        }
      }
    } catch (e) {
      await dropAll();
      throw e;
    }
    project.provide("templates", { engine: "pg", adminUrl, names });
    return dropAll;
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mm-test-"));
  const files = { empty: path.join(dir, "empty.tar"), demo: path.join(dir, "demo.tar") };
  const pglite = new PGlite();
  const conn = await connect({ engine: "memory", pglite });
  await applyMigrations(conn.database.factory);
  await fs.writeFile(files.empty, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
  await seedDemo(conn.prisma, { today: DEMO_TODAY, password: DEMO_TEST_PASSWORD });
  await fs.writeFile(files.demo, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
  await conn.close();
  project.provide("templates", { engine: "pglite", files });
  return async () => {
    await fs.rm(dir, { recursive: true, force: true });
  };
}
