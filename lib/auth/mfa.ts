// The second factor (OWASP ASVS 4 V2.2/V2.8, L2): TOTP after RFC 6238 (otplib: SHA-1, 6 digits,
// 30-second steps, one step of clock drift either way) and ten one-time recovery codes. Every
// check takes the time as a parameter, so tests are deterministic; production passes the wall
// clock (authenticator apps follow the real time, never FIXED_NOW).
//
// The secret is stored AES-256-GCM encrypted under a key derived (HKDF) from the auth secret: a
// copy of the database alone does not yield working codes. The last accepted time step is kept
// per user and a code of that step or an earlier one is refused, so an observed code cannot be
// replayed. Recovery codes are stored as SHA-256 hashes salted with the user id.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import type { Db, Tx } from "@/lib/db/client";
import { authSecret } from "./secret";

export const TOTP_PERIOD_SECONDS = 30;
/** Codes one step before or after the current one are accepted (phones whose clock drifts). */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
export const RECOVERY_CODE_COUNT = 10;
export const MFA_ISSUER = "Masterplan Monitor";

// ---- the secret at rest -------------------------------------------------------------------

function secretKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "masterplan-monitor", "mfa-secret-v1", 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", each base64url. */
export function encryptSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", secretKey(), iv);
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The plain secret, or null when the stored value cannot be decrypted (e.g. the auth secret changed). */
export function decryptSecret(stored: string): string | null {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", secretKey(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

// ---- TOTP ---------------------------------------------------------------------------------

/** A new random secret (20 bytes, Base32 as authenticator apps expect it). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI the enrolment QR code carries. */
export function totpUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: MFA_ISSUER, label: accountEmail, secret });
}

/** Digits only, spaces and dashes ignored; anything else is not a TOTP code. */
export function normalizeTotp(code: string): string | null {
  const digits = code.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * Checks a TOTP code at `now`. Returns the time step it belongs to, or null. A code of step
 * `afterStep` or earlier is refused (already used: replay), even though it is otherwise valid.
 */
export async function checkTotp(secret: string, code: string, now: Date, afterStep?: number | null): Promise<number | null> {
  const token = normalizeTotp(code);
  if (!token) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep !== null && afterStep !== undefined ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// ---- recovery codes -----------------------------------------------------------------------

// Crockford's Base32 alphabet: no I, L, O, U — nothing to misread when typed from paper.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Ten fresh codes as shown to the user once: xxxx-xxxx-xxxx (60 random bits each). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`.toLowerCase();
  });
}

/** Case, dashes and spaces do not matter; a code is 12 characters of the alphabet. */
export function normalizeRecoveryCode(code: string): string | null {
  const c = code.replace(/[\s-]/g, "").toUpperCase();
  return c.length === 12 && [...c].every((ch) => ALPHABET.includes(ch)) ? c : null;
}

export function hashRecoveryCode(userId: string, code: string): string {
  return createHash("sha256").update(`${userId}:${normalizeRecoveryCode(code) ?? code}`).digest("hex");
}

/** Replaces the user's recovery codes with ten new ones; returns them (the only time they are readable). */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  await tx.mfaRecoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(userId, c) })) });
  return codes;
}

// ---- the second factor at sign-in, re-authentication and step-up ---------------------------

export type SecondFactorResult = { ok: true; method: "totp" | "recovery" } | { ok: false; reason: "WRONG" | "REPLAYED" | "NOT_ENROLLED" };

/**
 * Checks a code of an enrolled user: a TOTP code of a step later than the last one used, or an
 * unused recovery code (which is then used up). The step or the code is claimed with a
 * conditional update, so two requests with the same code cannot both succeed.
 */
export async function verifySecondFactor(db: Db | Tx, userId: string, code: string, now: Date): Promise<SecondFactorResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { mfaSecret: true, mfaEnabledAt: true, mfaLastStep: true } });
  if (!user?.mfaEnabledAt || !user.mfaSecret) return { ok: false, reason: "NOT_ENROLLED" };
  const secret = decryptSecret(user.mfaSecret);
  if (normalizeTotp(code)) {
    if (!secret) return { ok: false, reason: "WRONG" };
    const last = user.mfaLastStep === null ? null : Number(user.mfaLastStep);
    const step = await checkTotp(secret, code, now, last);
    if (step === null) {
      // Valid but not after the last accepted step: the same code (or an older one) again.
      return last !== null && (await checkTotp(secret, code, now)) !== null ? { ok: false, reason: "REPLAYED" } : { ok: false, reason: "WRONG" };
    }
    const claimed = await db.user.updateMany({
      where: { id: userId, OR: [{ mfaLastStep: null }, { mfaLastStep: { lt: BigInt(step) } }] },
      data: { mfaLastStep: BigInt(step) },
    });
    return claimed.count === 1 ? { ok: true, method: "totp" } : { ok: false, reason: "REPLAYED" };
  }
  if (!normalizeRecoveryCode(code)) return { ok: false, reason: "WRONG" };
  const used = await db.mfaRecoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(userId, code), usedAt: null },
    data: { usedAt: now },
  });
  return used.count === 1 ? { ok: true, method: "recovery" } : { ok: false, reason: "WRONG" };
}
