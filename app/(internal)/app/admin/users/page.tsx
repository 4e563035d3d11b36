// User management for admins: the list of accounts, editing one, and creating a new one.
import { getFormatter, getTranslations } from "next-intl/server";
import { UserAdminPanel } from "@/components/admin/user-admin-panel";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listDepartmentOptions, listUsers } from "@/lib/users/queries";
import { countOpenSessionsByUser } from "@/lib/sessions/queries";
import { createUser, deactivateUser, endUserSessions, issuePasswordResetLink, issueTemporaryPassword, reactivateUser, updateUser } from "@/lib/users/actions";

const panelActions = {
  update: updateUser,
  deactivate: deactivateUser,
  reactivate: reactivateUser,
  issueLink: issuePasswordResetLink,
  issueTemporary: issueTemporaryPassword,
  endSessions: endUserSessions,
};

export default async function UsersPage() {
  const viewer = await requirePermission("user.manage", "/app/admin/users");
  const prisma = await db();
  const [users, departments, openSessions] = await Promise.all([
    listUsers(prisma, viewer),
    listDepartmentOptions(prisma, viewer),
    countOpenSessionsByUser(prisma, viewer),
  ]);
  const [t, tRole, format] = await Promise.all([getTranslations("users"), getTranslations("role"), getFormatter()]);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[48rem] text-left text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">{t("colName")}</th>
              <th scope="col" className="py-2 pr-3">{t("colEmail")}</th>
              <th scope="col" className="py-2 pr-3">{t("colRole")}</th>
              <th scope="col" className="py-2 pr-3">{t("colDepartment")}</th>
              <th scope="col" className="py-2 pr-3">{t("colStatus")}</th>
              <th scope="col" className="py-2">{t("colLastLogin")}</th>
            </tr>
          </thead>
          {users.map((u) => (
            <tbody key={u.id} className="border-b border-slate-200">
              <tr className={u.active ? undefined : "text-slate-600"}>
                <th scope="row" className="py-2 pr-3 font-medium">
                  {u.name}
                  {u.id === viewer.id && <span className="ml-1 text-xs text-slate-700">({t("you")})</span>}
                </th>
                <td className="py-2 pr-3">{u.email}</td>
                <td className="py-2 pr-3">{tRole(u.role)}</td>
                <td className="py-2 pr-3">{u.department ? u.department.code : "–"}</td>
                <td className="py-2 pr-3">
                  {u.active ? t("active") : t("inactive")}
                  {u.mustChangePassword && <span className="block text-xs">{t("mustChangePassword")}</span>}
                </td>
                <td className="py-2">{u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</td>
              </tr>
              <tr>
                <td colSpan={6} className="pb-2">
                  <details>
                    <summary className="cursor-pointer text-brand-700 underline underline-offset-2">
                      {t("manage")}<span className="sr-only">: {u.name}</span>
                    </summary>
                    <UserAdminPanel
                      user={{ id: u.id, name: u.name, role: u.role, departmentId: u.department?.id ?? null, active: u.active, version: u.version, openSessions: openSessions.get(u.id) ?? 0 }}
                      isSelf={u.id === viewer.id}
                      departments={departments}
                      actions={panelActions}
                    />
                  </details>
                </td>
              </tr>
            </tbody>
          ))}
        </table>
      </div>
      <h2 className="mt-8 text-xl font-semibold">{t("new")}</h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("newIntro")}</p>
      <UserCreateForm action={createUser} departments={departments} />
    </>
  );
}
