// The fields of a KPI definition (Kennzahl), for the create and the edit forms on the initiative
// page and on the plan's KPI page. Rendered inside an ActionForm; decimals are prefilled in the reader's notation.
import { getLocale, getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/action-form";
import type { KpiRow } from "@/lib/kpis/queries";
import { DecimalField } from "./decimal-field";
import { inputDecimal } from "./number-text";

const VALUE_TYPES = ["INTEGER", "DECIMAL", "PERCENT"] as const;
const DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;
const FREQUENCIES = ["MONTHLY", "QUARTERLY", "YEARLY"] as const;

export async function KpiDefinitionFields({ kpi }: { kpi?: KpiRow }) {
  const t = await getTranslations("kpis");
  const locale = await getLocale();
  const decimal = (v: string | undefined) => (v === undefined ? undefined : inputDecimal(v, locale));
  return (
    <>
      <Field name="name" label={t("name")} defaultValue={kpi?.name} required />
      <Field name="unit" label={t("unit")} hint={t("unitHint")} defaultValue={kpi?.unit} required />
      <Field
        name="valueType"
        type="select"
        label={t("valueTypeLabel")}
        defaultValue={kpi?.valueType ?? "DECIMAL"}
        options={VALUE_TYPES.map((v) => ({ value: v, label: t(`valueType.${v}`) }))}
        required
      />
      <Field
        name="direction"
        type="select"
        label={t("directionLabel")}
        defaultValue={kpi?.direction ?? "HIGHER_IS_BETTER"}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
        required
      />
      <Field
        name="frequency"
        type="select"
        label={t("frequencyLabel")}
        hint={t("frequencyHint")}
        defaultValue={kpi?.frequency ?? "QUARTERLY"}
        options={FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
        required
      />
      <DecimalField name="baselineValue" label={t("baselineValue")} hint={t("numberHint")} defaultValue={decimal(kpi?.baselineValue)} required />
      <Field name="baselineDate" type="date" label={t("baselineDate")} defaultValue={kpi?.baselineDate} required />
      <DecimalField name="targetValue" label={t("targetValue")} hint={t("numberHint")} defaultValue={decimal(kpi?.targetValue)} required />
      <Field name="targetDate" type="date" label={t("targetDate")} defaultValue={kpi?.targetDate} required />
      <Field name="description" type="textarea" label={t("description")} defaultValue={kpi?.description} wide />
      <Field name="method" type="textarea" label={t("method")} defaultValue={kpi?.method} wide />
      <Field name="source" label={t("source")} defaultValue={kpi?.source} />
      <div className="self-end">
        <Field name="isPublic" type="checkbox" label={t("isPublic")} defaultValue={kpi?.isPublic ?? true} />
      </div>
    </>
  );
}
