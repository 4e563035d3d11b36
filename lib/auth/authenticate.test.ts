import { beforeEach, describe, expect, it, vi } from "vitest";
import { demoFixture } from "@/tests/db";
import { DEMO_PASSWORD } from "@/lib/demo";
import { authenticate } from "./authenticate";
import { LOGIN_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, isThrottled, pruneLoginAttempts } from "./login-throttle";
import * as password from "./password";
import { checkPassword } from "./password-policy";

// Pass-through spy: proves when a password is (not) checked, and against which hash.
vi.mock("./password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const verifySpy = vi.mocked(password.verifyPassword);

const PASSWORD = "correct horse battery staple";
const WRONG = "wrong horse battery staple";
const T0 = new Date("2026-11-25T09:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

const demo = demoFixture();
beforeEach(() => {
  verifySpy.mockClear();
});

// Each test uses its own accounts and addresses, so their attempts do not add up.
describe("authenticate", () => {
  it("still signs in with a password set under the older policy (the demo password), though it is refused as a new one", async () => {
    expect(checkPassword(DEMO_PASSWORD, { email: "admin@demo.masterplan.example", name: "Admin", context: ["Digitaler Masterplan Duisburg"] })).toEqual({ ok: false, code: "CONTAINS_SITE_NAME" });
    const email = "tobias.kraemer@demo.masterplan.example";
    await demo.prisma.user.update({ where: { email }, data: { passwordHash: await password.hashPassword(DEMO_PASSWORD) } });
    const r = await authenticate(demo.prisma, { email, password: DEMO_PASSWORD, ip: "198.51.100.201" }, T0);
    expect(r.ok).toBe(true);
  });

  it("signs in with the right password, records the success and writes auth.login.succeeded", async () => {
    const r = await authenticate(demo.prisma, { email: "  Admin@Demo.Masterplan.Example ", password: PASSWORD, ip: "198.51.100.1" }, T0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const admin = await demo.prisma.user.findUniqueOrThrow({ where: { email: "admin@demo.masterplan.example" } });
    expect(r.user).toEqual({
      id: admin.id,
      email: "admin@demo.masterplan.example",
      name: admin.name,
      role: "ADMIN",
      departmentId: admin.departmentId,
      sessionVersion: admin.sessionVersion,
      mustChangePassword: false,
    });
    expect(admin.lastLoginAt).toEqual(T0);
    const attempts = await demo.prisma.loginAttempt.findMany({ where: { ip: "198.51.100.1" } });
    expect(attempts).toMatchObject([{ email: "admin@demo.masterplan.example", success: true, at: T0 }]);
    const audit = await demo.prisma.auditEvent.findMany({ where: { action: "auth.login.succeeded", entityId: admin.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, entityType: "User", after: { email: admin.email, ip: "198.51.100.1" } });
  });

  it("gives an unknown user and a wrong password the identical result, both after a password check", async () => {
    const unknown = await authenticate(demo.prisma, { email: "nobody@demo.masterplan.example", password: WRONG, ip: "198.51.100.2" }, T0);
    expect(verifySpy).toHaveBeenCalledTimes(1);
    expect(verifySpy.mock.calls[0]![0]).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/); // the dummy hash, same cost
    const wrong = await authenticate(demo.prisma, { email: "rat@demo.masterplan.example", password: WRONG, ip: "198.51.100.2" }, T0);
    expect(verifySpy).toHaveBeenCalledTimes(2);
    expect(unknown).toEqual({ ok: false, reason: "INVALID" });
    expect(wrong).toEqual(unknown);
  });

  it("writes auth.login.failed as anonymous, with the user id when the account exists and never the password", async () => {
    const ip = "198.51.100.3";
    const council = await demo.prisma.user.findUniqueOrThrow({ where: { email: "rat@demo.masterplan.example" } });
    await authenticate(demo.prisma, { email: "nobody@demo.masterplan.example", password: WRONG, ip }, T0);
    await authenticate(demo.prisma, { email: council.email, password: WRONG, ip }, T0);
    const failed = await demo.prisma.auditEvent.findMany({ where: { action: "auth.login.failed", after: { path: ["ip"], equals: ip } }, orderBy: { id: "asc" } });
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatchObject({ actorId: null, actorLabel: "anonymous", entityType: "User", entityId: null, after: { email: "nobody@demo.masterplan.example", ip } });
    expect(failed[1]).toMatchObject({ actorId: null, actorLabel: "anonymous", entityType: "User", entityId: council.id, after: { email: council.email, ip } });
    expect(JSON.stringify(failed.map((e) => e.after))).not.toContain(WRONG);
    expect(await demo.prisma.loginAttempt.count({ where: { ip, success: false } })).toBe(2);
  });

  it("refuses the 11th wrong password within a minute for one account without checking the password", async () => {
    const email = "projektleitung@demo.masterplan.example";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      // Different addresses: only the per-account limit is in play.
      const r = await authenticate(demo.prisma, { email, password: `${WRONG} ${i}`, ip: `203.0.113.${i}` }, at(i * 5));
      expect(r).toEqual({ ok: false, reason: "INVALID" });
    }
    verifySpy.mockClear();
    // The 11th attempt carries the CORRECT password and is still refused: it was never checked.
    const r = await authenticate(demo.prisma, { email, password: PASSWORD, ip: "203.0.113.99" }, at(55));
    expect(r).toEqual({ ok: false, reason: "THROTTLED", retryAfterSeconds: 15 * 60 - 55 });
    expect(verifySpy).not.toHaveBeenCalled();
    // Refused attempts are not recorded, so they do not prolong the lockout.
    expect(await demo.prisma.loginAttempt.count({ where: { email } })).toBe(MAX_FAILURES_PER_ACCOUNT);
    const throttled = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.login.throttled", after: { path: ["email"], equals: email } } });
    expect(throttled).toMatchObject({ actorId: null, actorLabel: "anonymous", after: { scope: "account", ip: "203.0.113.99" } });
  });

  it("lets a correct password work again after the window", async () => {
    const email = "abteilungsleitung@demo.masterplan.example";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await authenticate(demo.prisma, { email, password: WRONG, ip: "203.0.114.1" }, at(i));
    }
    expect(await authenticate(demo.prisma, { email, password: PASSWORD, ip: "203.0.114.1" }, at(60))).toMatchObject({ ok: false, reason: "THROTTLED" });
    const r = await authenticate(demo.prisma, { email, password: PASSWORD, ip: "203.0.114.1" }, new Date(T0.getTime() + 16 * 60 * 1000));
    expect(r.ok).toBe(true);
  });

  it("frees one slot per failure that leaves the window (sliding, not fixed)", async () => {
    const email = "tobias.kraemer@demo.masterplan.example";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await authenticate(demo.prisma, { email, password: WRONG, ip: "192.0.2.50" }, at(i * 60)); // one a minute
    }
    // At 15 min + 30 s only the first failure has left the window: 9 count, one more attempt is allowed.
    const later = at(15 * 60 + 30);
    expect(await isThrottled(demo.prisma, { email, ip: "192.0.2.51" }, later)).toEqual({ throttled: false });
    expect(await authenticate(demo.prisma, { email, password: WRONG, ip: "192.0.2.51" }, later)).toEqual({ ok: false, reason: "INVALID" });
    // ... and then it is full again until the second failure (at 1 min) leaves: 30 s later.
    expect(await isThrottled(demo.prisma, { email, ip: "192.0.2.51" }, later)).toEqual({ throttled: true, retryAfterSeconds: 30, scope: "account" });
  });

  it("limits one address across different accounts", async () => {
    const ip = "192.0.2.77";
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      const r = await authenticate(demo.prisma, { email: `spray${i}@example.org`, password: WRONG, ip }, at(i));
      expect(r.ok).toBe(false);
    }
    verifySpy.mockClear();
    // A fresh account, with its right password, from the same address: refused unchecked.
    const r = await authenticate(demo.prisma, { email: "betrachter@demo.masterplan.example", password: PASSWORD, ip }, at(60));
    expect(r).toEqual({ ok: false, reason: "THROTTLED", retryAfterSeconds: 15 * 60 - 60 });
    expect(verifySpy).not.toHaveBeenCalled();
    // The same account from another address is fine.
    expect((await authenticate(demo.prisma, { email: "betrachter@demo.masterplan.example", password: PASSWORD, ip: "192.0.2.78" }, at(60))).ok).toBe(true);
  });

  it("does not let a burst of parallel guesses exceed the per-account limit", async () => {
    const email = "lea.schuermann@demo.masterplan.example";
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => authenticate(demo.prisma, { email, password: `${WRONG} ${i}`, ip: `198.18.0.${i}` }, at(i % 3))),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "INVALID").length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(verifySpy.mock.calls.length).toBe(checked);
    expect(results.filter((r) => !r.ok && r.reason === "THROTTLED").length).toBe(30 - checked);
    expect(await demo.prisma.loginAttempt.count({ where: { email, success: false } })).toBe(checked);
  });

  it("refuses an inactive user with the right password like a wrong one", async () => {
    const email = "markus.terhorst@demo.masterplan.example";
    await demo.prisma.user.update({ where: { email }, data: { active: false } });
    const r = await authenticate(demo.prisma, { email, password: PASSWORD, ip: "192.0.2.90" }, T0);
    expect(r).toEqual({ ok: false, reason: "INVALID" });
    expect(verifySpy).toHaveBeenCalledTimes(1); // the dummy check, for equal timing
    expect(await demo.prisma.loginAttempt.count({ where: { email, success: true } })).toBe(0);
    await demo.prisma.user.update({ where: { email }, data: { active: true } });
  });

  it("refuses a user without a password hash", async () => {
    const email = "sabine.nowak@demo.masterplan.example";
    await demo.prisma.user.update({ where: { email }, data: { passwordHash: null } });
    expect(await authenticate(demo.prisma, { email, password: PASSWORD, ip: "192.0.2.91" }, T0)).toEqual({ ok: false, reason: "INVALID" });
  });

  it("answers malformed input with INVALID and records nothing", async () => {
    const before = await demo.prisma.loginAttempt.count();
    for (const input of [
      { email: "", password: PASSWORD, ip: "192.0.2.92" },
      { email: "admin@demo.masterplan.example", password: "", ip: "192.0.2.92" },
      { email: "admin@demo.masterplan.example", password: "x".repeat(1025), ip: "192.0.2.92" },
      { email: ["admin@demo.masterplan.example"], password: PASSWORD, ip: "192.0.2.92" },
      { email: "admin@demo.masterplan.example", password: PASSWORD, ip: "" },
    ]) {
      expect(await authenticate(demo.prisma, input, T0)).toEqual({ ok: false, reason: "INVALID" });
    }
    expect(verifySpy).not.toHaveBeenCalled();
    expect(await demo.prisma.loginAttempt.count()).toBe(before);
  });

  it("never stores a password in audit events", async () => {
    const events = await demo.prisma.auditEvent.findMany({ where: { action: { startsWith: "auth.login." } } });
    expect(events.length).toBeGreaterThan(50);
    const json = JSON.stringify(events, (_, v) => (typeof v === "bigint" ? v.toString() : v));
    expect(json).not.toContain("horse battery staple");
    expect(json).not.toMatch(/password/i);
  });
});

describe("pruneLoginAttempts", () => {
  it("deletes old attempts but never those inside the current window", async () => {
    const now = at(3600);
    const total = await demo.prisma.loginAttempt.count();
    const recent = await demo.prisma.loginAttempt.count({ where: { at: { gte: new Date(now.getTime() - LOGIN_WINDOW_MS) } } });
    const deleted = await pruneLoginAttempts(demo.prisma, new Date(now.getTime() + 1000), now); // asks for too much
    expect(deleted).toBe(total - recent);
    expect(await demo.prisma.loginAttempt.count()).toBe(recent);
  });
});
