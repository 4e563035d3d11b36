// Migration status and start-up preparation shared by the app (instrumentation) and the CLI scripts.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Connection } from "./client";
import { applyMigrations, pendingMigrations } from "./migrate";

export async function appliedMigrationNames(prisma: PrismaClient): Promise<string[]> {
  const exists = await prisma.$queryRaw<{ present: boolean }[]>`
    SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`;
  if (!exists[0]?.present) return [];
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
    ORDER BY migration_name`;
  return rows.map((r) => r.name);
}

export async function pendingFor(conn: Connection): Promise<string[]> {
  return pendingMigrations(await appliedMigrationNames(conn.prisma));
}

export class PendingMigrationsError extends Error {
  constructor(pending: string[]) {
    super(
      `The database has ${pending.length} pending migration(s) (${pending.join(", ")}). ` +
        `Run \`npm run db:migrate\` with the same DATABASE_URL, then start again.`,
    );
    this.name = "PendingMigrationsError";
  }
}

export async function migrate(conn: Connection): Promise<string[]> {
  return applyMigrations(conn.database.factory);
}

export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.masterplan.count()) === 0;
}
