// What a session token carries and when it stops being valid. Checked on every request by the
// jwt callback in options.ts: the absolute lifetime since sign-in, the server-side session row
// the token names (`sid`, lib/sessions/store.ts: missing, revoked or expired means refused), and
// the user's current state in the database (deactivated, or session version bumped by a role
// change or password reset).
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { createSession, revokeSession, SESSION_TOUCH_SECONDS, type RevokeReason } from "@/lib/sessions/store";

export type SessionToken = {
  uid?: string;
  /** The server-side session (UserSession.id): random and opaque. */
  sid?: string;
  /** The user's session version at sign-in. */
  sv?: number;
  role?: Role;
  /** Sign-in time, seconds since the epoch. */
  authTime?: number;
  name?: string | null;
  email?: string | null;
};

export type TokenCheck = { valid: true; token: SessionToken } | { valid: false; reason: "MALFORMED" | "EXPIRED" | "REVOKED" };

/** Where the sign-in came from, recorded on the session row (shown on the account page). */
export type SessionOrigin = { userAgent?: string | null; address?: string | null };

export async function issueToken(
  db: Db,
  userId: string,
  nowSeconds: number,
  opts: SessionOrigin & { maxAgeSeconds?: number } = {},
): Promise<SessionToken | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, sessionVersion: true, role: true, name: true, email: true, active: true } });
  if (!user || !user.active) return null;
  const maxAge = opts.maxAgeSeconds ?? env().sessionMaxSeconds;
  const sid = await createSession(db, {
    userId: user.id,
    now: new Date(nowSeconds * 1000),
    expiresAt: new Date((nowSeconds + maxAge) * 1000),
    userAgent: opts.userAgent,
    address: opts.address,
  });
  return { uid: user.id, sid, sv: user.sessionVersion, role: user.role, authTime: nowSeconds, name: user.name, email: user.email };
}

export async function checkToken(db: Db, token: SessionToken, nowSeconds: number, maxAgeSeconds: number): Promise<TokenCheck> {
  // A token without a session id (issued before sessions were recorded, or forged) is refused too.
  if (!token.uid || !token.authTime || token.sv === undefined || typeof token.sid !== "string" || !token.sid) return { valid: false, reason: "MALFORMED" };
  if (nowSeconds - token.authTime > maxAgeSeconds) return { valid: false, reason: "EXPIRED" };
  const session = await db.userSession.findUnique({
    where: { id: token.sid },
    select: { userId: true, expiresAt: true, revokedAt: true, lastSeenAt: true, user: { select: { active: true, sessionVersion: true, role: true, name: true } } },
  });
  if (!session || session.userId !== token.uid || session.revokedAt) return { valid: false, reason: "REVOKED" };
  const now = new Date(nowSeconds * 1000);
  if (session.expiresAt <= now) return { valid: false, reason: "EXPIRED" };
  const current = session.user;
  if (!current.active || current.sessionVersion !== token.sv) return { valid: false, reason: "REVOKED" };
  // At most one write a minute per session; the condition keeps parallel requests from writing twice.
  const touchBefore = new Date(now.getTime() - SESSION_TOUCH_SECONDS * 1000);
  if (session.lastSeenAt <= touchBefore) {
    await db.userSession.updateMany({ where: { id: token.sid, lastSeenAt: { lte: touchBefore } }, data: { lastSeenAt: now } });
  }
  return { valid: true, token: { ...token, role: current.role, name: current.name } };
}

/** Sign-out: ends the token's server-side session, so a copy of the cookie is worthless. */
export async function endTokenSession(db: Db, token: SessionToken | null | undefined, nowSeconds: number, reason: RevokeReason = "SIGN_OUT"): Promise<boolean> {
  if (!token?.sid || typeof token.sid !== "string" || !token.uid) return false;
  return revokeSession(db, token.sid, reason, new Date(nowSeconds * 1000), token.uid);
}
