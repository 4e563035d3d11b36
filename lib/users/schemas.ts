// Input schemas for user management (admins), shared by forms and server actions. Fields that
// are not listed (passwordHash, sessionVersion, active …) are stripped by zod and never reach a write.
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

/** Roles that act for a department and therefore need one. */
export const ROLES_NEEDING_DEPARTMENT: readonly Role[] = ["DEPARTMENT_HEAD", "PROJECT_LEAD"];

const id = z.uuid();
const version = z.coerce.number().int().min(1);

const userFields = {
  name: z.string().trim().min(2).max(200),
  role: z.enum(Role),
  /** Forms send "" for "no department". */
  departmentId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable()),
  /** The partner a partner contact acts for; forms send "" for "none". */
  partnerId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable()),
};

type UserFields = { role: Role; departmentId: string | null; partnerId: string | null };

function requireDepartment(value: UserFields, ctx: z.RefinementCtx) {
  if (ROLES_NEEDING_DEPARTMENT.includes(value.role) && !value.departmentId) {
    ctx.addIssue({ code: "custom", path: ["departmentId"], message: "#departmentRequired" });
  }
  if (value.role === "PARTNER_CONTACT" && !value.partnerId) {
    ctx.addIssue({ code: "custom", path: ["partnerId"], message: "#partnerRequired" });
  }
}

/**
 * A partner belongs to partner contacts only, and they act for no department: whatever the form
 * still carries from another role is dropped.
 */
function onlyTheRolesOwn<T extends UserFields>(value: T): T {
  return value.role === "PARTNER_CONTACT" ? { ...value, departmentId: null } : { ...value, partnerId: null };
}

export const createUserInput = z
  .object({
    email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
    ...userFields,
  })
  .superRefine(requireDepartment)
  .transform(onlyTheRolesOwn);

export const updateUserInput = z.object({ id, version, ...userFields }).superRefine(requireDepartment).transform(onlyTheRolesOwn);

/** Deactivate / reactivate. */
export const userStateInput = z.object({ id, version });

/** Issue a reset link or a temporary password. */
export const userPasswordInput = z.object({ id });

/** Body of the public reset route: the token is the credential. */
export const passwordResetBody = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  password: z.string().min(1).max(1024),
  /** Revoke the user's API tokens with the new password: only when asked (the form's box is ticked by default). */
  revokeTokens: z.boolean().default(false),
});
