"use client";
// Rows of inputs the user adds and removes with buttons (the new-initiative form's partners and
// first milestones): plain buttons, so everything works by keyboard, without dragging. Inputs are
// named by their row's place (milestones.2.baselineDate), as the schema and the action's error
// paths expect. Inputs stay uncontrolled, so what was typed survives an error. Errors name the
// place a row had when the form was sent, so each row keeps its own errors after another row is
// removed. Labels arrive translated, with {n} standing for the row's number.
import { useEffect, useId, useRef, useState } from "react";
import { Field, useFieldError } from "@/components/ui/action-form";
import type { Option } from "./types";

export type RowField = {
  key: string;
  /** Label with {n} for the row's number, e.g. "Titel Meilenstein {n}". */
  label: string;
  type?: "text" | "date" | "number" | "select" | "checkbox";
  options?: Option[];
  defaultValue?: string | boolean;
  min?: number;
  max?: number;
};

export type RowTexts = {
  /** Legend of each row (with {n}); rows without one are a list item with self-explaining labels. */
  row?: string;
  add: string;
  /** Each with {n}. */
  remove: string;
  added: string;
  removed: string;
  /** "At most 20 …", shown with the add button. */
  limit: string;
};

const numbered = (template: string, n: number) => template.replaceAll("{n}", String(n));

export function RepeatableRows({
  name,
  legend,
  hint,
  fields,
  texts,
  initialRows,
  max,
  rowClassName,
}: {
  /** The input's name in the schema: "milestones", "partners". */
  name: string;
  legend: string;
  hint?: string;
  fields: RowField[];
  texts: RowTexts;
  initialRows: number;
  max: number;
  rowClassName: string;
}) {
  const uid = useId();
  const sectionRef = useRef<HTMLFieldSetElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const nextKey = useRef(initialRows);
  const [keys, setKeys] = useState(() => Array.from({ length: initialRows }, (_, i) => i));
  /** The rows (by key) in the order they had when the form was last sent. */
  const [sent, setSent] = useState<number[] | null>(null);
  const [announcement, setAnnouncement] = useState("");
  /** The row whose first input takes the focus next (-1: the add button); a new object each time, so the same row can take it again. */
  const [focusRow, setFocusRow] = useState<{ key: number } | null>(null);
  const error = useFieldError(name);

  useEffect(() => {
    const form = sectionRef.current?.form;
    if (!form) return;
    const remember = () => setSent(keys);
    form.addEventListener("submit", remember);
    return () => form.removeEventListener("submit", remember);
  }, [keys]);

  // After adding or removing, focus goes to a row's first input (or the add button when no row is left).
  useEffect(() => {
    if (focusRow === null) return;
    const row = focusRow.key >= 0 ? document.getElementById(`${uid}-row-${focusRow.key}`) : null;
    (row?.querySelector<HTMLElement>("input, select") ?? addRef.current)?.focus();
  }, [focusRow, uid]);

  function add() {
    if (keys.length >= max) return;
    const key = nextKey.current++;
    setKeys([...keys, key]);
    setFocusRow({ key });
    setAnnouncement(numbered(texts.added, keys.length + 1));
  }

  function remove(key: number) {
    const index = keys.indexOf(key);
    const rest = keys.filter((k) => k !== key);
    setKeys(rest);
    setFocusRow({ key: rest[Math.min(index, rest.length - 1)] ?? -1 });
    setAnnouncement(numbered(texts.removed, index + 1));
  }

  /** Where the action reports a row's errors: its place when the form was sent; a row added since has none. */
  const errorPlace = (key: number) => (sent ? sent.indexOf(key) : keys.indexOf(key));
  const full = keys.length >= max;
  const describedBy = [hint ? `${uid}-hint` : null, error ? `${uid}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <fieldset ref={sectionRef} aria-describedby={describedBy} className="grid gap-2">
      <legend className="text-sm font-medium">{legend}</legend>
      {hint && <p id={`${uid}-hint`} className="text-xs text-slate-700">{hint}</p>}
      {error && <p id={`${uid}-error`} className="text-sm text-red-800">{error}</p>}
      {keys.length > 0 && (
        <ol className="grid gap-3">
          {keys.map((key, i) => {
            const n = i + 1;
            const place = errorPlace(key);
            const inputs = (
              <div className={rowClassName}>
                {fields.map((f) => (
                  <Field
                    key={f.key}
                    name={`${name}.${i}.${f.key}`}
                    errorName={place >= 0 ? `${name}.${place}.${f.key}` : `${name}.new.${f.key}`}
                    label={numbered(f.label, n)}
                    type={f.type}
                    options={f.options}
                    defaultValue={f.defaultValue}
                    min={f.min}
                    max={f.max}
                  />
                ))}
              </div>
            );
            const removeButton = (
              <button type="button" onClick={() => remove(key)} className="mt-2 rounded border border-red-700 px-2 py-1 text-sm text-red-800 hover:bg-red-50">
                {numbered(texts.remove, n)}
              </button>
            );
            return (
              <li key={key} id={`${uid}-row-${key}`} className="rounded border border-slate-200 p-3">
                {texts.row ? (
                  <fieldset>
                    <legend className="text-sm font-semibold">{numbered(texts.row, n)}</legend>
                    {inputs}
                    {removeButton}
                  </fieldset>
                ) : (
                  <>
                    {inputs}
                    {removeButton}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          ref={addRef}
          type="button"
          onClick={add}
          aria-disabled={full || undefined}
          aria-describedby={`${uid}-limit`}
          className="rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
        >
          {texts.add}
        </button>
        <p id={`${uid}-limit`} className="text-xs text-slate-700">{texts.limit}</p>
      </div>
      {/* Announces added and removed rows; not role="status", which belongs to the form's own result message. */}
      <p aria-live="polite" className="sr-only">{announcement}</p>
    </fieldset>
  );
}
