import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/db";
import { openDatabase } from "./adapter";
import { diffMigrationsToSchema, listMigrationNames } from "./migrate";
import { appliedMigrationNames } from "./status";

describe("migrations", () => {
  it("agree with schema.prisma (run `npm run db:migration -- <name>` when this fails)", async () => {
    const db = await openDatabase({ engine: "memory", pglite: new PGlite() });
    try {
      const sql = await diffMigrationsToSchema(db.factory);
      expect(sql, `schema.prisma has changes without a migration:\n${sql}`).toBe("");
    } finally {
      await db.close();
    }
    // Replays every migration in a fresh embedded database and diffs it with the schema engine
    // (WebAssembly): about 10 s alone, three times that on a busy two-core machine.
  }, 120_000);

  it("records every migration in _prisma_migrations as `prisma migrate deploy` does", async () => {
    const { prisma } = await useTestDatabase();
    const names = await listMigrationNames();
    expect(names.length).toBeGreaterThan(0);
    expect(await appliedMigrationNames(prisma)).toEqual(names);
    const rows = await prisma.$queryRaw<{ checksum: string; finished_at: Date | null; applied_steps_count: number }[]>`
      SELECT checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`;
    for (const r of rows) {
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(r.finished_at).toBeInstanceOf(Date);
      expect(r.applied_steps_count).toBe(1);
    }
  });

  it("enforces the constraints the schema language cannot express", async () => {
    const { prisma } = await useTestDatabase();
    await expect(prisma.$executeRaw`INSERT INTO status_reports (id, initiative_id, period, health, updated_at)
      VALUES (gen_random_uuid(), gen_random_uuid(), '2026-Q5', 'ON_TRACK', now())`).rejects.toThrow();
  });
});

describe("audit_events", () => {
  it("rejects UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const { prisma } = await useTestDatabase();
    const event = await prisma.auditEvent.create({ data: { action: "test.created", entityType: "Test", actorLabel: "test" } });
    await expect(prisma.$executeRaw`UPDATE audit_events SET action = 'forged' WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`DELETE FROM audit_events WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`TRUNCATE audit_events`).rejects.toThrow(/append-only/);
    expect((await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("test.created");
  });
});
