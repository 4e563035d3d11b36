import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import de from "@/lib/i18n/messages/de.json";
import { demoFixture, itRefusesEveryNonAdmin } from "@/tests/db";
import * as userActions from "./mutations";
import { hashResetToken } from "./password-reset";

const demo = demoFixture();
let digiId: string;
let verkId: string;

/** A fresh account to act on, so tests do not depend on each other. */
async function makeUser(overrides: { role?: "VIEWER" | "PROJECT_LEAD" | "ADMIN"; active?: boolean } = {}) {
  return demo.prisma.user.create({
    data: { email: `u-${randomUUID()}@test.example`, name: "Test Person", role: overrides.role ?? "VIEWER", active: overrides.active ?? true, passwordHash: "$argon2id$not-a-real-hash" },
  });
}

/** Audit rows as text (ids are bigints), to search for things that must not be in them. */
const text = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

const snapshot = (id: string) => demo.prisma.user.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  digiId = (await demo.prisma.department.findUniqueOrThrow({ where: { code: "DIGI" } })).id;
  verkId = (await demo.prisma.department.findUniqueOrThrow({ where: { code: "VERK" } })).id;
});

describe("createUserAction", () => {
  it("creates a password-less user, returns a one-time link and audits both in the same request", async () => {
    const r = await userActions.createUserAction.execute(
      demo.admin,
      { email: "  Neue.Person@Stadt.Example ", name: "Neue Person", role: "PROJECT_LEAD", departmentId: digiId },
      { db: demo.prisma, requestId: "req-create-user-1" },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const stored = await snapshot(r.data.user.id);
    expect(stored).toMatchObject({ email: "neue.person@stadt.example", role: "PROJECT_LEAD", departmentId: digiId, passwordHash: null, active: true });
    const token = r.data.path.replace("/reset-password/", "");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const reset = await demo.prisma.passwordReset.findFirstOrThrow({ where: { userId: stored.id } });
    expect(reset.tokenHash).toBe(hashResetToken(token));
    expect(reset.tokenHash).not.toContain(token);
    expect(reset.expiresAt.getTime() - reset.createdAt.getTime()).toBeGreaterThan(23.9 * 3600_000);

    const events = await demo.prisma.auditEvent.findMany({ where: { requestId: "req-create-user-1" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["user.create", "user.password.issueLink"]);
    expect(events[0]).toMatchObject({ actorId: demo.admin.id, entityType: "User", entityId: stored.id });
    expect(events[0]!.after).toMatchObject({ email: "neue.person@stadt.example", role: "PROJECT_LEAD" });
    expect(text(events)).not.toMatch(/passwordHash|tokenHash/);
    expect(text(events)).not.toContain(token);
  });

  it("requires a department for department heads and project leads (in the user's language)", async () => {
    for (const role of ["DEPARTMENT_HEAD", "PROJECT_LEAD"]) {
      const r = await userActions.createUserAction.execute(demo.admin, { email: `${role}@x.example`, name: "Ohne Amt", role, departmentId: "" }, { db: demo.prisma });
      expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { departmentId: [de.validation.departmentRequired] } });
    }
    expect(await demo.prisma.user.count({ where: { name: "Ohne Amt" } })).toBe(0);
  });

  it("refuses an email address in use (any case) with a conflict on the email field", async () => {
    const r = await userActions.createUserAction.execute(demo.admin, { email: "ADMIN@demo.masterplan.example", name: "Doppelt", role: "VIEWER" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { email: [de.users.errors.emailTaken] } });
  });

  it("ignores passwordHash, sessionVersion, active and mustChangePassword in the input", async () => {
    const r = await userActions.createUserAction.execute(
      demo.admin,
      { email: "strip@test.example", name: "Strip Test", role: "VIEWER", passwordHash: "$argon2id$evil", sessionVersion: 99, active: false, mustChangePassword: true, version: 7 },
      { db: demo.prisma },
    );
    expect(r.ok).toBe(true);
    const stored = await demo.prisma.user.findUniqueOrThrow({ where: { email: "strip@test.example" } });
    expect(stored).toMatchObject({ passwordHash: null, sessionVersion: 1, active: true, mustChangePassword: false, version: 1 });
  });
});

describe("updateUserAction", () => {
  it("bumps sessionVersion when the role or the department changes, not for a new name", async () => {
    const u = await makeUser({ role: "PROJECT_LEAD" });
    await demo.prisma.user.update({ where: { id: u.id }, data: { departmentId: digiId } });
    const base = { id: u.id, name: "Renamed", role: "PROJECT_LEAD", departmentId: digiId };
    const renamed = await userActions.updateUserAction.execute(demo.admin, { ...base, version: 1 }, { db: demo.prisma });
    expect(renamed).toMatchObject({ ok: true, data: { name: "Renamed", sessionVersion: 1, version: 2 } });
    const promoted = await userActions.updateUserAction.execute(demo.admin, { ...base, role: "DEPARTMENT_HEAD", version: 2 }, { db: demo.prisma });
    expect(promoted).toMatchObject({ ok: true, data: { role: "DEPARTMENT_HEAD", sessionVersion: 2, version: 3 } });
    const moved = await userActions.updateUserAction.execute(demo.admin, { ...base, role: "DEPARTMENT_HEAD", departmentId: verkId, version: 3 }, { db: demo.prisma });
    expect(moved).toMatchObject({ ok: true, data: { departmentId: verkId, sessionVersion: 3 } });

    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.update", entityId: u.id }, orderBy: { id: "desc" } });
    expect(event.before).toMatchObject({ departmentId: digiId, sessionVersion: 2 });
    expect(event.after).toMatchObject({ departmentId: verkId, sessionVersion: 3 });
    expect(JSON.stringify([event.before, event.after])).not.toContain("passwordHash");
  });

  it("answers a stale version with CONFLICT and the current row, and changes and audits nothing", async () => {
    const u = await makeUser();
    await demo.prisma.user.update({ where: { id: u.id }, data: { name: "Changed Elsewhere", version: 2 } });
    const auditBefore = await demo.prisma.auditEvent.count({ where: { entityId: u.id } });
    const r = await userActions.updateUserAction.execute(demo.admin, { id: u.id, version: 1, name: "Mine", role: "COUNCIL_MEMBER", departmentId: "" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", current: { id: u.id, name: "Changed Elsewhere", version: 2 } });
    expect(JSON.stringify(r)).not.toContain("passwordHash");
    expect(await snapshot(u.id)).toMatchObject({ name: "Changed Elsewhere", role: "VIEWER", sessionVersion: 1 });
    expect(await demo.prisma.auditEvent.count({ where: { entityId: u.id } })).toBe(auditBefore);
  });

  it("ignores passwordHash, sessionVersion, email and active in the input", async () => {
    const u = await makeUser();
    const r = await userActions.updateUserAction.execute(
      demo.admin,
      { id: u.id, version: 1, name: "Same Role", role: "VIEWER", departmentId: "", passwordHash: "$argon2id$evil", sessionVersion: 42, email: "evil@x.example", active: false },
      { db: demo.prisma },
    );
    expect(r.ok).toBe(true);
    expect(await snapshot(u.id)).toMatchObject({ passwordHash: u.passwordHash, sessionVersion: 1, email: u.email, active: true, name: "Same Role" });
  });

  it("does not let an admin remove their own admin role", async () => {
    const me = await snapshot(demo.admin.id);
    const r = await userActions.updateUserAction.execute(demo.admin, { id: demo.admin.id, version: me.version, name: me.name, role: "VIEWER", departmentId: me.departmentId ?? "" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN", fieldErrors: { role: [de.users.errors.ownRole] } });
    expect(await snapshot(demo.admin.id)).toMatchObject({ role: "ADMIN", version: me.version, sessionVersion: me.sessionVersion });
  });
});

describe("deactivateUserAction / reactivateUserAction", () => {
  it("deactivation ends sessions and open reset links; reactivation restores access", async () => {
    const u = await makeUser();
    await demo.prisma.passwordReset.create({ data: { userId: u.id, tokenHash: `h-${u.id}`, expiresAt: new Date(Date.now() + 3600_000) } });
    const off = await userActions.deactivateUserAction.execute(demo.admin, { id: u.id, version: 1, role: "ADMIN" }, { db: demo.prisma });
    expect(off).toMatchObject({ ok: true, data: { active: false, sessionVersion: 2, version: 2, role: "VIEWER" } });
    const link = await demo.prisma.passwordReset.findFirstOrThrow({ where: { userId: u.id } });
    expect(link.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    const on = await userActions.reactivateUserAction.execute(demo.admin, { id: u.id, version: 2 }, { db: demo.prisma });
    expect(on).toMatchObject({ ok: true, data: { active: true, sessionVersion: 2, version: 3 } });
    const actions = (await demo.prisma.auditEvent.findMany({ where: { entityId: u.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("does not let an admin deactivate themselves", async () => {
    const me = await snapshot(demo.admin.id);
    const r = await userActions.deactivateUserAction.execute(demo.admin, { id: demo.admin.id, version: me.version }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot(demo.admin.id)).toMatchObject({ active: true, sessionVersion: me.sessionVersion });
  });
});

describe("password resets by an admin", () => {
  it("a temporary password is returned once, stored as an Argon2id hash, and must be changed", async () => {
    const u = await makeUser();
    const r = await userActions.issueTemporaryPasswordAction.execute(demo.admin, { id: u.id, passwordHash: "x", mustChangePassword: false }, { db: demo.prisma });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.password.length).toBeGreaterThanOrEqual(16);
    const stored = await snapshot(u.id);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash!, r.data.password)).toBe(true);
    expect(stored).toMatchObject({ mustChangePassword: true, sessionVersion: 2 });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.password.issueTemporary", entityId: u.id } });
    expect(text(event)).not.toContain(r.data.password);
    expect(text(event)).not.toMatch(/passwordHash|argon2/);
  });

  it("a new reset link ends sessions and the previous link", async () => {
    const u = await makeUser();
    const first = await userActions.issuePasswordResetLinkAction.execute(demo.admin, { id: u.id }, { db: demo.prisma });
    const second = await userActions.issuePasswordResetLinkAction.execute(demo.admin, { id: u.id }, { db: demo.prisma });
    expect(first.ok && second.ok).toBe(true);
    const open = await demo.prisma.passwordReset.count({ where: { userId: u.id, usedAt: null, expiresAt: { gt: new Date() } } });
    expect(open).toBe(1);
    expect((await snapshot(u.id)).sessionVersion).toBe(3);
  });

  it("refuses to reset the password of a deactivated user", async () => {
    const u = await makeUser({ active: false });
    expect(await userActions.issuePasswordResetLinkAction.execute(demo.admin, { id: u.id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await userActions.issueTemporaryPasswordAction.execute(demo.admin, { id: u.id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await snapshot(u.id)).toMatchObject({ passwordHash: u.passwordHash, sessionVersion: 1 });
  });
});

describe("every non-admin role is refused", () => {
  itRefusesEveryNonAdmin(demo, {
    permission: "user.manage",
    actions: [
      ["createUserAction", userActions.createUserAction, () => ({ email: `forbidden-${randomUUID()}@x.example`, name: "Nope", role: "ADMIN" })],
      ["updateUserAction", userActions.updateUserAction, (id: string) => ({ id, version: 1, name: "Nope", role: "ADMIN", departmentId: "" })],
      ["deactivateUserAction", userActions.deactivateUserAction, (id: string) => ({ id, version: 1 })],
      ["reactivateUserAction", userActions.reactivateUserAction, (id: string) => ({ id, version: 1 })],
      ["issuePasswordResetLinkAction", userActions.issuePasswordResetLinkAction, (id: string) => ({ id })],
      ["issueTemporaryPasswordAction", userActions.issueTemporaryPasswordAction, (id: string) => ({ id })],
    ],
    make: () => makeUser(),
    reload: snapshot,
    count: () => demo.prisma.user.count(),
    unchanged: async (target) => expect(await demo.prisma.passwordReset.count({ where: { userId: target.id } })).toBe(0),
  });
});
