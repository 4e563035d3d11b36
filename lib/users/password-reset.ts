// One-time password reset links and temporary passwords. A link carries a random 256-bit token;
// only its SHA-256 is stored, it expires after 24 hours and works once. Redeeming it is the only
// write a signed-out person can make, so it lives here and in its public route, not in an action.
import { createHash, randomBytes } from "node:crypto";
import { toAuditJson } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { passwordContext } from "@/lib/auth/password-context";
import { revokeAllTokensOf } from "@/lib/tokens/revoke-all";
import { checkPassword, normalizePassword, type PasswordPolicyCode } from "@/lib/auth/password-policy";
import type { Db, Tx } from "@/lib/db/client";
import { revokeUserSessions } from "@/lib/sessions/store";

export const RESET_LINK_TTL_MS = 24 * 60 * 60 * 1000;
/** Who the audit log names when a reset link is redeemed (no one is signed in). */
export const RESET_LINK_ACTOR_LABEL = "reset-link";

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function resetPath(token: string): string {
  return `/reset-password/${token}`;
}

/** Ends every reset link of the user that is still open, e.g. when a newer one is issued. */
export async function expireOpenResetLinks(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx.passwordReset.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
}

/** Stores a new link for the user (older open links stop working) and returns its path once. */
export async function issueResetLink(tx: Tx, userId: string, now: Date = new Date()) {
  await expireOpenResetLinks(tx, userId, now);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + RESET_LINK_TTL_MS);
  const reset = await tx.passwordReset.create({
    data: { userId, tokenHash: hashResetToken(token), expiresAt },
    select: { id: true },
  });
  return { resetId: reset.id, path: resetPath(token), expiresAt };
}

/** A temporary password: 18 random bytes, 24 URL-safe characters (well beyond the policy's minimum). */
export function generateTemporaryPassword(): string {
  return randomBytes(18).toString("base64url");
}

function usableWhere(token: string, now: Date) {
  return { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: now }, user: { active: true } };
}

/** For the reset page: whether the link can still be used (unused, not expired, active user). */
export async function isResetLinkUsable(db: Db, token: string, now: Date = new Date()): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  return (await db.passwordReset.count({ where: usableWhere(token, now) })) > 0;
}

export type RedeemResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "INVALID_LINK" }
  | { ok: false; reason: "POLICY"; policy: PasswordPolicyCode };

/**
 * Sets a new password through a reset link. The link is claimed atomically (a second, concurrent
 * use finds it used), every open link of the user ends, existing sessions end (sessionVersion),
 * and the change is audited in the same transaction.
 */
export async function redeemResetLink(
  db: Db,
  input: { token: string; password: string; revokeTokens?: boolean },
  { now = new Date(), requestId }: { now?: Date; requestId?: string } = {},
): Promise<RedeemResult> {
  const reset = await db.passwordReset.findFirst({
    where: usableWhere(input.token, now),
    select: { id: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!reset) return { ok: false, reason: "INVALID_LINK" };
  const check = checkPassword(input.password, { email: reset.user.email, name: reset.user.name, context: await passwordContext(db) });
  if (!check.ok) return { ok: false, reason: "POLICY", policy: check.code };
  const passwordHash = await hashPassword(normalizePassword(input.password));

  return db.$transaction(async (tx): Promise<RedeemResult> => {
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) return { ok: false, reason: "INVALID_LINK" };
    const userId = reset.user.id;
    const updated = await tx.user.updateMany({
      where: { id: userId, active: true },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    // Deactivated in the meantime: the link is spent, nothing else changes.
    if (updated.count === 0) return { ok: false, reason: "INVALID_LINK" };
    await expireOpenResetLinks(tx, userId, now);
    await revokeUserSessions(tx, userId, "PASSWORD_RESET", now);
    const revoked = input.revokeTokens ? await revokeAllTokensOf(tx, userId, now) : [];
    const byLink = { actorId: null, actorLabel: RESET_LINK_ACTOR_LABEL, requestId: requestId ?? null };
    await tx.auditEvent.create({
      data: {
        ...byLink,
        action: "user.password.reset",
        entityType: "User",
        entityId: userId,
        after: toAuditJson({ resetId: reset.id, mustChangePassword: false, revokeTokens: !!input.revokeTokens, revokedTokenIds: revoked.map((r) => r.id) }),
      },
    });
    for (const r of revoked) {
      await tx.auditEvent.create({
        data: { ...byLink, action: "token.revoke", entityType: "ApiToken", entityId: r.id, before: toAuditJson(r.before), after: toAuditJson({ ...r.after, reason: "user.password.reset" }) },
      });
    }
    return { ok: true, userId };
  });
}
