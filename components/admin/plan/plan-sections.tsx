// The plan setup screen's sections: the masterplan form, the fields of action and the districts,
// each row an open-able panel with its edit form and its archive/delete buttons. Forms stay open
// after saving (ActionForm refreshes the data in place and shows "saved"), so the scroll position
// and the open panels are kept. The server actions come in as props (components never import app/).
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { Field, SubmitButton } from "@/components/ui/action-form";
import { DeleteForm } from "@/components/ui/delete-form";
import { RowIds } from "@/components/ui/row-ids";
import type { ActionResult } from "@/lib/actions/define-action";
import type { PlanSetup } from "@/lib/plan/queries";
import { ColorField } from "./color-field";

type Act = (raw: unknown) => Promise<ActionResult<unknown>>;

/** A section of the screen: its h2 (named by `id`), the sentence `none` while there is nothing yet, its content. */
function PlanSection({ id, heading, none, className = "mt-10", children }: { id: string; heading: string; none: string | false; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-xl font-semibold">{heading}</h2>
      {none && <p className="mt-2">{none}</p>}
      {children}
    </section>
  );
}

/** One field or district as an open-able panel: code, name, archived and in-use in its summary, its forms inside. */
async function RowPanel({ row, name, color, children }: { row: { code: string; archived: boolean; inUse: number }; name: string; color?: string | null; children: ReactNode }) {
  const t = await getTranslations("planSetup");
  return (
    <li className="rounded border border-slate-200">
      <details>
        <summary className="flex cursor-pointer flex-wrap items-center gap-3 p-3">
          {color !== undefined && <span aria-hidden="true" className="inline-block h-4 w-4 rounded-full border border-slate-400" style={{ backgroundColor: color ?? "transparent" }} />}
          <span className="font-semibold">{row.code}</span>
          <span>{name}</span>
          {row.archived && <span className="rounded bg-slate-200 px-2 text-xs text-slate-900">{t("archived")}</span>}
          <span className="text-sm text-slate-700">{t("inUse", { count: row.inUse })}</span>
        </summary>
        <div className="border-t border-slate-200 p-3">
          {row.archived && <p className="mb-2 text-sm text-slate-700">{t("archivedNote")}</p>}
          {children}
        </div>
      </details>
    </li>
  );
}

/** Archive (or restore) a row; delete only while nothing hangs off it. Shared by fields and districts. */
async function ArchiveOrDelete({ row, actions }: { row: { id: string; version: number; code: string; archived: boolean; inUse: number }; actions: { archive: Act; unarchive: Act; remove: Act } }) {
  const t = await getTranslations("planSetup");
  const tf = await getTranslations("forms");
  return (
    <>
      <AdminActionForm action={row.archived ? actions.unarchive : actions.archive} label={t(row.archived ? "unarchiveLabel" : "archiveLabel", { code: row.code })}>
        <RowIds row={row} />
        <SubmitButton variant="secondary">{t(row.archived ? "unarchive" : "archive")}</SubmitButton>
      </AdminActionForm>
      {row.inUse === 0 && (
        <DeleteForm action={actions.remove} label={t("deleteLabel", { code: row.code })} row={row} as={AdminActionForm}>{tf("delete")}</DeleteForm>
      )}
    </>
  );
}

export async function MasterplanSection({ masterplan, create, update }: { masterplan: PlanSetup["masterplan"]; create: Act; update: Act }) {
  const t = await getTranslations("planSetup");
  const tEn = await getTranslations("contentEnglish");
  const tf = await getTranslations("forms");
  const m = masterplan;
  return (
    <PlanSection id="masterplan-heading" heading={t("masterplanHeading")} none={!m && t("masterplanNone")} className="mt-6">
      <AdminActionForm action={m ? update : create} schema={m ? "masterplan.update" : "masterplan.create"} label={m ? t("editMasterplan") : t("createMasterplan")} className="mt-3 grid max-w-4xl gap-3 sm:grid-cols-3">
        {m && <RowIds row={m} />}
        <div className="sm:col-span-3"><Field name="title" label={t("masterplanTitle")} defaultValue={m?.title} required /></div>
        <div className="sm:col-span-3"><Field name="vision" type="textarea" label={t("vision")} defaultValue={m?.vision} required /></div>
        <div className="sm:col-span-3"><Field name="titleEn" label={tEn("title")} hint={tEn("hint")} defaultValue={m?.titleEn ?? ""} /></div>
        <div className="sm:col-span-3"><Field name="visionEn" type="textarea" label={tEn("vision")} defaultValue={m?.visionEn ?? ""} /></div>
        <Field name="periodStart" type="date" label={t("periodStart")} defaultValue={m?.periodStart} required />
        <Field name="periodEnd" type="date" label={t("periodEnd")} defaultValue={m?.periodEnd} required />
        <Field name="adoptedAt" type="date" label={t("adoptedAt")} defaultValue={m?.adoptedAt} />
        <div className="sm:col-span-3"><SubmitButton>{m ? tf("save") : t("createMasterplan")}</SubmitButton></div>
      </AdminActionForm>
    </PlanSection>
  );
}

/** Moving a field of action one place up or down in the plan's order (not past either end). */
const MOVES = [
  { direction: "up", label: "moveUp" },
  { direction: "down", label: "moveDown" },
] as const;

type FieldActions = { create: Act; update: Act; move: Act; archive: Act; unarchive: Act; remove: Act };

export async function FieldsSection({ fields, hasMasterplan, actions }: { fields: PlanSetup["fields"]; hasMasterplan: boolean; actions: FieldActions }) {
  const tEn = await getTranslations("contentEnglish");
  const t = await getTranslations("planSetup");
  const tf = await getTranslations("forms");
  return (
    <PlanSection id="fields-heading" heading={t("fieldsHeading")} none={fields.length === 0 && t("fieldsNone")}>
      <ul className="mt-3 space-y-3">
        {fields.map((f, i) => (
          <RowPanel key={f.id} row={f} name={f.title} color={f.color}>
            <AdminActionForm action={actions.update} schema="fieldOfAction.update" label={t("editField", { code: f.code })} className="grid gap-3 sm:grid-cols-[8rem_1fr_7rem]">
              <RowIds row={f} />
              <Field name="code" label={t("code")} defaultValue={f.code} hint={t("fieldCodeHint")} required />
              <Field name="title" label={t("fieldTitle")} defaultValue={f.title} required />
              <Field name="sortOrder" type="number" label={t("sortOrder")} defaultValue={f.sortOrder} min={0} max={999} />
              <div className="sm:col-span-3"><Field name="description" type="textarea" label={t("description")} defaultValue={f.description} /></div>
              <div className="sm:col-span-3"><Field name="titleEn" label={tEn("title")} hint={tEn("hint")} defaultValue={f.titleEn ?? ""} /></div>
              <div className="sm:col-span-3"><Field name="descriptionEn" type="textarea" label={tEn("description")} defaultValue={f.descriptionEn ?? ""} /></div>
              <ColorField label={t("color")} noneLabel={t("noColor")} defaultValue={f.color} />
              <div className="sm:col-span-3"><SubmitButton>{tf("save")}</SubmitButton></div>
            </AdminActionForm>
            <div className="mt-3 flex flex-wrap gap-3">
              {MOVES.filter((move) => (move.direction === "up" ? i > 0 : i < fields.length - 1)).map(({ direction, label }) => (
                <AdminActionForm key={direction} action={actions.move} label={t(label, { code: f.code })}>
                  <RowIds row={f} />
                  <input type="hidden" name="direction" value={direction} />
                  <SubmitButton variant="secondary">{t(direction)}</SubmitButton>
                </AdminActionForm>
              ))}
              <ArchiveOrDelete row={f} actions={actions} />
            </div>
          </RowPanel>
        ))}
      </ul>
      {hasMasterplan && (
        <>
          <h3 className="mt-6 text-lg font-semibold">{t("newField")}</h3>
          <AdminActionForm action={actions.create} schema="fieldOfAction.create" label={t("newField")} resetOnSuccess className="mt-2 grid max-w-4xl gap-3 sm:grid-cols-[8rem_1fr_7rem]">
            <Field name="code" label={t("code")} hint={t("fieldCodeHint")} required />
            <Field name="title" label={t("fieldTitle")} required />
            <Field name="sortOrder" type="number" label={t("sortOrder")} defaultValue={(fields.length + 1) * 10} min={0} max={999} />
            <div className="sm:col-span-3"><Field name="description" type="textarea" label={t("description")} /></div>
            <div className="sm:col-span-3"><Field name="titleEn" label={tEn("title")} hint={tEn("hint")} /></div>
            <div className="sm:col-span-3"><Field name="descriptionEn" type="textarea" label={tEn("description")} /></div>
            <ColorField label={t("color")} noneLabel={t("noColor")} defaultValue={null} />
            <div className="sm:col-span-3"><SubmitButton>{tf("create")}</SubmitButton></div>
          </AdminActionForm>
        </>
      )}
    </PlanSection>
  );
}

type DistrictActions = { create: Act; update: Act; archive: Act; unarchive: Act; remove: Act };

export async function DistrictsSection({ districts, actions }: { districts: PlanSetup["districts"]; actions: DistrictActions }) {
  const t = await getTranslations("planSetup");
  const tf = await getTranslations("forms");
  return (
    <PlanSection id="districts-heading" heading={t("districtsHeading")} none={districts.length === 0 && t("districtsNone")}>
      <ul className="mt-3 space-y-3">
        {districts.map((d) => (
          <RowPanel key={d.id} row={d} name={d.name}>
            <AdminActionForm action={actions.update} schema="district.update" label={t("editDistrict", { code: d.code })} className="grid gap-3 sm:grid-cols-[8rem_1fr_7rem_auto] sm:items-end">
              <RowIds row={d} />
              <Field name="code" label={t("code")} defaultValue={d.code} required />
              <Field name="name" label={t("districtName")} defaultValue={d.name} required />
              <Field name="sortOrder" type="number" label={t("sortOrder")} defaultValue={d.sortOrder} min={0} max={999} />
              <SubmitButton>{tf("save")}</SubmitButton>
            </AdminActionForm>
            <div className="mt-3 flex flex-wrap gap-3">
              <ArchiveOrDelete row={d} actions={actions} />
            </div>
          </RowPanel>
        ))}
      </ul>
      <h3 className="mt-6 text-lg font-semibold">{t("newDistrict")}</h3>
      <AdminActionForm action={actions.create} schema="district.create" label={t("newDistrict")} resetOnSuccess className="mt-2 grid max-w-4xl gap-3 sm:grid-cols-[8rem_1fr_7rem_auto] sm:items-end">
        <Field name="code" label={t("code")} required />
        <Field name="name" label={t("districtName")} required />
        <Field name="sortOrder" type="number" label={t("sortOrder")} defaultValue={(districts.length + 1) * 10} min={0} max={999} />
        <SubmitButton>{tf("create")}</SubmitButton>
      </AdminActionForm>
    </PlanSection>
  );
}
