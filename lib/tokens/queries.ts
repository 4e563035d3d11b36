// Reads of personal access tokens: a user sees only their own, and never a token's hash.
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";

/** What may be shown of a token (and audited): everything except the hash. */
export const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

export type TokenState = "active" | "revoked" | "expired";

function tokenState(t: { revokedAt: Date | null; expiresAt: Date }, now: Date): TokenState {
  if (t.revokedAt) return "revoked";
  return t.expiresAt <= now ? "expired" : "active";
}

export async function listOwnTokens(db: Db, viewer: Actor | null | undefined, now: Date = new Date()) {
  assertCan(viewer, "token.manageOwn", { ownerId: viewer?.id });
  const rows = await db.apiToken.findMany({
    where: { userId: viewer.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: tokenSelect,
  });
  return rows.map((r) => ({ ...r, state: tokenState(r, now) }));
}

export type OwnTokenRow = Awaited<ReturnType<typeof listOwnTokens>>[number];
