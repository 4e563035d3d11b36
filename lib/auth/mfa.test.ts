import { generate } from "otplib";
import { describe, expect, it } from "vitest";
// Aliased: the helpers below call it per test, which the React hooks rule would misread.
import { useTestDatabase as freshDatabase } from "@/tests/db";
import {
  checkTotp,
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  replaceRecoveryCodes,
  totpUri,
  verifySecondFactor,
} from "./mfa";
import { sessionMfaState, ssoAssertsMfa } from "./mfa-policy";

const NOW = new Date("2026-11-25T10:00:00Z");
const at = (d: Date) => Math.floor(d.getTime() / 1000);
const codeAt = (secret: string, d: Date) => generate({ secret, epoch: at(d) });

describe("TOTP (RFC 6238)", () => {
  it("accepts the code of the current step and one step of drift, refuses others", async () => {
    const secret = newTotpSecret();
    expect(await checkTotp(secret, await codeAt(secret, NOW), NOW)).toBe(Math.floor(at(NOW) / 30));
    expect(await checkTotp(secret, await codeAt(secret, new Date(NOW.getTime() - 30_000)), NOW)).not.toBeNull();
    expect(await checkTotp(secret, await codeAt(secret, new Date(NOW.getTime() - 120_000)), NOW)).toBeNull();
    expect(await checkTotp(secret, "12345", NOW)).toBeNull();
    expect(await checkTotp(secret, "abcdef", NOW)).toBeNull();
  });

  it("refuses a code whose step is not after the last accepted one (replay)", async () => {
    const secret = newTotpSecret();
    const code = await codeAt(secret, NOW);
    const step = await checkTotp(secret, code, NOW);
    expect(await checkTotp(secret, code, NOW, step)).toBeNull();
  });

  it("builds an otpauth URI for the authenticator app", () => {
    const uri = totpUri("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "admin@example.org");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Masterplan%20Monitor:admin%40example\.org\?/);
    expect(uri).toContain("secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
  });
});

describe("the secret at rest", () => {
  it("is encrypted (authenticated) and decrypts only unchanged", () => {
    const secret = newTotpSecret();
    const stored = encryptSecret(secret);
    expect(stored).not.toContain(secret);
    expect(decryptSecret(stored)).toBe(secret);
    const [v, iv, tag, data] = stored.split(".");
    const flipped = Buffer.from(data!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(decryptSecret([v, iv, tag, flipped.toString("base64url")].join("."))).toBeNull();
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes of 60 random bits, typed in any case and with or without dashes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
    expect(normalizeRecoveryCode(codes[0]!.toUpperCase().replace(/-/g, " "))).toBe(normalizeRecoveryCode(codes[0]!));
    expect(hashRecoveryCode("u1", codes[0]!)).toBe(hashRecoveryCode("u1", codes[0]!.toUpperCase()));
    expect(hashRecoveryCode("u1", codes[0]!)).not.toBe(hashRecoveryCode("u2", codes[0]!));
  });
});

describe("verifySecondFactor", () => {
  async function enrolledAdmin() {
    const { prisma } = await freshDatabase("demo");
    const secret = newTotpSecret();
    const user = await prisma.user.update({
      where: { email: "admin@demo.masterplan.example" },
      data: { mfaSecret: encryptSecret(secret), mfaEnabledAt: NOW },
    });
    const codes = await prisma.$transaction((tx) => replaceRecoveryCodes(tx, user.id));
    return { prisma, user, secret, codes };
  }

  it("accepts a valid code once and refuses the same code replayed within the same step", async () => {
    const { prisma, user, secret } = await enrolledAdmin();
    const code = await codeAt(secret, NOW);
    expect(await verifySecondFactor(prisma, user.id, code, NOW)).toEqual({ ok: true, method: "totp" });
    expect(await verifySecondFactor(prisma, user.id, code, new Date(NOW.getTime() + 5_000))).toEqual({ ok: false, reason: "REPLAYED" });
    // The next step's code is fine.
    const later = new Date(NOW.getTime() + 30_000);
    expect(await verifySecondFactor(prisma, user.id, await codeAt(secret, later), later)).toEqual({ ok: true, method: "totp" });
  });

  it("refuses a wrong code", async () => {
    const { prisma, user, secret } = await enrolledAdmin();
    const right = await codeAt(secret, NOW);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(await verifySecondFactor(prisma, user.id, wrong, NOW)).toEqual({ ok: false, reason: "WRONG" });
    expect(await verifySecondFactor(prisma, user.id, "not-a-code", NOW)).toEqual({ ok: false, reason: "WRONG" });
  });

  it("accepts a recovery code exactly once, stored only as a hash", async () => {
    const { prisma, user, codes } = await enrolledAdmin();
    const rows = await prisma.mfaRecoveryCode.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(10);
    for (const r of rows) expect(codes.map((c) => c.replace(/-/g, "")).some((c) => r.codeHash.toLowerCase().includes(c))).toBe(false);
    expect(await verifySecondFactor(prisma, user.id, codes[3]!, NOW)).toEqual({ ok: true, method: "recovery" });
    expect(await verifySecondFactor(prisma, user.id, codes[3]!.toUpperCase(), NOW)).toEqual({ ok: false, reason: "WRONG" });
    expect(await prisma.mfaRecoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(1);
    expect(await verifySecondFactor(prisma, user.id, codes[4]!, NOW)).toEqual({ ok: true, method: "recovery" });
  });

  it("is NOT_ENROLLED for a user without a confirmed second factor", async () => {
    const { prisma } = await freshDatabase("demo");
    const u = await prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    expect(await verifySecondFactor(prisma, u.id, "123456", NOW)).toEqual({ ok: false, reason: "NOT_ENROLLED" });
  });
});

describe("MFA policy", () => {
  it("requires enrolment for the configured roles, a code from enrolled users, nothing from others", () => {
    expect(sessionMfaState({ role: "ADMIN", mfaEnabledAt: null }, undefined, ["ADMIN"])).toBe("enrol");
    expect(sessionMfaState({ role: "VIEWER", mfaEnabledAt: null }, undefined, ["ADMIN"])).toBe("ok");
    expect(sessionMfaState({ role: "VIEWER", mfaEnabledAt: NOW }, undefined, ["ADMIN"])).toBe("verify");
    expect(sessionMfaState({ role: "ADMIN", mfaEnabledAt: NOW }, "totp", ["ADMIN"])).toBe("ok");
    expect(sessionMfaState({ role: "ADMIN", mfaEnabledAt: null }, "sso", ["ADMIN"])).toBe("ok");
    expect(sessionMfaState({ role: "ADMIN", mfaEnabledAt: null }, undefined, [])).toBe("ok");
  });

  it("takes the identity provider's amr or a configured acr as the second factor", () => {
    expect(ssoAssertsMfa({ amr: ["pwd", "otp"] }, [])).toBe(true);
    expect(ssoAssertsMfa({ amr: ["mfa"] }, [])).toBe(true);
    expect(ssoAssertsMfa({ amr: ["pwd"] }, [])).toBe(false);
    expect(ssoAssertsMfa({ acr: "urn:city:loa:high" }, ["urn:city:loa:high"])).toBe(true);
    expect(ssoAssertsMfa({ acr: "urn:city:loa:low" }, ["urn:city:loa:high"])).toBe(false);
    expect(ssoAssertsMfa(undefined, ["x"])).toBe(false);
  });
});
