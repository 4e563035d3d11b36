// Email + password sign-in (OWASP ASVS 4 V2.2, V3.x): the one place that checks a password at
// sign-in, used by the next-auth Credentials provider. Every attempt that reaches a password check
// is recorded (login_attempts, for the brute-force limits) and audited. A user with a second factor
// must send a code with the password (TOTP or a recovery code, lib/auth/mfa.ts): without one the
// answer is MFA_REQUIRED (the password was right; the login form asks for the code and sends both
// again), a wrong or replayed one counts as a failed attempt like a wrong password.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { userIdentitySelect } from "@/lib/users/identity-select";
import { verifySecondFactor } from "./mfa";
import { claimAttempt, isThrottled, markAttemptSucceeded, type ThrottleStatus } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import { normalizePassword } from "./password-policy";

/** Longest accepted password input; longer ones are refused before any hashing (DoS guard). */
export const MAX_PASSWORD_INPUT_LENGTH = 1024;

/** PostgreSQL cannot store U+0000; such input is malformed, not a sign-in attempt. */
const noNul = (s: string) => !s.includes("\u0000");

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320).refine(noNul),
  password: z.string().min(1).max(MAX_PASSWORD_INPUT_LENGTH).refine(noNul),
  /** Client address as determined by clientAddress(); "unknown" when there is none. */
  ip: z.string().trim().min(1).max(100),
  /** The second factor, when the user has one: a 6-digit TOTP code or a recovery code. */
  code: z.string().trim().max(64).refine(noNul).optional(),
});

export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
  sessionVersion: number;
  mustChangePassword: boolean;
};

export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser; mfa?: "totp" | "recovery" }
  | { ok: false; reason: "INVALID" | "THROTTLED" | "MFA_REQUIRED" | "MFA_INVALID"; retryAfterSeconds?: number };

const INVALID = { ok: false, reason: "INVALID" } as const;

let dummyHash: Promise<string> | undefined;
/**
 * A hash of a random secret with the same parameters as real hashes, verified when there is no real
 * hash to verify (unknown, inactive or password-less user), so that these cases take as long as a
 * wrong password and response times do not tell which accounts exist.
 */
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url")).catch((e) => {
    dummyHash = undefined;
    throw e;
  });
  return dummyHash;
}

const userSelect = { ...userIdentitySelect, passwordHash: true, mfaEnabledAt: true } as const;

/**
 * Checks email and password. Unknown user, inactive user, user without a password and wrong
 * password all give the same INVALID result in about the same time. `now` is the time of the
 * attempt (injectable for tests); the throttle windows are measured from it.
 */
export async function authenticate(
  db: Db,
  input: { email: unknown; password: unknown; ip: unknown; code?: unknown },
  now: Date = new Date(),
): Promise<AuthenticateResult> {
  // Malformed input never reaches a password check, so it is neither a guess nor recorded.
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  const { email, password, ip } = parsed.data;
  const code = parsed.data.code || undefined;

  // Refused attempts are audited but not recorded in login_attempts: recording them would let an
  // attacker who keeps hammering extend the lockout forever, and the real failures already in the
  // window keep both the account and a flooding address limited until they age out.
  const before = await isThrottled(db, { email, ip }, now);
  if (before.throttled) return refuse(db, { email, ip }, before);
  const claim = await claimAttempt(db, { email, ip }, now);
  if (!claim.claimed) return refuse(db, { email, ip }, claim.status);

  const user = await db.user.findUnique({ where: { email }, select: userSelect });
  const usable = !!user && user.active && !!user.passwordHash;
  const hash = usable ? user.passwordHash! : await dummyPasswordHash();
  const verified = await verifyPassword(hash, normalizePassword(password));

  if (!usable || !verified) {
    // The claim is already recorded as a failure; this adds its audit event.
    await db.$transaction((tx) =>
      recordAudit(tx, null, { action: "auth.login.failed", entityType: "User", entityId: user?.id ?? null, after: { email, ip } }),
    );
    return INVALID;
  }

  let mfa: "totp" | "recovery" | undefined;
  if (user.mfaEnabledAt) {
    if (!code) {
      // The password was right: not a failed guess. The code comes with the next attempt.
      await db.$transaction(async (tx) => {
        await markAttemptSucceeded(tx, claim.id);
        await recordAudit(tx, null, { action: "auth.login.mfaRequired", entityType: "User", entityId: user.id, after: { email, ip } });
      });
      return { ok: false, reason: "MFA_REQUIRED" };
    }
    const second = await verifySecondFactor(db, user.id, code, now);
    if (!second.ok) {
      // Left recorded as a failure: guessing codes is throttled like guessing passwords.
      await db.$transaction((tx) =>
        recordAudit(tx, null, { action: "auth.login.mfaFailed", entityType: "User", entityId: user.id, after: { email, ip, reason: second.reason } }),
      );
      return { ok: false, reason: "MFA_INVALID" };
    }
    mfa = second.method;
  }

  await db.$transaction(async (tx) => {
    await markAttemptSucceeded(tx, claim.id);
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await recordAudit(
      tx,
      { id: user.id, role: user.role, departmentId: user.departmentId, via: "session" },
      { action: "auth.login.succeeded", entityType: "User", entityId: user.id, after: { email, ip, ...(mfa ? { mfa } : {}) } },
    );
  });
  return {
    ok: true,
    ...(mfa ? { mfa } : {}),
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      departmentId: user.departmentId,
      sessionVersion: user.sessionVersion,
      mustChangePassword: user.mustChangePassword,
    },
  };
}

async function refuse(db: Db, key: { email: string; ip: string }, status: ThrottleStatus): Promise<AuthenticateResult> {
  const user = await db.user.findUnique({ where: { email: key.email }, select: { id: true } });
  await db.$transaction((tx) =>
    recordAudit(tx, null, {
      action: "auth.login.throttled",
      entityType: "User",
      entityId: user?.id ?? null,
      after: { email: key.email, ip: key.ip, scope: status.scope, retryAfterSeconds: status.retryAfterSeconds },
    }),
  );
  return { ok: false, reason: "THROTTLED", retryAfterSeconds: status.retryAfterSeconds };
}
