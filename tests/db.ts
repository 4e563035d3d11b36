// Test helper: fresh real databases for the calling test file, closed (and on PostgreSQL dropped)
// after the file's tests. Each test file evaluates this module anew, so the hook is per file.
import { afterAll, inject } from "vitest";
import type { Actor } from "../lib/authz/policy";
import { openTestDatabase, type TemplateKind, type TestDatabase } from "../lib/db/testing";

const opened: TestDatabase[] = [];

afterAll(async () => {
  for (const database of opened.splice(0)) await database.close();
});

export async function useTestDatabase(kind: TemplateKind = "empty"): Promise<TestDatabase> {
  const database = await openTestDatabase(inject("templates"), kind);
  opened.push(database);
  return database;
}

/** A demo (or test-created) user as the Actor the policy sees, signed in by session. */
export async function actorFor(database: Pick<TestDatabase, "prisma">, email: string): Promise<Actor> {
  const u = await database.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, departmentId: true } });
  return { ...u, via: "session" };
}
