// Projektleitung: who leads the initiative, with a button to remove each, and a form to add a
// project lead or department head from a list.
import { getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { Field, SubmitButton } from "@/components/ui/action-form";
import type { Role } from "@/lib/generated/prisma/enums";
import { candidateOptions, RemoveForm } from "./person-forms";
import type { FormAction } from "./types";

type Person = { id: string; name: string; role: Role };

export async function LeadsEditor({
  initiativeId,
  leads,
  candidates,
  add,
  remove,
}: {
  initiativeId: string;
  leads: Person[];
  candidates: (Person & { departmentCode: string | null })[];
  add: FormAction;
  remove: FormAction;
}) {
  const [t, tRole] = await Promise.all([getTranslations("initiatives"), getTranslations("role")]);
  const current = new Set(leads.map((l) => l.id));
  const available = candidates.filter((c) => !current.has(c.id));
  return (
    <>
      {leads.length === 0 ? (
        <p className="text-sm">{t("overview.noLeads")}</p>
      ) : (
        <ul className="space-y-2">
          {leads.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 px-3 py-2">
              <span>{l.name} <span className="text-sm text-slate-700">({tRole(l.role)})</span></span>
              <RemoveForm action={remove} label={t("edit.removeLeadLabel", { name: l.name })} initiativeId={initiativeId} field="userId" value={l.id} name={l.name} className="flex flex-wrap items-center gap-2">
                {t("edit.removeLead")}
              </RemoveForm>
            </li>
          ))}
        </ul>
      )}
      {available.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t("edit.noCandidates")}</p>
      ) : (
        <AdminActionForm action={add} label={t("edit.addLeadLabel")} resetOnSuccess className="mt-3 grid gap-3 sm:grid-cols-[minmax(0,24rem)_auto] sm:items-start">
          <Field name="userId" type="select" label={t("edit.leadUser")} defaultValue="" required
            options={candidateOptions(available, t, tRole)} />
          <input type="hidden" name="initiativeId" value={initiativeId} />
          <div className="sm:mt-6"><SubmitButton>{t("edit.addLead")}</SubmitButton></div>
        </AdminActionForm>
      )}
    </>
  );
}
