// The recommended database roles (scripts/db-roles.sql, docs/database-roles.md) on the real
// PostgreSQL server: migrations as mm_owner, the app as mm_app, which can work with rows and run the
// job queue but can neither switch off the audit triggers nor change audit events or the chain head;
// backups as mm_app, restored by a superuser into a new database, keep all of that.
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type Connection } from "@/lib/db/client";
import { migrate } from "@/lib/db/status";
import { verifyAuditChain } from "@/lib/audit/verify";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { startQueue } from "@/lib/jobs/queue";

const serverUrl = process.env.TEST_DATABASE_URL;
const database = `mm_roles_${process.pid}`;
const restored = `mm_roles_${process.pid}_restored`;

function urlFor(user: string, db = database): string {
  const u = new URL(serverUrl!);
  u.username = user;
  u.password = "";
  u.pathname = `/${db}`;
  return u.toString();
}

function psql(url: string, args: string[]) {
  return execFileSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

describe.skipIf(!serverUrl)("recommended database roles (PostgreSQL): rows, audit, job queue, backup and restore", () => {
  let app: Connection;
  beforeAll(async () => {
    const admin = new URL(serverUrl!);
    psql(admin.toString(), ["-c", `DROP DATABASE IF EXISTS ${database}`, "-c", `CREATE DATABASE ${database}`]);
    const script = path.join(process.cwd(), "scripts", "db-roles.sql");
    const superUrl = urlFor(admin.username || "postgres");
    psql(superUrl, ["-f", script]);
    const owner = await connect({ engine: "server", url: urlFor("mm_owner") });
    try {
      await migrate(owner);
    } finally {
      await owner.close();
    }
    psql(superUrl, ["-f", script]);
    app = await connect({ engine: "server", url: urlFor("mm_app") });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    psql(serverUrl!, ["-c", `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`, "-c", `DROP DATABASE IF EXISTS ${restored} WITH (FORCE)`]);
  });

  it("lets the app write rows and record audit events, chained", async () => {
    await app.prisma.department.create({ data: { code: "ROLE-1", name: "Amt für Rollen" } });
    await app.prisma.auditEvent.create({ data: { action: "test.created", entityType: "Test", actorLabel: "test" } });
    expect(await verifyAuditChain(app.prisma)).toMatchObject({ ok: true, checked: 1 });
  });

  it("refuses what would let the app hide a change: triggers off, replication role, rewriting audit rows or the chain head", async () => {
    const event = await app.prisma.auditEvent.create({ data: { action: "test.kept", entityType: "Test", actorLabel: "test" } });
    await expect(app.prisma.$executeRaw`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`).rejects.toThrow(/owner/);
    await expect(app.prisma.$executeRaw`SET session_replication_role = replica`).rejects.toThrow(/permission denied/);
    await expect(app.prisma.$executeRaw`UPDATE audit_events SET action = 'forged' WHERE id = ${event.id}`).rejects.toThrow(/permission denied/);
    await expect(app.prisma.$executeRaw`DELETE FROM audit_events WHERE id = ${event.id}`).rejects.toThrow(/permission denied/);
    await expect(app.prisma.$executeRaw`UPDATE audit_chain_head SET last_seq = 0`).rejects.toThrow(/permission denied/);
    await expect(app.prisma.$executeRaw`DROP TABLE audit_events`).rejects.toThrow(/owner/);
    expect((await verifyAuditChain(app.prisma)).ok).toBe(true);
  });

  const superuser = () => new URL(serverUrl!).username || "postgres";
  const appUrl = (db = database) => urlFor("mm_app", db);

  it("runs the job queue as mm_app in its own schema pgboss", async () => {
    // As the app does on its first start: mm_app creates the schema (CREATE on the database) and owns it.
    const conn = await connect({ engine: "server", url: appUrl() });
    try {
      const queue = await startQueue(conn.prisma, [], { connectionString: appUrl(), timeZone: "Europe/Berlin" });
      await queue.boss.createQueue("roles-test");
      await queue.boss.send("roles-test", { n: 1 });
      expect(await queue.boss.getQueueSize("roles-test")).toBe(1);
      await queue.stop();
    } finally {
      await conn.close();
    }
  });

  it("backs up as mm_app, restores as a superuser into a new database, and the app works there as before", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mm-roles-"));
    try {
      const file = path.join(dir, "backup.dump");
      await backupDatabase({ engine: "server", url: appUrl() }, file);
      psql(serverUrl!, ["-c", `DROP DATABASE IF EXISTS ${restored} WITH (FORCE)`, "-c", `CREATE DATABASE ${restored}`]);
      psql(urlFor(superuser(), restored), ["-f", path.join(process.cwd(), "scripts", "db-roles.sql")]);
      await restoreDatabase({ engine: "server", url: urlFor(superuser(), restored) }, file);
      const again = await connect({ engine: "server", url: appUrl(restored) });
      try {
        await again.prisma.department.create({ data: { code: "ROLE-2", name: "Amt nach der Wiederherstellung" } });
        await again.prisma.auditEvent.create({ data: { action: "test.restored", entityType: "Test", actorLabel: "test" } });
        expect(await verifyAuditChain(again.prisma)).toMatchObject({ ok: true });
        await expect(again.prisma.$executeRaw`DELETE FROM audit_events`).rejects.toThrow(/permission denied/);
        await expect(again.prisma.$executeRaw`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`).rejects.toThrow(/owner/);
        const queue = await startQueue(again.prisma, [], { connectionString: appUrl(restored), timeZone: "Europe/Berlin" });
        expect(await queue.boss.getQueueSize("roles-test")).toBe(1);
        await queue.stop();
      } finally {
        await again.close();
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
