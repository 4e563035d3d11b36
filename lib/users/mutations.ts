// User management (admins): invite, edit, deactivate/reactivate, and hand out a reset link or a
// temporary password. Each action goes through the one builder. Changes to what a user may do
// (role, department, active, password) bump `sessionVersion` and revoke their recorded sessions
// (lib/sessions/store.ts), which ends their open sessions.
// Whatever grants or takes away access (a new account, role or department, deactivation and
// reactivation, reset links, temporary passwords) needs a fresh sign-in (`recentAuth`).
import type { z } from "zod";
import { defineAction, type ActionDefinition } from "@/lib/actions/define-action";
import { updateRowVersioned } from "@/lib/actions/versioned-update";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { mailAccountLink } from "@/lib/mail/account-mails";
import { revokeUserSessions } from "@/lib/sessions/store";
import { expireOpenResetLinks, generateTemporaryPassword, issueResetLink } from "./password-reset";
import { userIdentitySelect } from "./identity-select";
import { createUserInput, updateUserInput, userPasswordInput, userStateInput } from "./schemas";

/** What actions return and audit: never the password hash. */
const userSelect = { ...userIdentitySelect, locale: true, version: true } as const;

const loadUser = (tx: Tx, input: { id: string }) => tx.user.findUnique({ where: { id: input.id }, select: userSelect });

/** Writes `data` only while the user row has the version the admin saw; then reads it back. */
const updateUserRow = (tx: Tx, row: { id: string; version: number }, data: Prisma.UserUncheckedUpdateManyInput) =>
  updateRowVersioned("User", row, (args) => tx.user.updateMany(args), data, () => loadUser(tx, row));

type User = NonNullable<Awaited<ReturnType<typeof loadUser>>>;

/** An admin's action on one existing account: `user.manage`, credentials proven recently, the account loaded. */
const userAccountAction = <S extends z.ZodType<{ id: string }>, T>(name: string, input: S, run: ActionDefinition<S, User, T>["run"]) =>
  defineAction({ name, recentAuth: true, input, permission: "user.manage", load: loadUser, run });

async function assertDepartmentExists(tx: Tx, departmentId: string | null) {
  if (!departmentId) return;
  const found = await tx.department.findUnique({ where: { id: departmentId }, select: { id: true } });
  if (!found) throw new AppError("VALIDATION", "Unknown department.", { fieldErrors: { departmentId: ["#validation.choice"] } });
}

async function assertPartnerExists(tx: Tx, partnerId: string | null) {
  if (!partnerId) return;
  const found = await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true } });
  if (!found) throw new AppError("VALIDATION", "Unknown partner.", { fieldErrors: { partnerId: ["#validation.choice"] } });
}

export const createUserAction = defineAction({
  name: "user.create",
  recentAuth: true,
  input: createUserInput,
  permission: "user.manage",
  load: async () => ({}),
  run: async ({ tx, input, audit }) => {
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) {
      throw new AppError("CONFLICT", "A user with this email address exists.", { fieldErrors: { email: ["#users.errors.emailTaken"] } });
    }
    await assertDepartmentExists(tx, input.departmentId);
    await assertPartnerExists(tx, input.partnerId);
    const created = await tx.user.create({ data: input, select: userSelect });
    const link = await issueResetLink(tx, created.id);
    const mailed = await mailAccountLink(tx, "INVITATION", created, link, new Date());
    audit({ action: "user.create", entityType: "User", entityId: created.id, after: created });
    audit({ action: "user.password.issueLink", entityType: "User", entityId: created.id, after: { resetId: link.resetId, expiresAt: link.expiresAt, mailed } });
    return { user: created, path: link.path, expiresAt: link.expiresAt, mailed };
  },
});

export const updateUserAction = defineAction({
  name: "user.update",
  recentAuth: (input, before) => input.role !== before.role || input.departmentId !== before.departmentId || input.partnerId !== before.partnerId,
  input: updateUserInput,
  permission: "user.manage",
  load: loadUser,
  run: async ({ tx, input, actor, resource: before, audit }) => {
    const { id, version, ...data } = input;
    if (id === actor.id && data.role !== "ADMIN") {
      throw new AppError("FORBIDDEN", "Administrators cannot remove their own administrator role.", {
        fieldErrors: { role: ["#users.errors.ownRole"] },
      });
    }
    await assertDepartmentExists(tx, data.departmentId);
    await assertPartnerExists(tx, data.partnerId);
    const accessChanged = before.role !== data.role || before.departmentId !== data.departmentId || before.partnerId !== data.partnerId;
    const after = await updateUserRow(tx, { id, version }, { ...data, ...(accessChanged ? { sessionVersion: { increment: 1 } } : {}) });
    if (accessChanged) await revokeUserSessions(tx, id, "ACCESS_CHANGED", new Date());
    // A partner contact assigned to initiatives for one partner is not assigned for another (or as another role).
    if (before.role === "PARTNER_CONTACT" && (data.role !== "PARTNER_CONTACT" || before.partnerId !== data.partnerId)) {
      const dropped = await tx.initiativeMember.findMany({ where: { userId: id, role: "PARTNER_CONTACT" }, select: { initiativeId: true } });
      await tx.initiativeMember.deleteMany({ where: { userId: id, role: "PARTNER_CONTACT" } });
      for (const d of dropped) {
        audit({ action: "initiative.removeMember", entityType: "InitiativeMember", entityId: id, initiativeId: d.initiativeId, before: { member: { id, name: before.name }, role: "PARTNER_CONTACT" } });
      }
    }
    audit({ action: "user.update", entityType: "User", entityId: id, before, after });
    return after;
  },
});

export const deactivateUserAction = userAccountAction("user.deactivate", userStateInput, async ({ tx, input, actor, resource: before, audit }) => {
  if (input.id === actor.id) throw new AppError("FORBIDDEN", "Administrators cannot deactivate their own account.");
  const after = await updateUserRow(tx, input, { active: false, sessionVersion: { increment: 1 } });
  await expireOpenResetLinks(tx, input.id, new Date());
  await revokeUserSessions(tx, input.id, "DEACTIVATED", new Date());
  audit({ action: "user.deactivate", entityType: "User", entityId: input.id, before, after });
  return after;
});

export const reactivateUserAction = userAccountAction("user.reactivate", userStateInput, async ({ tx, input, resource: before, audit }) => {
  const after = await updateUserRow(tx, input, { active: true });
  audit({ action: "user.reactivate", entityType: "User", entityId: input.id, before, after });
  return after;
});

function assertActive(user: { active: boolean }) {
  if (!user.active) throw new AppError("CONFLICT", "Reactivate the user before resetting their password.");
}

/** (a) A one-time link, valid 24 hours; its path is returned once and never stored. */
export const issuePasswordResetLinkAction = userAccountAction("user.password.issueLink", userPasswordInput, async ({ tx, input, resource: before, audit }) => {
  assertActive(before);
  const link = await issueResetLink(tx, input.id);
  await tx.user.update({ where: { id: input.id }, data: { sessionVersion: { increment: 1 } } });
  await revokeUserSessions(tx, input.id, "PASSWORD_RESET", new Date());
  const mailed = await mailAccountLink(tx, "PASSWORD_RESET", before, link, new Date());
  audit({
    action: "user.password.issueLink",
    entityType: "User",
    entityId: input.id,
    before: { sessionVersion: before.sessionVersion },
    after: { resetId: link.resetId, expiresAt: link.expiresAt, sessionVersion: before.sessionVersion + 1, mailed },
  });
  return { path: link.path, expiresAt: link.expiresAt, mailed, email: before.email };
});

/** (b) A temporary password, returned once; the user must choose a new one after signing in. */
export const issueTemporaryPasswordAction = userAccountAction("user.password.issueTemporary", userPasswordInput, async ({ tx, input, resource: before, audit }) => {
  assertActive(before);
  const password = generateTemporaryPassword();
  const passwordHash = await hashPassword(password);
  await tx.user.update({
    where: { id: input.id },
    data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
  });
  await expireOpenResetLinks(tx, input.id, new Date());
  await revokeUserSessions(tx, input.id, "PASSWORD_RESET", new Date());
  const after = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: userSelect });
  audit({ action: "user.password.issueTemporary", entityType: "User", entityId: input.id, before, after });
  return { password };
});
