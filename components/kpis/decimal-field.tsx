"use client";
// A labelled text input for decimal numbers as people type them ("1.234,56" or "1234.56"): a
// text field with the phone's decimal keypad, since <input type="number"> refuses the German
// comma in some browsers. Errors are tied to the field like in `Field`. Used by KPI and budget forms.
import { useId } from "react";
import { useFieldError } from "@/components/ui/action-form";

export function DecimalField({
  name,
  label,
  defaultValue,
  hint,
  unit,
  required,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  hint?: string;
  /** Shown after the input, e.g. "%" or "€". */
  unit?: string;
  required?: boolean;
}) {
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <div className="mt-1 flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          required={required}
          defaultValue={defaultValue ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="w-full min-w-0 rounded border border-slate-400 px-2 py-1.5 text-right tabular-nums"
        />
        {unit && <span className="shrink-0 text-sm text-slate-700">{unit}</span>}
      </div>
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-700">{hint}</p>}
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{error}</p>}
    </div>
  );
}
