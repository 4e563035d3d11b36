// Funding programme management for admins: edit, archive (or reactivate) and create the named
// programmes budget lines draw on (Modellprojekte Smart Cities, EFRE/JTF NRW ...).
import { getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { Field, SubmitButton } from "@/components/ui/action-form";
import { RowIds } from "@/components/ui/row-ids";
import { PageHeading } from "@/components/layout/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { archiveFundingProgramme, createFundingProgramme, unarchiveFundingProgramme, updateFundingProgramme } from "@/lib/funding/actions";
import { FUNDING_LEVELS } from "@/lib/funding/levels";
import { listFundingProgrammes, type FundingProgrammeRow } from "@/lib/funding/programme-queries";

async function ProgrammeFields({ programme }: { programme?: FundingProgrammeRow }) {
  const [t, tb] = await Promise.all([getTranslations("fundingProgrammes"), getTranslations("budget")]);
  return (
    <>
      <Field name="name" label={t("name")} defaultValue={programme?.name} required />
      <Field
        name="level"
        label={t("level")}
        type="select"
        defaultValue={programme?.level ?? "FEDERAL"}
        options={FUNDING_LEVELS.map((l) => ({ value: l, label: tb(`source.${l}`) }))}
        required
      />
      <Field name="grantReference" label={t("grantReference")} hint={t("grantReferenceHint")} defaultValue={programme?.grantReference} />
      <Field name="fundingRate" label={t("fundingRate")} hint={t("fundingRateHint")} defaultValue={programme?.fundingRate} />
      <Field name="periodFrom" label={t("periodFrom")} type="date" defaultValue={programme?.periodFrom} />
      <Field name="periodTo" label={t("periodTo")} type="date" defaultValue={programme?.periodTo} />
      <div className="sm:col-span-3">
        <Field name="url" label={t("url")} type="url" hint={t("urlHint")} defaultValue={programme?.url} />
      </div>
    </>
  );
}

export default async function FundingProgrammesPage() {
  const viewer = await requirePermission("fundingProgramme.manage", "/app/admin/funding-programmes");
  const programmes = await listFundingProgrammes(await db(), viewer);
  const [t, tb, tf] = await Promise.all([getTranslations("fundingProgrammes"), getTranslations("budget"), getTranslations("forms")]);
  const grid = "grid gap-3 sm:grid-cols-3 sm:items-start";
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {programmes.length === 0 && <p className="mt-6">{t("empty")}</p>}
      <ul className="mt-6 space-y-4">
        {programmes.map((p) => (
          <li key={p.id} className="rounded border border-slate-200 p-3" data-testid="funding-programme">
            <h2 className="flex flex-wrap items-center gap-2 font-semibold">
              <span>{p.name}</span>
              {p.archived && <span className="rounded bg-slate-200 px-2 text-xs font-normal text-slate-900">{t("archived")}</span>}
            </h2>
            <p className="text-xs text-slate-700">
              {tb(`source.${p.level}`)} · {t("lines", { count: p.lines })}
            </p>
            <AdminActionForm action={updateFundingProgramme} schema="fundingProgramme.update" label={t("edit", { name: p.name })} className={`mt-2 ${grid}`}>
              <RowIds row={p} />
              <ProgrammeFields programme={p} />
              <div><SubmitButton>{tf("save")}</SubmitButton></div>
            </AdminActionForm>
            <AdminActionForm action={p.archived ? unarchiveFundingProgramme : archiveFundingProgramme} label={t(p.archived ? "unarchiveLabel" : "archiveLabel", { name: p.name })} className="mt-2">
              <RowIds row={p} />
              <SubmitButton variant="secondary">{t(p.archived ? "unarchive" : "archive")}</SubmitButton>
            </AdminActionForm>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-semibold">{t("new")}</h2>
      <AdminActionForm action={createFundingProgramme} schema="fundingProgramme.create" label={t("new")} resetOnSuccess className={`mt-2 ${grid}`}>
        <ProgrammeFields />
        <div><SubmitButton>{tf("create")}</SubmitButton></div>
      </AdminActionForm>
    </>
  );
}
