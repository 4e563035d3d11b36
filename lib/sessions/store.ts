// Server-side records of signed-in browser sessions (model UserSession). The session cookie stays
// a next-auth JWT, but it carries the random id of its row (`sid`); lib/auth/session-token.ts
// refuses a token whose row is missing, revoked or past its absolute end. These helpers create
// and end rows; the account page and user administration end them through actions
// (lib/sessions/mutations.ts).
import { randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";

/** Why a session ended; stored in `revokedReason` and shown in the audit log. */
export type RevokeReason =
  | "SIGN_OUT"
  | "ENDED_BY_USER"
  | "ENDED_BY_ADMIN"
  | "PASSWORD_CHANGED"
  | "PASSWORD_RESET"
  | "ACCESS_CHANGED"
  | "DEACTIVATED";

/** lastSeenAt is written at most this often per session, not on every request. */
export const SESSION_TOUCH_SECONDS = 60;
/** Ended and expired rows are kept this long (for the account page and audits), then pruned. */
export const SESSION_RETENTION_DAYS = 30;
const USER_AGENT_MAX = 256;
const ADDRESS_MAX = 64;

export function newSessionId(): string {
  return randomBytes(32).toString("base64url");
}

export type NewSession = { userId: string; now: Date; expiresAt: Date; userAgent?: string | null; address?: string | null };

export async function createSession(db: Db | Tx, s: NewSession): Promise<string> {
  const id = newSessionId();
  await db.userSession.create({
    data: {
      id,
      userId: s.userId,
      createdAt: s.now,
      lastSeenAt: s.now,
      expiresAt: s.expiresAt,
      userAgent: s.userAgent ? s.userAgent.slice(0, USER_AGENT_MAX) : null,
      address: s.address ? s.address.slice(0, ADDRESS_MAX) : null,
    },
  });
  return id;
}

/** Ends one session (if still open); returns whether it was open. */
export async function revokeSession(db: Db | Tx, id: string, reason: RevokeReason, now: Date, userId?: string): Promise<boolean> {
  const { count } = await db.userSession.updateMany({ where: { id, revokedAt: null, ...(userId ? { userId } : {}) }, data: { revokedAt: now, revokedReason: reason } });
  return count > 0;
}

/** Ends every open session of a user, optionally but one (the caller's own); returns how many. */
export async function revokeUserSessions(db: Db | Tx, userId: string, reason: RevokeReason, now: Date, exceptId?: string): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    data: { revokedAt: now, revokedReason: reason },
  });
  return count;
}

/** Rows ended (revoked or expired) before `olderThan`: what the housekeeping job deletes. */
function prunable(olderThan: Date) {
  return { OR: [{ revokedAt: { lt: olderThan } }, { expiresAt: { lt: olderThan } }] };
}

export async function countPrunableSessions(db: Db, olderThan: Date): Promise<number> {
  return db.userSession.count({ where: prunable(olderThan) });
}

export async function pruneSessions(db: Db, olderThan: Date): Promise<number> {
  const { count } = await db.userSession.deleteMany({ where: prunable(olderThan) });
  return count;
}
