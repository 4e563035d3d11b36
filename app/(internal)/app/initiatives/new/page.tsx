// "Neues Vorhaben": admins create initiatives in any department, department heads in their own.
// Others get a plain 404; the action checks the chosen department again. Before the plan is set
// up, the page says what is missing instead.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FirstStepsFields } from "@/components/initiatives/edit/first-steps-fields";
import { InitiativeForm } from "@/components/initiatives/edit/initiative-form";
import { NewInitiativeMissing } from "@/components/initiatives/new-initiative-missing";
import { MasterDataFields, StatusFields } from "@/components/initiatives/edit/master-data-fields";
import { SubmitButton } from "@/components/ui/action-form";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { newInitiativeOptions } from "@/lib/initiatives/edit-queries";
import { loadSetupState } from "@/lib/plan/queries";
import { createInitiative } from "@/lib/initiatives/actions";
import { PageHeading } from "@/components/layout/page-heading";

export default async function NewInitiativePage() {
  const viewer = await requireUser("/app/initiatives/new");
  const prisma = await db();
  const options = await newInitiativeOptions(prisma, viewer);
  // Those who may never create initiatives get a 404 as before; those who may, but cannot yet
  // (no masterplan, field of action or department), learn what is missing.
  if (!can(viewer, "initiative.create", { departmentId: viewer.departmentId })) notFound();
  if (options.fields.length === 0 || options.departments.length === 0) {
    const setup = await loadSetupState(prisma, viewer);
    const missing = {
      masterplan: !setup.done.masterplan,
      fields: options.fields.length === 0,
      departments: !setup.done.departments,
      ownDepartment: options.departments.length === 0,
    };
    return <NewInitiativeMissing missing={missing} canSetUp={can(viewer, "structure.manage")} />;
  }
  const t = await getTranslations("initiatives");
  // A department head has one department to choose from; preselect it (and the viewer's own for admins).
  const departmentId = options.departments.find((d) => d.id === viewer.departmentId)?.id ?? (options.departments.length === 1 ? options.departments[0]!.id : undefined);
  return (
    <>
      <PageHeading title={t("newTitle")} intro={t("newIntro")} />
      <p className="mt-1 text-sm text-slate-700">{t("requiredNote")}</p>
      <InitiativeForm
        action={createInitiative}
        schema="initiative.create"
        label={t("newTitle")}
        successMessage={t("created")}
        suggestions={Object.fromEntries(options.fields.map((f) => [f.id, f.suggestedCode]))}
        className="mt-6 grid max-w-4xl gap-3 sm:grid-cols-2"
      >
        <MasterDataFields mode="create" defaults={{ departmentId }} fields={options.fields} departments={options.departments} districts={options.districts} />
        <StatusFields defaults={{ status: "PROPOSED", health: "ON_TRACK", healthReason: null, visibility: "INTERNAL" }} withVisibility />
        <FirstStepsFields leadCandidates={options.leadCandidates} partners={options.partners} />
        <div className="sm:col-span-2"><SubmitButton>{t("create")}</SubmitButton></div>
      </InitiativeForm>
    </>
  );
}
