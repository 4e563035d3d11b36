// Test helper: fresh real databases for the calling test file, closed (and on PostgreSQL dropped)
// after the file's tests. Each test file evaluates this module anew, so the hook is per file.
import { afterAll, inject } from "vitest";
import type { Actor } from "../lib/authz/policy";
import { openTestDatabase, type TemplateKind, type TestDatabase } from "../lib/db/testing";
import { USERS, type UserKey } from "../prisma/seed/demo-data";

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

/** Every demo user (by its seed key: admin, head, council, lead, viewer, headVerk ...) as the Actor the policy sees, in one query. */
export async function demoActors(database: Pick<TestDatabase, "prisma">): Promise<Record<UserKey, Actor>> {
  const rows = await database.prisma.user.findMany({
    where: { email: { in: USERS.map((u) => u.email) } },
    select: { id: true, role: true, departmentId: true, email: true },
  });
  const byEmail = new Map(rows.map(({ email, ...u }) => [email, { ...u, via: "session" as const }]));
  return Object.fromEntries(
    USERS.map((u) => {
      const actor = byEmail.get(u.email);
      if (!actor) throw new Error(`demo user ${u.email} is missing`);
      return [u.key, actor];
    }),
  ) as Record<UserKey, Actor>;
}

/** One demo user of each role but ADMIN (seed keys by role): the actors an admin-only action must refuse. */
export const NON_ADMIN_DEMO_USERS = { DEPARTMENT_HEAD: "head", COUNCIL_MEMBER: "council", PROJECT_LEAD: "lead", VIEWER: "viewer" } as const satisfies Record<string, UserKey>;

/** The newest authz.denied event the action builder wrote for `actorId` trying the action named `actionName`. */
export function latestDenial(database: Pick<TestDatabase, "prisma">, actorId: string, actionName: string) {
  return database.prisma.auditEvent.findFirst({ where: { action: "authz.denied", actorId, entityId: actionName }, orderBy: { id: "desc" } });
}
