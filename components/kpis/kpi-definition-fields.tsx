// The fields of a KPI definition (Kennzahl), for the create and the edit forms on the initiative
// page and on the plan's KPI page. Rendered inside an ActionForm; decimals are prefilled in the reader's notation.
import { getLocale, getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/action-form";
import { optionsOf } from "@/components/ui/options";
import type { KpiRow } from "@/lib/kpis/queries";
import { DecimalField } from "./decimal-field";
import { inputDecimal } from "./number-text";

const VALUE_TYPES = ["INTEGER", "DECIMAL", "PERCENT"] as const;
const DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;
const FREQUENCIES = ["MONTHLY", "QUARTERLY", "YEARLY"] as const;

/** The choices of a definition: label `<name>Label`, option labels `<name>.<value>`, the preselected value of a new KPI. */
const SELECTS = [
  { name: "valueType", values: VALUE_TYPES, fallback: "DECIMAL", hint: false },
  { name: "direction", values: DIRECTIONS, fallback: "HIGHER_IS_BETTER", hint: false },
  { name: "frequency", values: FREQUENCIES, fallback: "QUARTERLY", hint: true },
] as const;

/** `partners`: an initiative's partners, to name the one who delivers the values (its contacts record them). */
export async function KpiDefinitionFields({ kpi, partners }: { kpi?: KpiRow; partners?: { id: string; name: string }[] }) {
  const t = await getTranslations("kpis");
  const tEn = await getTranslations("contentEnglish");
  const locale = await getLocale();
  const decimal = (v: string | undefined) => (v === undefined ? undefined : inputDecimal(v, locale));
  return (
    <>
      <Field name="name" label={t("name")} defaultValue={kpi?.name} required />
      <Field name="unit" label={t("unit")} hint={t("unitHint")} defaultValue={kpi?.unit} required />
      {SELECTS.map(({ name, values, fallback, hint }) => (
        <Field
          key={name}
          name={name}
          type="select"
          label={t(`${name}Label`)}
          hint={hint ? t(`${name}Hint`) : undefined}
          defaultValue={kpi?.[name] ?? fallback}
          options={optionsOf(values, (v) => t(`${name}.${v}`))}
          required
        />
      ))}
      <DecimalField name="baselineValue" label={t("baselineValue")} hint={t("numberHint")} defaultValue={decimal(kpi?.baselineValue)} required />
      <Field name="baselineDate" type="date" label={t("baselineDate")} defaultValue={kpi?.baselineDate} required />
      <DecimalField name="targetValue" label={t("targetValue")} hint={t("numberHint")} defaultValue={decimal(kpi?.targetValue)} required />
      <Field name="targetDate" type="date" label={t("targetDate")} defaultValue={kpi?.targetDate} required />
      <Field name="description" type="textarea" label={t("description")} defaultValue={kpi?.description} wide />
      <Field name="nameEn" label={tEn("name")} hint={tEn("hint")} defaultValue={kpi?.nameEn ?? ""} />
      <Field name="unitEn" label={tEn("unit")} hint={tEn("unitHint")} defaultValue={kpi?.unitEn ?? ""} />
      <Field name="descriptionEn" type="textarea" label={tEn("description")} defaultValue={kpi?.descriptionEn ?? ""} wide />
      {partners && partners.length > 0 && (
        <Field
          name="responsiblePartnerId"
          type="select"
          label={t("responsiblePartner")}
          hint={t("responsiblePartnerHint")}
          defaultValue={kpi?.responsiblePartnerId ?? ""}
          options={[{ value: "", label: t("noResponsiblePartner") }, ...partners.map((p) => ({ value: p.id, label: p.name }))]}
        />
      )}
      <Field name="method" type="textarea" label={t("method")} defaultValue={kpi?.method} wide />
      <Field name="source" label={t("source")} defaultValue={kpi?.source} />
      <div className="self-end">
        <Field name="isPublic" type="checkbox" label={t("isPublic")} defaultValue={kpi?.isPublic ?? true} />
      </div>
    </>
  );
}
