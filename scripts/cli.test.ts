// The command-line entry points stop with one clear line and a non-zero exit on bad configuration.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

function run(script: string, env: Record<string, string>) {
  const r = spawnSync(tsx, [script], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, stderr: r.stderr.trim(), stdout: r.stdout.trim() };
}

describe("db:migrate on bad configuration", () => {
  it("names DATABASE_URL when it is not a PostgreSQL URL", () => {
    const r = run("scripts/db-migrate.ts", { DATABASE_URL: "mysql://localhost/x", AUTH_SECRET: "s".repeat(32) });
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/DATABASE_URL: expected a PostgreSQL URL/);
  });

  it("names the missing AUTH_SECRET when a server is configured", () => {
    const r = run("scripts/db-migrate.ts", { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/x" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^db:migrate: Invalid configuration\. AUTH_SECRET: is required/);
  });

  it("says the server cannot be reached, in one line", () => {
    const r = run("scripts/db-migrate.ts", { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/x", AUTH_SECRET: "s".repeat(32) });
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/Cannot reach the PostgreSQL server/);
  });

  it("refuses a data directory another process holds", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-cli-"));
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      fs.writeFileSync(path.join(dir, "lock"), String(holder.pid));
      const r = run("scripts/db-migrate.ts", { DATA_DIR: dir });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(
        `db:migrate: The data directory ${dir} is in use by another process (pid ${holder.pid}). Stop that process, or set DATA_DIR to another directory.`,
      );
    } finally {
      holder.kill();
    }
  });
});
