"use client";
// A field of action's colour: the browser's colour picker (it writes #rrggbb), plus a box for
// "no colour of its own" that disables the picker, so that nothing is sent and the palette applies.
import { useEffect, useId, useRef, useState } from "react";
import { StoredValue, useConflictValue, useFieldError } from "@/components/ui/action-form";

export function ColorField({ name = "color", label, noneLabel, defaultValue }: { name?: string; label: string; noneLabel: string; defaultValue: string | null }) {
  const id = useId();
  const [none, setNone] = useState(defaultValue === null);
  const input = useRef<HTMLInputElement>(null);
  // A form reset (after "create") puts the picker back, so the box follows it.
  useEffect(() => {
    const form = input.current?.form;
    const onReset = () => setNone(defaultValue === null);
    form?.addEventListener("reset", onReset);
    return () => form?.removeEventListener("reset", onReset);
  }, [defaultValue]);
  const error = useFieldError(name);
  const stored = useConflictValue(name);
  const describedBy = [error ? `${id}-error` : null, stored ? `${id}-stored` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <input
          ref={input}
          id={id}
          name={name}
          type="color"
          defaultValue={defaultValue ?? "#1f4e79"}
          disabled={none}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="h-9 w-14 rounded border border-slate-400 disabled:opacity-40"
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={none} onChange={(e) => setNone(e.target.checked)} className="h-4 w-4" />
          {noneLabel}
        </label>
      </div>
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{error}</p>}
      {stored && <StoredValue id={`${id}-stored`} display={typeof stored.value === "string" ? stored.value : noneLabel} />}
    </div>
  );
}
