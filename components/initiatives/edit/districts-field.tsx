"use client";
// Stadtbezirke (and, with another name, the first project leads) as a group of checkboxes (easier to use by keyboard and on phones than a
// multi-select list). Unchecked boxes send nothing, which the schema reads as "no districts".
import { useId } from "react";
import { useFieldError } from "@/components/ui/action-form";
import type { Option } from "./types";

export function DistrictsField({ legend, hint, options, defaultIds, name = "districtIds" }: { legend: string; hint?: string; options: Option[]; defaultIds: string[]; name?: string }) {
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const checked = new Set(defaultIds);
  return (
    <fieldset aria-describedby={describedBy} className="sm:col-span-2">
      <legend className="text-sm font-medium">{legend}</legend>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-700">{hint}</p>}
      <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-3">
        {options.map((o) => (
          <div key={o.value} className="flex items-center gap-2">
            <input id={`${id}-${o.value}`} type="checkbox" name={name} value={o.value} defaultChecked={checked.has(o.value)} className="h-4 w-4" />
            <label htmlFor={`${id}-${o.value}`} className="text-sm">{o.label}</label>
          </div>
        ))}
      </div>
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{error}</p>}
    </fieldset>
  );
}
