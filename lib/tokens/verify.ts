// Personal access tokens on the wire: how a token looks, how it is stored (SHA-256 only), and how
// the bearer token of an API request becomes an Actor for the policy.
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";

export const TOKEN_PREFIX = "mm_";
/** `mm_` + 32 random bytes in base64url (43 characters). */
const TOKEN_PATTERN = /^mm_[A-Za-z0-9_-]{43}$/;
const BEARER = /^Bearer +(\S+) *$/i;
/** lastUsedAt (and the `token.used` audit event) is written at most once per token and this interval. */
export const LAST_USED_INTERVAL_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new token. `token` is shown to its owner once and never stored; `prefix` tells tokens apart in lists. */
export function generateToken(): { token: string; prefix: string; tokenHash: string } {
  const secret = randomBytes(32).toString("base64url");
  const token = `${TOKEN_PREFIX}${secret}`;
  return { token, prefix: secret.slice(0, 8), tokenHash: hashToken(token) };
}

/** The token of an `Authorization: Bearer mm_…` header, or null when the header is missing or malformed. */
export function parseBearer(authorizationHeader: string | null | undefined): string | null {
  const token = BEARER.exec(authorizationHeader ?? "")?.[1];
  return token && TOKEN_PATTERN.test(token) ? token : null;
}

/**
 * Who acts through the request's bearer token: its (active) user, limited to the token's scopes;
 * null for a missing, malformed, unknown, revoked or expired token or a deactivated user. A user
 * who must change their password still resolves (with `mustChangePassword`), so that the guard
 * can answer 403 PASSWORD_CHANGE_REQUIRED rather than a misleading 401.
 *
 * The token is looked up by its SHA-256, so no comparison of secrets happens in our code and a
 * constant-time comparison is not needed: timing can at most reveal something about a hash, and
 * learning a prefix of the SHA-256 of a 256-bit random secret does not help to guess the secret.
 */
export async function actorFromBearer(
  db: Db,
  authorizationHeader: string | null | undefined,
  now: Date = new Date(),
  { requestId }: { requestId?: string } = {},
): Promise<Actor | null> {
  const token = parseBearer(authorizationHeader);
  if (!token) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, role: true, departmentId: true, active: true, mustChangePassword: true } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || !row.user.active) return null;
  const actor: Actor = {
    id: row.user.id,
    role: row.user.role,
    departmentId: row.user.departmentId,
    via: "token",
    scopes: row.scopes,
    tokenId: row.id,
    // The API guard refuses such a user's requests (403) until the password is changed.
    mustChangePassword: row.user.mustChangePassword,
  };
  // lastUsedAt and the `token.used` audit event are throttled to once per token per minute: a
  // script calling the API in a loop must not turn every read into two writes, and "used at
  // 10:41" is as useful to the owner (and to an investigation) as every single request.
  // The conditional update lets exactly one of several concurrent requests record the use.
  const threshold = new Date(now.getTime() - LAST_USED_INTERVAL_MS);
  if (!row.lastUsedAt || row.lastUsedAt <= threshold) {
    await db.$transaction(async (tx) => {
      const { count } = await tx.apiToken.updateMany({
        where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: threshold } }] },
        data: { lastUsedAt: now },
      });
      if (count > 0) await recordAudit(tx, actor, { action: "token.used", entityType: "ApiToken", entityId: row.id }, requestId);
    });
  }
  return actor;
}
