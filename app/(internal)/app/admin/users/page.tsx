// User management for admins: the list of accounts, editing one, and creating a new one.
import { PageClientMessages } from "@/components/layout/client-messages";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { UserAdminPanel } from "@/components/admin/user-admin-panel";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listDepartmentOptions, listPartnerOptions, listUsers } from "@/lib/users/queries";
import { countOpenSessionsByUser } from "@/lib/sessions/queries";
import { createUser, deactivateUser, endUserSessions, issuePasswordResetLink, issueTemporaryPassword, reactivateUser, updateUser } from "@/lib/users/actions";
import { PageHeading } from "@/components/layout/page-heading";

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
  const [users, departments, partners, openSessions] = await Promise.all([
    listUsers(prisma, viewer),
    listDepartmentOptions(prisma, viewer),
    listPartnerOptions(prisma, viewer),
    countOpenSessionsByUser(prisma, viewer),
  ]);
  const [t, tRole, format, locale] = await Promise.all([getTranslations("users"), getTranslations("role"), getFormatter(), getLocale()]);
  const columns: DataTableColumn<(typeof users)[number]>[] = [
    {
      id: "name",
      header: t("colName"),
      rowHeader: true,
      className: "font-medium",
      cell: (u) => (
        <>
          {u.name}
          {u.id === viewer.id && <span className="ml-1 text-xs text-slate-700">({t("you")})</span>}
        </>
      ),
    },
    { id: "email", header: t("colEmail"), value: (u) => u.email },
    { id: "role", header: t("colRole"), cell: (u) => tRole(u.role) },
    // A partner contact's partner stands where the others' department does.
    { id: "department", header: t("colDepartment"), value: (u) => u.department?.code ?? u.partner?.name },
    {
      id: "status",
      header: t("colStatus"),
      cell: (u) => (
        <>
          {u.active ? t("active") : t("inactive")}
          {u.mustChangePassword && <span className="block text-xs">{t("mustChangePassword")}</span>}
        </>
      ),
    },
    {
      id: "lastLogin",
      header: t("colLastLogin"),
      value: (u) => u.lastLoginAt,
      cell: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")),
    },
  ];
  return (
    <PageClientMessages page="users">
      <PageHeading title={t("title")} intro={t("intro")} />
      <DataTable
        columns={columns}
        rows={users}
        rowKey={(u) => u.id}
        caption={t("tableCaption")}
        locale={locale}
        minWidth="48rem"
        className="mt-6"
        rowClassName={(u) => (u.active ? undefined : "text-slate-600")}
        rowDetail={(u) => (
          <details>
            <summary className="cursor-pointer text-brand-700 underline underline-offset-2">
              {t("manage")}<span className="sr-only">: {u.name}</span>
            </summary>
            <UserAdminPanel
              user={{ id: u.id, name: u.name, role: u.role, departmentId: u.department?.id ?? null, partnerId: u.partner?.id ?? null, active: u.active, version: u.version, openSessions: openSessions.get(u.id) ?? 0 }}
              isSelf={u.id === viewer.id}
              departments={departments}
              partners={partners}
              actions={panelActions}
            />
          </details>
        )}
      />
      <h2 className="mt-8 text-xl font-semibold">{t("new")}</h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("newIntro")}</p>
      <UserCreateForm action={createUser} departments={departments} partners={partners} />
    </PageClientMessages>
  );
}
