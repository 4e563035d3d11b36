import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/db";
import { cookieNames } from "./options";
import { checkToken, issueToken } from "./session-token";

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
