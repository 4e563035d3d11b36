import { getTranslations } from "next-intl/server";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { DeleteForm } from "@/components/ui/delete-form";
import { RowIds } from "@/components/ui/row-ids";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { createDepartment, deleteDepartment, updateDepartment } from "@/lib/departments/actions";

export default async function DepartmentsPage() {
  await requirePermission("department.manage", "/app/admin/departments");
  const departments = await (await db()).department.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true, version: true } });
  const t = await getTranslations("departments");
  const tf = await getTranslations("forms");
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      <ul className="mt-6 space-y-4">
        {departments.map((d) => (
          <li key={d.id} className="rounded border border-slate-200 p-3">
            <ActionForm action={updateDepartment} schema="department.update" label={t("edit", { code: d.code })} className="grid gap-3 sm:grid-cols-[8rem_1fr_auto] sm:items-end">
              <RowIds row={d} />
              <Field name="code" label={t("code")} defaultValue={d.code} required />
              <Field name="name" label={t("name")} defaultValue={d.name} required />
              <SubmitButton>{tf("save")}</SubmitButton>
            </ActionForm>
            <DeleteForm action={deleteDepartment} label={t("deleteLabel", { code: d.code })} className="mt-2" row={d}>{tf("delete")}</DeleteForm>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-semibold">{t("new")}</h2>
      <ActionForm action={createDepartment} schema="department.create" label={t("new")} resetOnSuccess className="mt-2 grid gap-3 sm:grid-cols-[8rem_1fr_auto] sm:items-end">
        <Field name="code" label={t("code")} required />
        <Field name="name" label={t("name")} required />
        <SubmitButton>{tf("create")}</SubmitButton>
      </ActionForm>
    </>
  );
}
