// Personal access tokens: a user creates and revokes their own. Tokens cannot manage tokens
// (no token scope grants `token.manageOwn`), so a leaked token cannot mint itself successors.
import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { tokenSelect } from "./queries";
import { createTokenInput, revokeTokenInput } from "./schemas";
import { generateToken } from "./verify";

const DAY_MS = 86_400_000;

export const createTokenAction = defineAction({
  name: "token.create",
  input: createTokenInput,
  permission: "token.manageOwn",
  // A token outlives the session: minting one needs a fresh sign-in.
  recentAuth: true,
  load: async (_tx, _input, actor) => ({ ownerId: actor.id }),
  run: async ({ tx, input, actor, audit }) => {
    const { token, prefix, tokenHash } = generateToken();
    const created = await tx.apiToken.create({
      data: {
        userId: actor.id,
        name: input.name,
        scopes: input.scopes,
        prefix,
        tokenHash,
        expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
      },
      select: tokenSelect,
    });
    audit({ action: "token.create", entityType: "ApiToken", entityId: created.id, after: created });
    // The only time the secret leaves the server; only its hash is stored.
    return { ...created, token };
  },
});

/** What the page receives once after creating a token, secret included. */
export type CreatedToken = Extract<Awaited<ReturnType<typeof createTokenAction.execute>>, { ok: true }>["data"];

export const revokeTokenAction = defineAction({
  name: "token.revoke",
  input: revokeTokenInput,
  permission: "token.manageOwn",
  load: async (tx, input) => {
    const row = await tx.apiToken.findUnique({ where: { id: input.id }, select: { ...tokenSelect, userId: true } });
    if (!row) return null;
    const { userId, ...token } = row;
    return { ownerId: userId, token };
  },
  run: async ({ tx, input, resource, audit }) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: input.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new AppError("CONFLICT", "The token is already revoked.");
    const after = await tx.apiToken.findUniqueOrThrow({ where: { id: input.id }, select: tokenSelect });
    audit({ action: "token.revoke", entityType: "ApiToken", entityId: input.id, before: resource.token, after });
    return after;
  },
});
