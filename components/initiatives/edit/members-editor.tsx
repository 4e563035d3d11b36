// Stellvertretung und Bearbeitung: the initiative's deputies and editors, each with a form to
// change the role and a button to remove them, and a form to assign a person (project leads and
// department heads of any department) with a role. The actions check the permission again.
// Partner contacts (users of a partner working on the initiative) are assigned by a form of their
// own: they hold no other role, and no one else holds theirs.
import { getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { Field, SubmitButton } from "@/components/ui/action-form";
import { InitiativeMemberRole, type Role } from "@/lib/generated/prisma/enums";
import { candidateOptions, RemoveForm } from "./person-forms";
import type { FormAction } from "./types";

type Person = { id: string; name: string; role: Role };
type Member = Person & { memberRole: InitiativeMemberRole };

export async function MembersEditor({
  initiativeId,
  members,
  leadUserIds,
  candidates,
  partnerContacts,
  set,
  remove,
}: {
  initiativeId: string;
  members: Member[];
  /** Leads hold their responsibility already: not offered. */
  leadUserIds: string[];
  candidates: (Person & { departmentCode: string | null })[];
  /** Contact persons of the initiative's partners. */
  partnerContacts: (Person & { partnerName: string })[];
  set: FormAction;
  remove: FormAction;
}) {
  const [t, tRole, tMember] = await Promise.all([getTranslations("initiatives"), getTranslations("role"), getTranslations("initiativeMemberRole")]);
  const taken = new Set([...leadUserIds, ...members.map((m) => m.id)]);
  const available = candidates.filter((c) => !taken.has(c.id));
  const roleOptions = Object.values(InitiativeMemberRole)
    .filter((r) => r !== "PARTNER_CONTACT")
    .map((r) => ({ value: r, label: tMember(r) }));
  const availableContacts = partnerContacts.filter((c) => !taken.has(c.id));
  return (
    <>
      <p className="text-sm text-slate-700">{t("edit.membersHint")}</p>
      {members.length === 0 ? (
        <p className="mt-2 text-sm">{t("overview.noMembers")}</p>
      ) : (
        <ul className="mt-2 space-y-2" data-testid="initiative-members">
          {members.map((m) => (
            <li key={m.id} className="rounded border border-slate-200 px-3 py-2">
              <span>{m.name} <span className="text-sm text-slate-700">({tRole(m.role)}) · {tMember(m.memberRole)}</span></span>
              <div className="mt-2 flex flex-wrap items-start gap-3">
                {m.memberRole !== "PARTNER_CONTACT" && <AdminActionForm action={set} schema="initiative.setMember" label={t("edit.changeMemberRoleLabel", { name: m.name })} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="initiativeId" value={initiativeId} />
                  <input type="hidden" name="userId" value={m.id} />
                  <Field name="role" type="select" label={t("edit.memberRole")} defaultValue={m.memberRole} required options={roleOptions} />
                  <SubmitButton variant="secondary">{t("edit.changeMemberRole")}<span className="sr-only">: {m.name}</span></SubmitButton>
                </AdminActionForm>}
                <RemoveForm action={remove} label={t("edit.removeMemberLabel", { name: m.name, role: tMember(m.memberRole) })} initiativeId={initiativeId} field="userId" value={m.id} name={m.name} className="flex items-end">
                  {t("edit.removeMember")}
                </RemoveForm>
              </div>
            </li>
          ))}
        </ul>
      )}
      {available.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t("edit.noMemberCandidates")}</p>
      ) : (
        <AdminActionForm action={set} schema="initiative.setMember" label={t("edit.setMemberLabel")} resetOnSuccess className="mt-3 grid gap-3 sm:grid-cols-[minmax(0,24rem)_minmax(0,12rem)_auto] sm:items-start">
          <Field name="userId" type="select" label={t("edit.leadUser")} defaultValue="" required
            options={candidateOptions(available, t, tRole)} />
          <Field name="role" type="select" label={t("edit.memberRole")} defaultValue="EDITOR" required options={roleOptions} />
          <input type="hidden" name="initiativeId" value={initiativeId} />
          <div className="sm:mt-6"><SubmitButton>{t("edit.setMember")}</SubmitButton></div>
        </AdminActionForm>
      )}
      {availableContacts.length > 0 && (
        <AdminActionForm action={set} schema="initiative.setMember" label={t("edit.setPartnerContactLabel")} resetOnSuccess className="mt-3 grid gap-3 sm:grid-cols-[minmax(0,24rem)_auto] sm:items-start">
          <Field name="userId" type="select" label={t("edit.partnerContactUser")} hint={t("edit.partnerContactHint")} defaultValue="" required
            options={[{ value: "", label: t("edit.choose") }, ...availableContacts.map((c) => ({ value: c.id, label: `${c.name} (${c.partnerName})` }))]} />
          <input type="hidden" name="role" value="PARTNER_CONTACT" />
          <input type="hidden" name="initiativeId" value={initiativeId} />
          <div className="sm:mt-6"><SubmitButton>{t("edit.setPartnerContact")}</SubmitButton></div>
        </AdminActionForm>
      )}
    </>
  );
}
