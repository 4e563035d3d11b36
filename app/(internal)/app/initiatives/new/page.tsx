// "Neues Vorhaben": admins create initiatives in any department, department heads in their own.
// Others get a plain 404; the action checks the chosen department again.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InitiativeForm } from "@/components/initiatives/edit/initiative-form";
import { MasterDataFields, StatusFields } from "@/components/initiatives/edit/master-data-fields";
import { SubmitButton } from "@/components/ui/action-form";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { newInitiativeOptions } from "@/lib/initiatives/edit-queries";
import { createInitiative } from "./actions";

export default async function NewInitiativePage() {
  const viewer = await requireUser("/app/initiatives/new");
  const options = await newInitiativeOptions(await db(), viewer);
  if (options.departments.length === 0) notFound();
  const t = await getTranslations("initiatives");
  // A department head has one department to choose from; preselect it (and the viewer's own for admins).
  const departmentId = options.departments.find((d) => d.id === viewer.departmentId)?.id ?? (options.departments.length === 1 ? options.departments[0]!.id : undefined);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("newTitle")}</h1>
      <p className="mt-2 max-w-3xl">{t("newIntro")}</p>
      <p className="mt-1 text-sm text-slate-700">{t("requiredNote")}</p>
      <InitiativeForm
        action={createInitiative}
        label={t("newTitle")}
        successMessage={t("created")}
        suggestions={Object.fromEntries(options.fields.map((f) => [f.id, f.suggestedCode]))}
        className="mt-6 grid max-w-4xl gap-3 sm:grid-cols-2"
      >
        <MasterDataFields mode="create" defaults={{ departmentId }} fields={options.fields} departments={options.departments} districts={options.districts} />
        <StatusFields defaults={{ status: "PROPOSED", health: "ON_TRACK", healthReason: null, visibility: "INTERNAL" }} withVisibility />
        <div className="sm:col-span-2"><SubmitButton>{t("create")}</SubmitButton></div>
      </InitiativeForm>
    </>
  );
}
