// What a session token carries and when it stops being valid. Checked on every request by the
// jwt callback in options.ts: the absolute lifetime since sign-in, and the user's current state
// in the database (deactivated, or session version bumped by a role change or password reset).
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type SessionToken = {
  uid?: string;
  /** The user's session version at sign-in. */
  sv?: number;
  role?: Role;
  /** Sign-in time, seconds since the epoch. */
  authTime?: number;
  name?: string | null;
  email?: string | null;
};

export type TokenCheck = { valid: true; token: SessionToken } | { valid: false; reason: "MALFORMED" | "EXPIRED" | "REVOKED" };

export async function issueToken(db: Db, userId: string, nowSeconds: number): Promise<SessionToken | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, sessionVersion: true, role: true, name: true, email: true, active: true } });
  if (!user || !user.active) return null;
  return { uid: user.id, sv: user.sessionVersion, role: user.role, authTime: nowSeconds, name: user.name, email: user.email };
}

export async function checkToken(db: Db, token: SessionToken, nowSeconds: number, maxAgeSeconds: number): Promise<TokenCheck> {
  if (!token.uid || !token.authTime || token.sv === undefined) return { valid: false, reason: "MALFORMED" };
  if (nowSeconds - token.authTime > maxAgeSeconds) return { valid: false, reason: "EXPIRED" };
  const current = await db.user.findUnique({ where: { id: token.uid }, select: { active: true, sessionVersion: true, role: true, name: true } });
  if (!current || !current.active || current.sessionVersion !== token.sv) return { valid: false, reason: "REVOKED" };
  return { valid: true, token: { ...token, role: current.role, name: current.name } };
}
