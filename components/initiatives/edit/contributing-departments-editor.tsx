// Beteiligte Ämter: the departments contributing to the initiative besides its lead department,
// each with a button to remove it, and a form to add one. The actions check the permission again.
import { getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { Field, SubmitButton } from "@/components/ui/action-form";
import { RemoveForm } from "./person-forms";
import type { FormAction } from "./types";

type Department = { id: string; code: string; name: string };

export async function ContributingDepartmentsEditor({
  initiativeId,
  leadDepartment,
  contributing,
  departments,
  add,
  remove,
}: {
  initiativeId: string;
  leadDepartment: Department;
  contributing: Department[];
  departments: Department[];
  add: FormAction;
  remove: FormAction;
}) {
  const t = await getTranslations("initiatives");
  const taken = new Set([leadDepartment.id, ...contributing.map((d) => d.id)]);
  const available = departments.filter((d) => !taken.has(d.id));
  return (
    <>
      <p className="text-sm text-slate-700">{t("edit.contributingHint", { department: leadDepartment.code })}</p>
      {contributing.length === 0 ? (
        <p className="mt-2 text-sm">{t("overview.noContributingDepartments")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {contributing.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 px-3 py-2">
              <span>{d.code} – {d.name}</span>
              <RemoveForm action={remove} label={t("edit.removeContributingDepartmentLabel", { name: d.code })} initiativeId={initiativeId} field="departmentId" value={d.id} name={d.code} className="flex flex-wrap items-center gap-2">
                {t("edit.removeContributingDepartment")}
              </RemoveForm>
            </li>
          ))}
        </ul>
      )}
      {available.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t("edit.noDepartmentCandidates")}</p>
      ) : (
        <AdminActionForm action={add} schema="initiative.addContributingDepartment" label={t("edit.addContributingDepartmentLabel")} resetOnSuccess className="mt-3 grid gap-3 sm:grid-cols-[minmax(0,24rem)_auto] sm:items-start">
          <Field name="departmentId" type="select" label={t("edit.contributingDepartment")} defaultValue="" required
            options={[{ value: "", label: t("edit.choose") }, ...available.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }))]} />
          <input type="hidden" name="initiativeId" value={initiativeId} />
          <div className="sm:mt-6"><SubmitButton>{t("edit.addContributingDepartment")}</SubmitButton></div>
        </AdminActionForm>
      )}
    </>
  );
}
