// Partner: the partners linked to the initiative, each editable (role, contribution, committed
// amount) and removable, and a form to link another partner. Amounts are shown for editing in the
// reader's notation (1234,56 in German); the action reads both notations.
import { getLocale, getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { RowIds } from "@/components/ui/row-ids";
import { PartnerRole } from "@/lib/generated/prisma/enums";
import type { InitiativeOverview } from "@/lib/initiatives/edit-queries";
import type { FormAction } from "./types";

type Link = InitiativeOverview["partners"][number];

async function LinkFields({ link }: { link?: Link }) {
  const [t, tRole, locale] = await Promise.all([getTranslations("initiatives"), getTranslations("partnerRole"), getLocale()]);
  const amount = link?.committedAmount ? (locale === "de" ? link.committedAmount.replace(".", ",") : link.committedAmount) : "";
  return (
    <>
      <Field name="role" type="select" label={t("edit.partnerRole")} defaultValue={link?.role ?? "LEAD_PARTNER"} required
        options={Object.values(PartnerRole).map((r) => ({ value: r, label: tRole(r) }))} />
      <Field name="committedAmount" label={t("edit.committedAmount")} hint={t("edit.committedAmountHint")} defaultValue={amount} autoComplete="off" />
      <Field name="contribution" type="textarea" label={t("edit.contribution")} defaultValue={link?.contribution} wide />
    </>
  );
}

export async function PartnersEditor({
  initiativeId,
  links,
  partners,
  add,
  update,
  remove,
}: {
  initiativeId: string;
  links: Link[];
  partners: { id: string; name: string }[];
  add: FormAction;
  update: FormAction;
  remove: FormAction;
}) {
  const [t, tRole] = await Promise.all([getTranslations("initiatives"), getTranslations("partnerRole")]);
  const grid = "grid gap-3 sm:grid-cols-2";
  return (
    <>
      {links.length === 0 ? (
        <p className="text-sm">{t("overview.noPartners")}</p>
      ) : (
        <ul className="space-y-3">
          {links.map((l) => {
            const names = { name: l.partner.name, role: tRole(l.role) };
            return (
              <li key={l.id} className="rounded border border-slate-200 p-3">
                <p className="font-medium">{l.partner.name} <span className="text-sm font-normal text-slate-700">({names.role})</span></p>
                <AdminActionForm action={update} schema="initiative.updatePartner" label={t("edit.editPartnerLabel", names)} className={`mt-2 ${grid}`}>
                  <RowIds row={l} />
                  <LinkFields link={l} />
                  <div className="sm:col-span-2"><SubmitButton>{t("edit.save")}</SubmitButton></div>
                </AdminActionForm>
                <ActionForm action={remove} label={t("edit.removePartnerLabel", names)} className="mt-2">
                  <RowIds row={l} />
                  <ConfirmSubmitButton question="remove">
                    {t("edit.removePartner")}<span className="sr-only">: {names.name} ({names.role})</span>
                  </ConfirmSubmitButton>
                </ActionForm>
              </li>
            );
          })}
        </ul>
      )}
      <h4 className="mt-4 font-semibold">{t("edit.addPartner")}</h4>
      <AdminActionForm action={add} schema="initiative.addPartner" label={t("edit.addPartner")} resetOnSuccess className={`mt-2 ${grid}`}>
        <input type="hidden" name="initiativeId" value={initiativeId} />
        <div className="sm:col-span-2">
          <Field name="partnerId" type="select" label={t("edit.partner")} defaultValue="" required
            options={[{ value: "", label: t("edit.choose") }, ...partners.map((p) => ({ value: p.id, label: p.name }))]} />
        </div>
        <LinkFields />
        <div className="sm:col-span-2"><SubmitButton>{t("edit.addPartner")}</SubmitButton></div>
      </AdminActionForm>
    </>
  );
}
