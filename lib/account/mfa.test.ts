import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { authenticate } from "@/lib/auth/authenticate";
import { decryptSecret } from "@/lib/auth/mfa";
import { createTokenAction } from "@/lib/tokens/mutations";
import { updateUserAction } from "@/lib/users/mutations";
// Aliased: the helpers below call it per test, which the React hooks rule would misread.
import { useTestDatabase as freshDatabase } from "@/tests/db";
import { confirmMfaEnrolmentAction, reauthenticateAction, startMfaEnrolmentAction, verifyMfaAction } from "./mfa";

const NOW = new Date("2026-11-25T10:00:00Z");
const sec = (d: Date) => Math.floor(d.getTime() / 1000);
const PASSWORD = "correct horse battery staple";
const ADMIN = "admin@demo.masterplan.example";

async function adminSession(mfa: "ok" | "enrol" | "verify" = "ok", authTime = sec(NOW)) {
  const db = await freshDatabase("demo");
  const u = await db.prisma.user.findUniqueOrThrow({ where: { email: ADMIN } });
  const actor: Actor = { id: u.id, role: u.role, departmentId: u.departmentId, via: "session", session: { authTime, mfa } };
  return { prisma: db.prisma, user: u, actor };
}

async function enrol(prisma: Awaited<ReturnType<typeof adminSession>>["prisma"], actor: Actor) {
  expect((await startMfaEnrolmentAction.execute(actor, {}, { db: prisma, now: NOW })).ok).toBe(true);
  const stored = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
  const secret = decryptSecret(stored.mfaSecret!)!;
  const r = await confirmMfaEnrolmentAction.execute(actor, { code: await generate({ secret, epoch: sec(NOW) }) }, { db: prisma, now: NOW });
  return { secret, r };
}

describe("MFA enrolment", () => {
  it("enables MFA with the secret and a correct code, returns ten recovery codes stored only hashed", async () => {
    const { prisma, actor } = await adminSession("enrol");
    const { r } = await enrol(prisma, actor);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.recoveryCodes).toHaveLength(10);
    expect(confirmMfaEnrolmentAction.sessionClaims?.(r.data, actor)).toEqual({ mfa: "totp" });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(after.mfaEnabledAt).toEqual(NOW);
    const hashes = (await prisma.mfaRecoveryCode.findMany({ where: { userId: actor.id } })).map((c) => c.codeHash);
    expect(hashes).toHaveLength(10);
    for (const c of r.data.recoveryCodes) expect(hashes.join()).not.toContain(c.replace(/-/g, ""));
    expect(await prisma.auditEvent.count({ where: { action: "account.mfa.enabled", entityId: actor.id } })).toBe(1);
  });

  it("refuses a wrong confirmation code in the user's language and leaves MFA off", async () => {
    const { prisma, actor } = await adminSession("enrol");
    await startMfaEnrolmentAction.execute(actor, {}, { db: prisma, now: NOW });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
    const right = await generate({ secret: decryptSecret(stored.mfaSecret!)!, epoch: sec(NOW) });
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    const r = await confirmMfaEnrolmentAction.execute(actor, { code: wrong }, { db: prisma, now: NOW, locale: "de" });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { code: [expect.stringMatching(/Code/)] } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: actor.id } })).mfaEnabledAt).toBeNull();
  });
});

describe("sign-in with a second factor", () => {
  it("asks for the code, accepts it once, refuses it replayed in the same step, and takes a recovery code once", async () => {
    const { prisma, actor } = await adminSession("enrol");
    const { secret, r } = await enrol(prisma, actor);
    if (!r.ok) throw new Error("enrolment failed");
    const later = new Date(NOW.getTime() + 60_000);
    const creds = { email: ADMIN, password: PASSWORD, ip: "10.1.1.1" };
    expect(await authenticate(prisma, creds, later)).toMatchObject({ ok: false, reason: "MFA_REQUIRED" });
    const code = await generate({ secret, epoch: sec(later) });
    expect(await authenticate(prisma, { ...creds, code }, later)).toMatchObject({ ok: true, mfa: "totp" });
    expect(await authenticate(prisma, { ...creds, code }, new Date(later.getTime() + 3_000))).toMatchObject({ ok: false, reason: "MFA_INVALID" });
    const recovery = r.data.recoveryCodes[0]!;
    expect(await authenticate(prisma, { ...creds, code: recovery }, later)).toMatchObject({ ok: true, mfa: "recovery" });
    expect(await authenticate(prisma, { ...creds, code: recovery }, later)).toMatchObject({ ok: false, reason: "MFA_INVALID" });
    // A wrong password never reveals whether a code is needed.
    expect(await authenticate(prisma, { ...creds, password: "wrong password here" }, later)).toMatchObject({ ok: false, reason: "INVALID" });
  });
});

describe("session gates in the action builder", () => {
  it("refuses an admin without MFA every normal action until enrolled (MFA_REQUIRED, in the user's language)", async () => {
    const { prisma, actor } = await adminSession("enrol");
    const r = await createTokenAction.execute(actor, { name: "x", scopes: ["READ"], expiresInDays: 30 }, { db: prisma, now: NOW, locale: "en" });
    expect(r).toMatchObject({ ok: false, code: "MFA_REQUIRED", fieldErrors: { _form: [expect.stringMatching(/second factor/i)] } });
    expect(await prisma.apiToken.count({ where: { userId: actor.id } })).toBe(0);
    // Enrolment itself is allowed; afterwards (session claims mfa) the action runs.
    expect((await enrol(prisma, actor)).r.ok).toBe(true);
    const ok = await createTokenAction.execute({ ...actor, session: { authTime: sec(NOW), mfa: "ok" } }, { name: "x", scopes: ["READ"], expiresInDays: 30 }, { db: prisma, now: NOW });
    expect(ok.ok).toBe(true);
  });

  it("refuses a sensitive action when the sign-in is 11 minutes old (REAUTH_REQUIRED), allows it at 9", async () => {
    const { prisma, actor, user } = await adminSession("ok", sec(NOW) - 11 * 60);
    const viewer = await prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    const input = { id: viewer.id, version: viewer.version, email: viewer.email, name: viewer.name, role: "COUNCIL_MEMBER", departmentId: "", locale: "de" };
    const stale = await updateUserAction.execute(actor, input, { db: prisma, now: NOW, locale: "de" });
    expect(stale).toMatchObject({ ok: false, code: "REAUTH_REQUIRED", fieldErrors: { _form: [expect.stringMatching(/Passwort/)] } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: viewer.id } })).role).toBe("VIEWER");
    const token = await createTokenAction.execute(actor, { name: "x", scopes: ["READ"], expiresInDays: 30 }, { db: prisma, now: NOW });
    expect(token).toMatchObject({ ok: false, code: "REAUTH_REQUIRED" });
    // Re-authentication (password; this admin has no second factor yet) makes it fresh again.
    const re = await reauthenticateAction.execute(actor, { password: PASSWORD }, { db: prisma, now: NOW });
    expect(re).toMatchObject({ ok: true, data: { verified: true } });
    const claims = re.ok ? reauthenticateAction.sessionClaims?.(re.data, actor) : null;
    expect(claims).toEqual({ reauthAt: sec(NOW) });
    const fresh = { ...actor, session: { authTime: claims!.reauthAt!, mfa: "ok" as const } };
    expect((await updateUserAction.execute(fresh, input, { db: prisma, now: new Date(NOW.getTime() + 9 * 60_000) })).ok).toBe(true);
    expect(user.role).toBe("ADMIN");
  });

  it("re-authentication with a wrong password is refused and counted against the sign-in limit", async () => {
    const { prisma, actor } = await adminSession("ok");
    const r = await reauthenticateAction.execute(actor, { password: "not the password" }, { db: prisma, now: NOW });
    expect(r).toMatchObject({ ok: true, data: { verified: false } });
    expect(r.ok && reauthenticateAction.sessionClaims?.(r.data, actor)).toBeNull();
    expect(await prisma.loginAttempt.count({ where: { email: ADMIN, success: false } })).toBe(1);
  });

  it("a session that owes the code (e.g. SSO without MFA) is verified by a code, not a replayed one", async () => {
    const { prisma, actor } = await adminSession("enrol");
    const { secret } = await enrol(prisma, actor);
    const pending: Actor = { ...actor, session: { authTime: sec(NOW), mfa: "verify" } };
    const later = new Date(NOW.getTime() + 90_000);
    expect((await createTokenAction.execute(pending, { name: "x", scopes: ["READ"], expiresInDays: 30 }, { db: prisma, now: later })).ok).toBe(false);
    const code = await generate({ secret, epoch: sec(later) });
    const ok = await verifyMfaAction.execute(pending, { code }, { db: prisma, now: later });
    expect(ok).toMatchObject({ ok: true, data: { verified: true, method: "totp" } });
    const again = await verifyMfaAction.execute(pending, { code }, { db: prisma, now: later });
    expect(again).toMatchObject({ ok: true, data: { verified: false } });
  });
});
