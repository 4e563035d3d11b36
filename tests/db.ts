// Test helper: fresh real databases for the calling test file, closed (and on PostgreSQL dropped)
// after the file's tests. Each test file evaluates this module anew, so the hook is per file.
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Action, ExecuteOptions } from "../lib/actions/define-action";
import type { Actor } from "../lib/authz/policy";
import { countingClient } from "../lib/db/query-counter";
import { openTestDatabase, type TemplateKind, type TestDatabase } from "../lib/db/testing";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { USERS, type UserKey } from "../prisma/seed/demo-data";

const opened: TestDatabase[] = [];
const clients: PrismaClient[] = [];

afterAll(async () => {
  for (const client of clients.splice(0)) await client.$disconnect();
  for (const database of opened.splice(0)) await database.close();
});

export async function useTestDatabase(kind: TemplateKind = "empty"): Promise<TestDatabase> {
  return openForThisFile(kind);
}

async function openForThisFile(kind: TemplateKind): Promise<TestDatabase> {
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

/**
 * A fresh demo database with every demo user as an Actor, and `counting`: a second client on the same
 * database for countQueries (made on first use, disconnected after the file).
 */
export type DemoFixture = Readonly<Record<UserKey, Actor>> & { readonly t: TestDatabase; readonly prisma: TestDatabase["prisma"]; readonly counting: PrismaClient };

/** A fresh demo database of the calling test's own (closed after the file) with every demo user as an Actor. */
export async function openDemo(): Promise<DemoFixture> {
  const t = await openForThisFile("demo");
  let counting: PrismaClient | undefined;
  return {
    ...(await demoActors(t)),
    t,
    prisma: t.prisma,
    get counting() {
      if (!counting) clients.push((counting = countingClient(t.database.factory)));
      return counting;
    },
  };
}

/**
 * The usual start of a test file against the demo data: registers a beforeAll that opens a fresh demo
 * database for the file (see openDemo). Its fields are read inside tests and hooks registered after it;
 * before the hook has run they throw.
 */
export function demoFixture(): DemoFixture {
  let opened: DemoFixture | undefined;
  beforeAll(async () => {
    opened = await openDemo();
  });
  const ready = () => {
    if (!opened) throw new Error("demoFixture(): the demo database opens in beforeAll; read it inside tests or later hooks");
    return opened;
  };
  const fixture = {
    get t() {
      return ready().t;
    },
    get prisma() {
      return ready().prisma;
    },
    get counting() {
      return ready().counting;
    },
  };
  for (const { key } of USERS) Object.defineProperty(fixture, key, { get: () => ready()[key], enumerable: true });
  return fixture as DemoFixture;
}

/** One demo user of each role but ADMIN (seed keys by role): the actors an admin-only action must refuse. */
export const NON_ADMIN_DEMO_USERS = { DEPARTMENT_HEAD: "head", COUNCIL_MEMBER: "council", PROJECT_LEAD: "lead", VIEWER: "viewer" } as const satisfies Record<string, UserKey>;

/**
 * Registers, for every non-admin demo role and every one of `actions` (label, action, input for a target id),
 * a test that the action is FORBIDDEN on a fresh target from `make`: the target as `reload` reads it and the
 * table's `count` stay as they were, `unchanged` holds (if given), the denial is audited under `permission`,
 * and nothing else about the target is.
 */
export function itRefusesEveryNonAdmin<Row extends { id: string }>(
  demo: DemoFixture,
  spec: {
    permission: string;
    actions: readonly (readonly [label: string, action: Pick<Action<unknown, unknown>, "name" | "execute">, input: (id: string) => unknown])[];
    make: () => Promise<Row>;
    reload: (id: string) => Promise<Row>;
    count: () => Promise<number>;
    unchanged?: (target: Row) => Promise<void>;
  },
) {
  for (const [role, key] of Object.entries(NON_ADMIN_DEMO_USERS)) {
    for (const [label, action, input] of spec.actions) {
      it(`${label} by a ${role}: FORBIDDEN, nothing changes, authz.denied is audited`, async () => {
        const actor = demo[key];
        const target = await spec.make();
        const before = await spec.count();
        const r = await action.execute(actor, input(target.id), { db: demo.prisma });
        expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
        expect(await spec.reload(target.id)).toEqual(target);
        expect(await spec.count()).toBe(before);
        await spec.unchanged?.(target);
        const denied = await latestDenial(demo.t, actor.id, action.name);
        expect(denied?.after).toMatchObject({ permission: spec.permission });
        expect(await demo.prisma.auditEvent.count({ where: { entityId: target.id } })).toBe(0);
      });
    }
  }
}

/** Test setup through the real action: runs `action` as `actor` and returns its data; a refusal throws with the whole result. */
export async function executeOk<T>(action: Pick<Action<unknown, T>, "execute">, actor: Actor, input: unknown, opts: ExecuteOptions): Promise<T> {
  const r = await action.execute(actor, input, opts);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
}

/** The newest authz.denied event the action builder wrote for `actorId` trying the action named `actionName`. */
export function latestDenial(database: Pick<TestDatabase, "prisma">, actorId: string, actionName: string) {
  return database.prisma.auditEvent.findFirst({ where: { action: "authz.denied", actorId, entityId: actionName }, orderBy: { id: "desc" } });
}
