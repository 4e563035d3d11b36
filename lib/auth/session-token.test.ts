import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/testing";
import { useTestDatabase } from "@/tests/db";
import { authOptions, cookieNames } from "./options";
import { checkToken, issueToken, type SessionToken } from "./session-token";

const HOUR = 3600;

describe("session tokens", () => {
  it("stay valid while the user is unchanged and within the absolute lifetime", async () => {
    const { prisma } = await useTestDatabase("demo");
    const u = await prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    const token = (await issueToken(prisma, u.id, 1_000_000))!;
    expect(await checkToken(prisma, token, 1_000_000 + 9 * HOUR, 10 * HOUR)).toMatchObject({ valid: true });
  });

  it("end after the absolute lifetime, however active the session", async () => {
    const { prisma } = await useTestDatabase("demo");
    const u = await prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    const token = (await issueToken(prisma, u.id, 1_000_000))!;
    expect(await checkToken(prisma, token, 1_000_000 + 10 * HOUR + 1, 10 * HOUR)).toEqual({ valid: false, reason: "EXPIRED" });
  });

  it("end on the next request after the user is deactivated", async () => {
    const { prisma } = await useTestDatabase("demo");
    const u = await prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    const token = (await issueToken(prisma, u.id, 1_000_000))!;
    await prisma.user.update({ where: { id: u.id }, data: { active: false } });
    expect(await checkToken(prisma, token, 1_000_001, 10 * HOUR)).toEqual({ valid: false, reason: "REVOKED" });
  });

  it("end on the next request after a role change bumps the session version", async () => {
    const { prisma } = await useTestDatabase("demo");
    const u = await prisma.user.findUniqueOrThrow({ where: { email: "rat@demo.masterplan.example" } });
    const token = (await issueToken(prisma, u.id, 1_000_000))!;
    await prisma.user.update({ where: { id: u.id }, data: { role: "VIEWER", sessionVersion: { increment: 1 } } });
    expect(await checkToken(prisma, token, 1_000_001, 10 * HOUR)).toEqual({ valid: false, reason: "REVOKED" });
  });

  it("are not issued for an inactive user, and malformed tokens are refused", async () => {
    const { prisma } = await useTestDatabase("demo");
    const u = await prisma.user.update({ where: { email: "betrachter@demo.masterplan.example" }, data: { active: false } });
    expect(await issueToken(prisma, u.id, 1)).toBeNull();
    expect(await checkToken(prisma, {}, 1, HOUR)).toEqual({ valid: false, reason: "MALFORMED" });
  });
});

/** Runs next-auth's own callbacks and events (options.ts) against this test database. */
function useAsSharedDatabase(t: TestDatabase) {
  (globalThis as { __mmConnection?: Promise<unknown> }).__mmConnection = Promise.resolve(t);
}

describe("server-side sessions", () => {
  it("record the session at sign-in: user, times, browser and address", async () => {
    const { prisma } = await useTestDatabase("demo");
    const u = await prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    const token = (await issueToken(prisma, u.id, 1_000_000, { userAgent: `Mozilla/5.0 ${"x".repeat(500)}`, address: "192.0.2.7", maxAgeSeconds: 10 * HOUR }))!;
    expect(token.sid).toMatch(/^[\w-]{43}$/);
    const row = await prisma.userSession.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(row).toMatchObject({ userId: u.id, address: "192.0.2.7", revokedAt: null });
    expect(row.createdAt.getTime()).toBe(1_000_000_000);
    expect(row.expiresAt.getTime()).toBe((1_000_000 + 10 * HOUR) * 1000);
    expect(row.userAgent).toHaveLength(256);
  });

  it("refuse a token after sign-out revoked its session (a copied cookie is worthless)", async () => {
    const t = await useTestDatabase("demo");
    useAsSharedDatabase(t);
    const u = await t.prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    const now = Math.floor(Date.now() / 1000);
    const token = (await issueToken(t.prisma, u.id, now))!;
    expect(await checkToken(t.prisma, token, now + 1, 10 * HOUR)).toMatchObject({ valid: true });

    await authOptions().events!.signOut!({ token: token as never, session: undefined as never });

    expect(await checkToken(t.prisma, token, now + 2, 10 * HOUR)).toEqual({ valid: false, reason: "REVOKED" });
    expect(await t.prisma.userSession.findUniqueOrThrow({ where: { id: token.sid! } })).toMatchObject({ revokedReason: "SIGN_OUT" });
    // next-auth's jwt callback refuses it (next-auth then clears the cookie and answers "no session").
    await expect(authOptions().callbacks!.jwt!({ token: token as never } as never)).rejects.toThrow(/SESSION_REFUSED:REVOKED/);
    const logout = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.logout", entityId: u.id } });
    expect(logout.after).toMatchObject({ sessionEnded: true });
  });

  it("refuse an unknown session id, another user's session id and a token without one", async () => {
    const { prisma } = await useTestDatabase("demo");
    const viewer = await prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@demo.masterplan.example" } });
    const token = (await issueToken(prisma, viewer.id, 1_000_000))!;
    const adminToken = (await issueToken(prisma, admin.id, 1_000_000))!;
    const forged: SessionToken = { ...token, sid: "bm90LWEtcmVhbC1zZXNzaW9uLWlkLWF0LWFsbC0xMjM0NTY3" };
    expect(await checkToken(prisma, forged, 1_000_001, 10 * HOUR)).toEqual({ valid: false, reason: "REVOKED" });
    expect(await checkToken(prisma, { ...token, sid: adminToken.sid }, 1_000_001, 10 * HOUR)).toEqual({ valid: false, reason: "REVOKED" });
    const { sid: _sid, ...withoutSid } = token;
    expect(await checkToken(prisma, withoutSid, 1_000_001, 10 * HOUR)).toEqual({ valid: false, reason: "MALFORMED" });
  });

  it("refuse a session past its recorded absolute end", async () => {
    const { prisma } = await useTestDatabase("demo");
    const u = await prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    const token = (await issueToken(prisma, u.id, 1_000_000, { maxAgeSeconds: HOUR }))!;
    expect(await checkToken(prisma, token, 1_000_000 + HOUR, 10 * HOUR)).toEqual({ valid: false, reason: "EXPIRED" });
  });

  it("update last seen at most once a minute, not on every request", async () => {
    const { prisma } = await useTestDatabase("demo");
    const u = await prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    const token = (await issueToken(prisma, u.id, 1_000_000))!;
    const lastSeen = async () => (await prisma.userSession.findUniqueOrThrow({ where: { id: token.sid! } })).lastSeenAt.getTime() / 1000;
    await checkToken(prisma, token, 1_000_030, 10 * HOUR);
    expect(await lastSeen()).toBe(1_000_000);
    await checkToken(prisma, token, 1_000_060, 10 * HOUR);
    expect(await lastSeen()).toBe(1_000_060);
    await checkToken(prisma, token, 1_000_100, 10 * HOUR);
    expect(await lastSeen()).toBe(1_000_060);
  });
});

describe("cookies", () => {
  it("are __Host-/__Secure- prefixed and Secure over https, HttpOnly and SameSite=Lax always", () => {
    const secure = cookieNames(true);
    expect(secure.sessionToken.name).toBe("__Host-mm.session");
    expect(secure.csrfToken.name).toBe("__Host-mm.csrf");
    expect(secure.callbackUrl.name).toBe("__Secure-mm.callback-url");
    expect(secure.sessionToken.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    const plain = cookieNames(false);
    expect(plain.sessionToken.name).toBe("mm.session");
    expect(plain.sessionToken.options.secure).toBe(false);
  });
});
