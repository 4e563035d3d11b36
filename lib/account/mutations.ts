// A user's own account: changing the password (also required after a temporary password).
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import { AppError } from "@/lib/errors/app-error";
import { revokeUserSessions } from "@/lib/sessions/store";

export const changeOwnPasswordInput = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().min(1).max(1024),
    confirmPassword: z.string().max(1024),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "#passwordsDiffer" });

export const changeOwnPasswordAction = defineAction({
  name: "account.changePassword",
  input: changeOwnPasswordInput,
  permission: "account.changePassword",
  load: async (tx, _input, actor) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { id: true, email: true, name: true, passwordHash: true } });
    return user ? { ...user, ownerId: user.id } : null;
  },
  run: async ({ tx, input, resource: user, audit }) => {
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("VALIDATION", "The current password is wrong.", { fieldErrors: { currentPassword: ["#currentPasswordWrong"] } });
    }
    const check = checkPassword(input.newPassword, { email: user.email, name: user.name });
    if (!check.ok) throw new AppError("VALIDATION", "The new password does not meet the policy.", { fieldErrors: { newPassword: [`#passwordPolicy.${check.code}`] } });
    // Bumping the session version ends every session of this user, this one included: sign in anew.
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await revokeUserSessions(tx, user.id, "PASSWORD_CHANGED", new Date());
    audit({ action: "account.changePassword", entityType: "User", entityId: user.id });
    return { signInAgain: true };
  },
});
