// Input schemas of the own account's actions (password change, second factor), shared by the
// actions and the forms' check in the browser: zod only, nothing server-side.
import { z } from "zod";

export const changeOwnPasswordInput = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().min(1).max(1024),
    confirmPassword: z.string().max(1024),
    /**
     * Revoke every active API token of the user with the change. Only when asked: the form's
     * checkbox is ticked by default after a temporary password (whoever knew it may have made one).
     */
    revokeTokens: z.boolean().default(false),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "#passwordsDiffer" });

const code = z.string().trim().min(1).max(64);
export const confirmMfaInput = z.object({ code });
export const verifyMfaInput = z.object({ code });
export const reauthenticateInput = z.object({ password: z.string().max(1024).optional(), code: code.optional() });
