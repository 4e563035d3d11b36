// Partner management for admins: edit, delete (only while unreferenced) and create partners.
import { getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { Field, SubmitButton } from "@/components/ui/action-form";
import { DeleteForm } from "@/components/ui/delete-form";
import { RowIds } from "@/components/ui/row-ids";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { PartnerKind } from "@/lib/generated/prisma/enums";
import { listPartners, type PartnerRow } from "@/lib/partners/queries";
import { createPartner, deletePartner, updatePartner } from "@/lib/partners/actions";
import { PageHeading } from "@/components/layout/page-heading";

async function PartnerFields({ partner }: { partner?: PartnerRow }) {
  const t = await getTranslations("partners");
  return (
    <>
      <Field name="name" label={t("name")} defaultValue={partner?.name} required />
      <Field
        name="kind"
        label={t("kind")}
        type="select"
        defaultValue={partner?.kind ?? "COMPANY"}
        options={Object.values(PartnerKind).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        required
      />
      <Field name="website" label={t("website")} type="url" hint={t("websiteHint")} defaultValue={partner?.website} />
      <div className="sm:col-span-3">
        <Field name="description" label={t("description")} type="textarea" defaultValue={partner?.description} />
      </div>
    </>
  );
}

export default async function PartnersPage() {
  const viewer = await requirePermission("partner.manage", "/app/admin/partners");
  const partners = await listPartners(await db(), viewer);
  const t = await getTranslations("partners");
  const tf = await getTranslations("forms");
  const grid = "grid gap-3 sm:grid-cols-3 sm:items-start";
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {partners.length === 0 && <p className="mt-6">{t("empty")}</p>}
      <ul className="mt-6 space-y-4">
        {partners.map((p) => {
          const inUse = p._count.initiatives > 0 || p._count.milestones > 0;
          return (
            <li key={p.id} className="rounded border border-slate-200 p-3">
              <h2 className="font-semibold">{p.name}</h2>
              <p className="text-xs text-slate-700">{t("slug", { slug: p.slug })}</p>
              <AdminActionForm action={updatePartner} schema="partner.update" label={t("edit", { name: p.name })} className={`mt-2 ${grid}`}>
                <RowIds row={p} />
                <PartnerFields partner={p} />
                <div><SubmitButton>{tf("save")}</SubmitButton></div>
              </AdminActionForm>
              {inUse ? (
                <p className="mt-2 text-sm text-slate-700">{t("inUse", { initiatives: p._count.initiatives, milestones: p._count.milestones })}</p>
              ) : (
                <DeleteForm action={deletePartner} label={t("deleteLabel", { name: p.name })} className="mt-2" row={p} as={AdminActionForm}>{tf("delete")}</DeleteForm>
              )}
            </li>
          );
        })}
      </ul>
      <h2 className="mt-8 text-xl font-semibold">{t("new")}</h2>
      <AdminActionForm action={createPartner} schema="partner.create" label={t("new")} resetOnSuccess className={`mt-2 ${grid}`}>
        <PartnerFields />
        <div><SubmitButton>{tf("create")}</SubmitButton></div>
      </AdminActionForm>
    </>
  );
}
