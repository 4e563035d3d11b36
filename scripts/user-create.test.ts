// npm run user:create on a migrated, empty embedded database, as on a fresh production install.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { connect } from "@/lib/db/client";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const PASSWORD = "Rheinorange über der Ruhr";
let dataDir: string;

function run(script: string, args: string[], stdin = "") {
  const r = spawnSync(tsx, [script, ...args], {
    // DATABASE_URL empty: an outer TEST_DATABASE_URL/DATABASE_URL must not leak into the child.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", DATA_DIR: dataDir, DATABASE_URL: "" },
    input: stdin,
    encoding: "utf8",
    timeout: 90_000,
  });
  return { status: r.status, stderr: r.stderr.trim(), stdout: r.stdout.trim() };
}

const createAdmin = (args: string[], stdin: string) => run("scripts/user-create.ts", args, stdin);

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-user-create-"));
  const migrated = run("scripts/db-migrate.ts", []);
  expect(migrated.status, migrated.stderr).toBe(0);
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("user:create", { timeout: 180_000 }, () => {
  it("creates a user with an Argon2id hash of the password read from stdin, and audits it", async () => {
    const r = createAdmin(["--role", "admin", "--email", " First.Admin@Stadt.Example ", "--name", "Erste Administratorin"], `${PASSWORD}\n`);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^created user first\.admin@stadt\.example \(ADMIN\), id [0-9a-f-]{36}$/);

    const conn = await connect({ engine: "embedded", dataDir });
    try {
      const user = await conn.prisma.user.findUniqueOrThrow({ where: { email: "first.admin@stadt.example" } });
      expect(user).toMatchObject({ name: "Erste Administratorin", role: "ADMIN", active: true, departmentId: null });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
      const audit = await conn.prisma.auditEvent.findMany({ where: { action: "user.created" } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorId: null, actorLabel: "cli", entityType: "User", entityId: user.id });
      expect(audit[0]!.after).toMatchObject({ email: user.email, role: "ADMIN" });
      expect(JSON.stringify(audit[0]!.after)).not.toMatch(/argon2|passwordHash|Rheinorange/);
    } finally {
      await conn.close();
    }
  });

  it("refuses an email that already exists", () => {
    const r = createAdmin(["--role", "viewer", "--email", "first.admin@stadt.example", "--name", "Noch jemand"], `${PASSWORD}\n`);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("user:create: a user with the email first.admin@stadt.example already exists");
  });

  it("refuses a password on the command line, without echoing it", () => {
    for (const args of [
      ["--password", "hunter2hunter2"],
      ["--password=hunter2hunter2"],
    ]) {
      const r = createAdmin(["--role", "admin", "--email", "x@stadt.example", "--name", "X", ...args], "");
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^user:create: a password is never taken from the command line/);
      expect(r.stderr).not.toContain("hunter2");
    }
  });

  it("refuses a weak password with exit code 1 and a one-line message", () => {
    const weak = createAdmin(["--role", "viewer", "--email", "weak@stadt.example", "--name", "Weak"], "qwerty123456\n");
    expect(weak.status).toBe(1);
    expect(weak.stderr).toBe("user:create: This password is widely used and easy to guess. Please choose another one.");
    const short = createAdmin(["--role", "viewer", "--email", "weak@stadt.example", "--name", "Weak"], "too short\n");
    expect(short.status).toBe(1);
    expect(short.stderr.split("\n")).toHaveLength(1);
    expect(short.stderr).toBe("user:create: The password must be at least 12 characters long.");
  });

  it("refuses an unknown role and names the accepted ones", () => {
    const r = createAdmin(["--role", "superuser", "--email", "r@stadt.example", "--name", "R"], `${PASSWORD}\n`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--role: expected one of admin, department-head, council-member, project-lead, viewer/);
  });
});
