// Reads for user management. Only admins may list users; the password hash is never selected.
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";

export async function listUsers(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "user.manage");
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      lastLoginAt: true,
      mustChangePassword: true,
      version: true,
      department: { select: { id: true, code: true, name: true } },
      partner: { select: { id: true, name: true } },
    },
  });
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

/** Departments to choose from in the user forms. */
export async function listDepartmentOptions(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "user.manage");
  return db.department.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });
}

/** Partners a partner contact can act for, to choose from in the user forms. */
export async function listPartnerOptions(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "user.manage");
  return db.partner.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
