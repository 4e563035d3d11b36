// Shared types and helpers for the authorization matrix. Each file in tests/authz/cases/ exports
// `CASES`: per action, how to build a valid input for a target in the actor's scope, the expected
// outcome per role, and (where scope matters) a target outside it (swapped ids).
import type { Action } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";

/** The roles every case states an outcome for. */
export type StatedRole = "admin" | "head" | "council" | "lead" | "viewer";
/** The demo users the matrix runs as: the stated roles and the partner contact (PARTNER_CONTACT, UDE). */
export type RoleKey = StatedRole | "partner";
/** "CONFLICT": permitted, but refused by a rule of the data (e.g. a second masterplan). */
export type Outcome = "ok" | "FORBIDDEN" | "NOT_FOUND" | "UNAUTHENTICATED" | "CONFLICT";
export type Fixture = { db: Db; actors: Record<RoleKey, Actor> };

/**
 * Outcomes per role. The partner contact reads nothing internal and acts only on their partner's
 * milestones and KPIs on initiatives they are assigned to (tests/authz/partner-contact.test.ts): the
 * matrix expects FORBIDDEN for them unless a case says otherwise.
 */
export type Expectation = Record<StatedRole, Outcome> & { partner?: Outcome };

export type Case = {
  action: Action<never, unknown>;
  input: (f: Fixture, role: RoleKey) => Promise<unknown>;
  expect: Expectation;
  foreign?: { input: (f: Fixture, role: RoleKey) => Promise<unknown>; expect: Partial<Record<RoleKey, Outcome>> };
};

let n = 0;
/** Unique suffix so that repeated successful runs do not collide. */
export const uniq = () => `${Date.now().toString(36).toUpperCase()}${(n++).toString(36).toUpperCase()}`;

export const everyone: Expectation = { admin: "ok", head: "ok", council: "ok", lead: "ok", viewer: "ok" };
export const adminOnly: Expectation = { admin: "ok", head: "FORBIDDEN", council: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN" };
/** Acting on one's own account (password, sessions, second factor, notifications): partner contacts too. */
export const everyoneOnOwnAccount: Expectation = { admin: "ok", head: "ok", council: "ok", lead: "ok", viewer: "ok", partner: "ok" };
export const nobody: Expectation = { admin: "FORBIDDEN", head: "FORBIDDEN", council: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN", partner: "FORBIDDEN" };

/** Another demo user than the one in `role`: whose rows are "somebody else's". */
export const someoneElse = (f: Fixture, role: RoleKey): Actor => f.actors[role === "admin" ? "viewer" : "admin"];

/** The input of the actions that need nothing but the target row and the version the caller saw. */
export const idAndVersion = ({ id, version }: { id: string; version: number }) => ({ id, version });

/** An admin-only action on a fresh row made by `scratch` (archive, unarchive, delete, deactivate ...). */
export const adminOnlyOnFreshRow = (action: Case["action"], scratch: (db: Db) => Promise<{ id: string; version: number }>): Case => ({
  action,
  input: async (f) => idAndVersion(await scratch(f.db)),
  expect: adminOnly,
});

/**
 * An action on a row of the caller's own (a token, a session, a notification), made by `scratch` for the
 * user and addressed by its id: every role may act on its own; with a swapped id (somebody else's row)
 * nobody may, not even an admin.
 */
export const ownRowsOnly = (action: Case["action"], scratch: (db: Db, userId: string) => Promise<string>, expect: Expectation = everyone): Case => ({
  action,
  input: async (f, role) => ({ id: await scratch(f.db, f.actors[role].id) }),
  expect,
  foreign: { input: async (f, role) => ({ id: await scratch(f.db, someoneElse(f, role).id) }), expect: nobody },
});

/** "own": in scope of the demo project lead; "foreign": the swapped target outside it. */
export type Scope = "own" | "foreign";

/** Initiatives the demo project lead leads in their department (DIGI), or of another department they do not lead. */
export function leadInitiativesWhere(f: Fixture, scope: Scope) {
  const lead = f.actors.lead;
  return scope === "own"
    ? { leads: { some: { userId: lead.id } }, departmentId: lead.departmentId! }
    : { leads: { none: { userId: lead.id } }, departmentId: { not: lead.departmentId! } };
}

/** The first of those initiatives by code. */
export async function leadInitiativeId(f: Fixture, scope: Scope): Promise<string> {
  const i = await f.db.initiative.findFirstOrThrow({ where: leadInitiativesWhere(f, scope), orderBy: { code: "asc" }, select: { id: true } });
  return i.id;
}
