// The master data fields (Stammdaten) of an initiative, shared by "new" and "edit". Editing adds
// the actual dates and the plain-language summary; a new initiative also sets status, health and
// visibility, which the overview changes in their own small forms.
import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/action-form";
import { Health, InitiativeStatus, Visibility } from "@/lib/generated/prisma/enums";
import { staleAfterDays } from "@/lib/initiatives/freshness";
import { GRACE_DAYS, LONG_OVERDUE_DAYS, type HealthSuggestion } from "@/lib/initiatives/health-suggestion";
import { DistrictsField } from "./districts-field";
import { HealthSuggestionNote } from "./health-suggestion-note";

type Choice = { id: string; code: string; title?: string; name?: string };

export type MasterDataDefaults = {
  code?: string;
  title?: string;
  summary?: string;
  description?: string;
  plainLanguageSummary?: string | null;
  titleEn?: string | null;
  summaryEn?: string | null;
  descriptionEn?: string | null;
  plainLanguageSummaryEn?: string | null;
  fieldOfActionId?: string;
  departmentId?: string;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
  districtIds?: string[];
  tags?: string[];
};

export async function MasterDataFields({
  mode,
  defaults = {},
  fields,
  departments,
  districts,
}: {
  mode: "create" | "edit";
  defaults?: MasterDataDefaults;
  fields: Choice[];
  departments: Choice[];
  districts: { id: string; name: string }[];
}) {
  const t = await getTranslations("initiatives");
  const tEn = await getTranslations("contentEnglish");
  const choose = { value: "", label: t("edit.choose") };
  const wide = "sm:col-span-2";
  return (
    <>
      <Field name="fieldOfActionId" type="select" label={t("field.fieldOfAction")} defaultValue={defaults.fieldOfActionId ?? ""} required
        options={[...(defaults.fieldOfActionId ? [] : [choose]), ...fields.map((f) => ({ value: f.id, label: `${f.code} – ${f.title}` }))]} />
      <Field name="code" label={t("field.code")} hint={t("field.codeHint")} defaultValue={defaults.code} required autoComplete="off" />
      <div className={wide}><Field name="title" label={t("field.title")} defaultValue={defaults.title} required /></div>
      <Field name="departmentId" type="select" label={t("field.department")} defaultValue={defaults.departmentId ?? ""} required
        options={[...(departments.some((d) => d.id === defaults.departmentId) ? [] : [choose]), ...departments.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }))]} />
      <Field name="tags" label={t("field.tags")} hint={t("field.tagsHint")} defaultValue={defaults.tags?.join(", ")} />
      <div className={wide}><Field name="summary" type="textarea" label={t("field.summary")} hint={t("field.summaryHint")} defaultValue={defaults.summary} /></div>
      <div className={wide}><Field name="description" type="textarea" label={t("field.description")} hint={t("field.descriptionHint")} defaultValue={defaults.description} /></div>
      {mode === "edit" && (
        <div className={wide}>
          <Field name="plainLanguageSummary" type="textarea" label={t("field.plainLanguageSummary")} hint={t("field.plainLanguageSummaryHint")} defaultValue={defaults.plainLanguageSummary} />
        </div>
      )}
      {mode === "edit" && (
        <fieldset className={`${wide} grid gap-3 rounded border border-slate-200 p-3 sm:grid-cols-2`}>
          <legend className="px-1 font-semibold">{tEn("legend")}</legend>
          <p className={`${wide} text-sm text-slate-700`}>{tEn("hint")}</p>
          <div className={wide}><Field name="titleEn" label={tEn("title")} defaultValue={defaults.titleEn ?? ""} /></div>
          <div className={wide}><Field name="summaryEn" type="textarea" label={tEn("summary")} defaultValue={defaults.summaryEn ?? ""} /></div>
          <div className={wide}><Field name="descriptionEn" type="textarea" label={tEn("description")} defaultValue={defaults.descriptionEn ?? ""} /></div>
          <div className={wide}><Field name="plainLanguageSummaryEn" type="textarea" label={tEn("plainLanguageSummary")} defaultValue={defaults.plainLanguageSummaryEn ?? ""} /></div>
        </fieldset>
      )}
      <Field name="plannedStart" type="date" label={t("field.plannedStart")} defaultValue={defaults.plannedStart} />
      <Field name="plannedEnd" type="date" label={t("field.plannedEnd")} defaultValue={defaults.plannedEnd} />
      {mode === "edit" && (
        <>
          <Field name="actualStart" type="date" label={t("field.actualStart")} defaultValue={defaults.actualStart} />
          <Field name="actualEnd" type="date" label={t("field.actualEnd")} defaultValue={defaults.actualEnd} />
        </>
      )}
      <DistrictsField legend={t("field.districts")} hint={t("field.districtsHint")} options={districts.map((d) => ({ value: d.id, label: d.name }))} defaultIds={defaults.districtIds ?? []} />
    </>
  );
}

/**
 * Status, health (with reason) and, for new initiatives, visibility. For an existing initiative,
 * `suggestion` is the health suggested by its data as the server checks the choice against it
 * (health-suggestion.ts, without staleness: saving ends it); a greener choice needs a reason.
 */
export async function StatusFields({
  defaults,
  withVisibility = false,
  suggestion,
}: {
  defaults: { status: InitiativeStatus; health: Health; healthReason: string | null; visibility?: Visibility };
  withVisibility?: boolean;
  suggestion?: HealthSuggestion | null;
}) {
  const [t, tStatus, tHealth, tVisibility, tSuggestion] = await Promise.all([
    getTranslations("initiatives"),
    getTranslations("status"),
    getTranslations("health"),
    getTranslations("visibility"),
    getTranslations("healthSuggestion"),
  ]);
  return (
    <>
      <Field name="status" type="select" label={t("field.status")} defaultValue={defaults.status} required
        options={Object.values(InitiativeStatus).map((s) => ({ value: s, label: tStatus(s) }))} />
      <Field name="health" type="select" label={t("field.health")} defaultValue={defaults.health} required
        options={Object.values(Health).map((h) => ({ value: h, label: tHealth(h) }))} />
      {suggestion !== undefined && (
        <div className="rounded bg-slate-50 p-2 text-sm ring-1 ring-slate-200 sm:col-span-2">
          <HealthSuggestionNote suggestion={suggestion} className="block font-semibold" />
          <p className="mt-1">{tSuggestion("formNote")}</p>
          <p className="mt-1 text-slate-700">{tSuggestion("rule", { days: staleAfterDays(), longDays: LONG_OVERDUE_DAYS, graceDays: GRACE_DAYS })}</p>
        </div>
      )}
      <Field name="healthReason" type="textarea" label={t("field.healthReason")} hint={t("field.healthReasonHint")} defaultValue={defaults.healthReason} wide />
      {withVisibility && (
        <Field name="visibility" type="select" label={t("field.visibility")} hint={t("field.visibilityHint")} defaultValue={defaults.visibility ?? "INTERNAL"} required
          options={Object.values(Visibility).map((v) => ({ value: v, label: tVisibility(v) }))} />
      )}
    </>
  );
}
