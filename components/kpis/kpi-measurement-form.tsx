"use client";
// Records a KPI value through the existing measurement action, which takes a number: the typed
// text ("12,5" or "12.5") becomes a number here; text that is no number stays text, so the action's
// schema (checked in the browser first, and again by the server) answers with a field error. Labels come from the server component (the browser does not
// receive the KPI messages).
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/actions/define-action";
import { decimalOrRaw } from "@/lib/budget/decimal";
import { DecimalField } from "./decimal-field";

export type KpiMeasurementLabels = {
  form: string;
  periodDate: string;
  value: string;
  valueHint: string;
  note: string;
  submit: string;
  saved: string;
};

export function KpiMeasurementForm({
  action,
  kpiId,
  unit,
  today,
  labels,
}: {
  action: (raw: unknown) => Promise<ActionResult<unknown>>;
  kpiId: string;
  unit: string;
  /** Today in the city (YYYY-MM-DD), the default period date. */
  today: string;
  labels: KpiMeasurementLabels;
}) {
  return (
    <ActionForm
      action={action}
      schema="kpiMeasurement.record"
      prepare={(values) => ({ ...values, value: typeof values.value === "string" ? decimalOrRaw(values.value) : values.value })}
      label={labels.form}
      successMessage={labels.saved}
      resetOnSuccess
      className="grid gap-3 sm:grid-cols-[12rem_12rem_1fr]"
    >
      <input type="hidden" name="kpiId" value={kpiId} />
      <Field name="periodDate" type="date" label={labels.periodDate} defaultValue={today} required />
      <DecimalField name="value" label={labels.value} hint={labels.valueHint} unit={unit} required />
      <Field name="note" label={labels.note} />
      <div className="sm:col-span-3">
        <SubmitButton>{labels.submit}</SubmitButton>
      </div>
    </ActionForm>
  );
}
