// A user's own account: changing the password (also required after a temporary password, and then
// the only action allowed), optionally revoking all of one's API tokens with it.
import { defineAction } from "@/lib/actions/define-action";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordContext } from "@/lib/auth/password-context";
import { checkPassword } from "@/lib/auth/password-policy";
import { AppError } from "@/lib/errors/app-error";
import { revokeUserSessions } from "@/lib/sessions/store";
import { revokeAllTokensOf } from "@/lib/tokens/revoke-all";
import { changeOwnPasswordInput } from "./schemas";

export { changeOwnPasswordInput };

export const changeOwnPasswordAction = defineAction({
  name: "account.changePassword",
  input: changeOwnPasswordInput,
  permission: "account.changePassword",
  // The one thing a user with a temporary password may (and must) do.
  allowWhilePasswordChangeRequired: true,
  load: async (tx, _input, actor) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { id: true, email: true, name: true, passwordHash: true, mustChangePassword: true } });
    return user ? { ...user, ownerId: user.id } : null;
  },
  run: async ({ tx, input, resource: user, audit }) => {
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("VALIDATION", "The current password is wrong.", { fieldErrors: { currentPassword: ["#currentPasswordWrong"] } });
    }
    const check = checkPassword(input.newPassword, { email: user.email, name: user.name, context: await passwordContext(tx) });
    if (!check.ok) throw new AppError("VALIDATION", "The new password does not meet the policy.", { fieldErrors: { newPassword: [`#passwordPolicy.${check.code}`] } });
    // Bumping the session version ends every session of this user, this one included: sign in anew.
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await revokeUserSessions(tx, user.id, "PASSWORD_CHANGED", new Date());
    const revoked = input.revokeTokens ? await revokeAllTokensOf(tx, user.id) : [];
    for (const r of revoked) audit({ action: "token.revoke", entityType: "ApiToken", entityId: r.id, before: r.before, after: { ...r.after, reason: "account.changePassword" } });
    audit({
      action: "account.changePassword",
      entityType: "User",
      entityId: user.id,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false, revokeTokens: input.revokeTokens, revokedTokenIds: revoked.map((r) => r.id) },
    });
    return { signInAgain: true, revokedTokens: revoked.length };
  },
});
