// Revoking every token of a user at once, when they change or reset their password and ask for it
// (whoever knew the old or temporary password may have created a token). The callers audit.
import type { Tx } from "@/lib/db/client";
import { tokenSelect } from "./queries";

/** Revokes each token of the user not revoked yet (expired ones too) and returns them as they were and are. */
export async function revokeAllTokensOf(tx: Tx, userId: string, now: Date = new Date()) {
  const open = await tx.apiToken.findMany({ where: { userId, revokedAt: null }, select: tokenSelect });
  if (open.length > 0) {
    await tx.apiToken.updateMany({ where: { id: { in: open.map((t) => t.id) }, revokedAt: null }, data: { revokedAt: now } });
  }
  return open.map((before) => ({ id: before.id, before, after: { ...before, revokedAt: now } }));
}
