// The command-line entry points stop with one clear line and a non-zero exit on bad configuration.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeStartupError } from "@/lib/cli";

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

describe("npm start on bad configuration", () => {
  it("says the PostgreSQL server is down, where, in one line, before any build", () => {
    const r = run("scripts/start.ts", { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/x", AUTH_SECRET: "s".repeat(32) });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "Masterplan Monitor cannot start: Cannot reach the PostgreSQL server at 127.0.0.1:1 (connection refused). Is it running, and is DATABASE_URL right?",
    );
    expect(r.stdout).not.toMatch(/Building/);
  });
});

describe("describeStartupError", () => {
  it("names the unreachable server in Prisma 7's wrapped error instead of 'Unknown error'", () => {
    const prismaError = Object.assign(new Error("\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:5499`"), { code: "P2010" });
    expect(describeStartupError(prismaError)).toBe("Cannot reach the PostgreSQL server at 127.0.0.1:5499 (DATABASE_URL). Is it running, and is the address right?");
    expect(describeStartupError(new Error("\n\nsomething else\nmore"))).toBe("something else");
  });
});
