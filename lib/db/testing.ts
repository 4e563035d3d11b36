// Fresh real databases for tests. Each test file gets its own database, copied from a template
// that the global setup migrated (and optionally seeded) once per run:
// - default: an in-memory PGlite loaded from a data-directory dump;
// - with TEST_DATABASE_URL: a new PostgreSQL database created from a template database, dropped afterwards.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { connect, type Connection } from "./client";

export type TemplateKind = "empty" | "demo";
export type TestTemplates = { engine: "pglite"; files: Record<TemplateKind, string> } | { engine: "pg"; adminUrl: string; names: Record<TemplateKind, string> };

export function databaseUrl(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Identifiers we create ourselves: lower-case letters, digits and underscores only. */
export function safeIdent(name: string): string {
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}

export type TestDatabase = Connection & { engine: "pglite" | "pg" };

export async function openTestDatabase(templates: TestTemplates, kind: TemplateKind = "empty"): Promise<TestDatabase> {
  if (templates.engine === "pglite") {
    const dump = await fs.readFile(templates.files[kind]);
    const pglite = new PGlite({ loadDataDir: new Blob([dump]) });
    const conn = await connect({ engine: "memory", pglite });
    return { ...conn, engine: "pglite" };
  }
  const { name, url } = await createServerTestDatabase(templates, kind);
  const conn = await connect({ engine: "server", url });
  return {
    ...conn,
    engine: "pg",
    close: async () => {
      await conn.close();
      await adminQuery(templates.adminUrl, `DROP DATABASE IF EXISTS ${safeIdent(name)} WITH (FORCE)`);
    },
  };
}

/**
 * A new PostgreSQL database on the test server: a copy of the template `kind`, or with null a database
 * as `createdb` makes it (nothing migrated). The caller drops it (dropServerTestDatabase).
 */
export async function createServerTestDatabase(templates: Extract<TestTemplates, { engine: "pg" }>, kind: TemplateKind | null): Promise<{ name: string; url: string }> {
  const name = `mm_test_${crypto.randomBytes(6).toString("hex")}`;
  const template = kind ? ` TEMPLATE ${safeIdent(templates.names[kind])}` : "";
  // PostgreSQL copies a template only while nobody else uses it; parallel test files take turns.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(templates.adminUrl, `CREATE DATABASE ${safeIdent(name)}${template}`);
      break;
    } catch (e) {
      if (attempt >= 50 || !/being accessed by other users/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 150));
    }
  }
  return { name, url: databaseUrl(templates.adminUrl, name) };
}

export async function dropServerTestDatabase(templates: Extract<TestTemplates, { engine: "pg" }>, name: string): Promise<void> {
  await adminQuery(templates.adminUrl, `DROP DATABASE IF EXISTS ${safeIdent(name)} WITH (FORCE)`);
}
